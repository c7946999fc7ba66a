package org.claimcheck.analysis;

import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;

import org.claimcheck.ingest.FieldError;
import org.claimcheck.ingest.InvalidArticleException;
import org.claimcheck.ingest.LimitExceededException;
import org.claimcheck.ingest.PublicationTime;

/**
 * Checks the articles of an analysis request, naming each problem by its JSON field ({@code articles[2].text}).
 * Limits come first, as in the store's batch ingest: an oversized request is refused whatever else is wrong
 * with it. Unlike ingest, nothing is converted: HTML stays HTML, because the claim spans the client receives
 * are offsets into the text it sent.
 */
final class SubmissionCheck {

    private static final String DATE_FORMAT_HINT = "must be an ISO date (2024-06-19) or date-time (2024-06-19T08:30:00Z)";

    private final long maxTextBytes;
    private final int maxArticles;

    SubmissionCheck(long maxTextBytes, int maxArticles) {
        this.maxTextBytes = maxTextBytes;
        this.maxArticles = maxArticles;
    }

    /**
     * @throws LimitExceededException   when there are too many articles, or a text is over the size limit
     * @throws InvalidArticleException when any article is missing or has a malformed field; lists them all
     */
    List<CheckedArticle> check(List<SubmittedArticle> articles) {
        if (articles == null || articles.isEmpty()) {
            throw new InvalidArticleException(List.of(new FieldError("articles", "must hold at least one article")));
        }
        if (articles.size() > maxArticles) {
            throw new LimitExceededException("articles",
                    "holds " + articles.size() + " articles, over the limit of " + maxArticles);
        }
        List<CheckedArticle> checked = new ArrayList<>(articles.size());
        List<FieldError> errors = new ArrayList<>();
        for (int i = 0; i < articles.size(); i++) {
            String field = "articles[" + i + "]";
            SubmittedArticle article = articles.get(i);
            if (article == null) {
                errors.add(new FieldError(field, "an article object is required"));
                continue;
            }
            checkTextSize(article.text(), field + ".text");
            int errorsBefore = errors.size();
            CheckedArticle result = check(article, field + ".", errors);
            if (errors.size() == errorsBefore) {
                checked.add(result);
            }
        }
        if (!errors.isEmpty()) {
            throw new InvalidArticleException(errors);
        }
        return checked;
    }

    private static CheckedArticle check(SubmittedArticle article, String field, List<FieldError> errors) {
        String outlet = strippedOrNull(article.outlet());
        if (outlet == null) {
            errors.add(new FieldError(field + "outlet", "is required"));
        }
        String text = article.text();
        if (text == null || text.isBlank()) {
            errors.add(new FieldError(field + "text", "is required"));
        }
        String publishedAt = strippedOrNull(article.publishedAt());
        PublicationTime published = null;
        if (publishedAt != null) {
            try {
                published = PublicationTime.parse(publishedAt);
            } catch (DateTimeParseException e) {
                errors.add(new FieldError(field + "publishedAt", DATE_FORMAT_HINT));
            }
        }
        return new CheckedArticle(outlet, strippedOrNull(article.url()), publishedAt, published,
                strippedOrNull(article.language()), text);
    }

    private void checkTextSize(String text, String field) {
        if (text == null || (long) text.length() * 3 <= maxTextBytes) {
            return; // no UTF-16 unit takes more than three bytes of UTF-8
        }
        long bytes = utf8Length(text);
        if (bytes > maxTextBytes) {
            throw new LimitExceededException(field,
                    "is " + bytes + " bytes of UTF-8, over the limit of " + maxTextBytes + " bytes");
        }
    }

    /** Counted as the store counts them, so that a text is over the limit for both or for neither. */
    private static long utf8Length(String text) {
        long bytes = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c < 0x80) {
                bytes += 1;
            } else if (c < 0x800) {
                bytes += 2;
            } else if (Character.isHighSurrogate(c) && i + 1 < text.length() && Character.isLowSurrogate(text.charAt(i + 1))) {
                bytes += 4;
                i++;
            } else {
                bytes += 3;
            }
        }
        return bytes;
    }

    private static String strippedOrNull(String value) {
        if (value == null) {
            return null;
        }
        String stripped = value.strip();
        return stripped.isEmpty() ? null : stripped;
    }
}
