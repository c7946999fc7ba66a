package org.claimcheck.analysis;

import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;

import org.claimcheck.ingest.FieldError;
import org.claimcheck.ingest.InvalidArticleException;
import org.claimcheck.ingest.LimitExceededException;
import org.claimcheck.ingest.PublicationTime;
import org.claimcheck.ingest.TextSizeLimit;

/**
 * Checks the articles of an analysis request, naming each problem by its JSON field ({@code articles[2].text}).
 * Limits come first, as in the store's batch ingest: an oversized request is refused whatever else is wrong
 * with it. Unlike ingest, nothing is converted: HTML stays HTML, because the claim spans the client receives
 * are offsets into the text it sent.
 */
final class SubmissionCheck {

    private final TextSizeLimit textLimit;
    private final int maxArticles;

    SubmissionCheck(long maxTextBytes, int maxArticles) {
        this.textLimit = new TextSizeLimit(maxTextBytes);
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
            textLimit.check(article.text(), field + ".text");
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
                errors.add(new FieldError(field + "publishedAt", PublicationTime.hint(e)));
            }
        }
        return new CheckedArticle(outlet, strippedOrNull(article.url()), publishedAt, published,
                strippedOrNull(article.language()), text);
    }

    private static String strippedOrNull(String value) {
        if (value == null) {
            return null;
        }
        String stripped = value.strip();
        return stripped.isEmpty() ? null : stripped;
    }
}
