package org.claimcheck.ingest;

import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * Checks a submission field by field and normalizes it: canonical URL, outlet key, publication time,
 * language tag, and HTML reduced to text. Plain text is kept exactly as submitted, because claim spans
 * are offsets into it. Every problem is reported with the JSON field it concerns.
 */
final class ArticleIntake {

    static final int MAX_OUTLET_CHARS = 200;
    static final int MAX_URL_CHARS = 2048;
    static final int MAX_TITLE_CHARS = 1000;
    private static final int MAX_LANGUAGE_CHARS = 35;

    private final TextSizeLimit textLimit;

    ArticleIntake(long maxTextBytes) {
        this.textLimit = new TextSizeLimit(maxTextBytes);
    }

    /**
     * @param field the JSON path of the submission, "" for a single article or "articles[3]." in a batch
     * @throws LimitExceededException   when the text is over the limit
     * @throws InvalidArticleException when any field is missing or malformed
     */
    PreparedArticle prepare(ArticleSubmission submission, String field) {
        if (submission == null) {
            throw new InvalidArticleException(List.of(new FieldError(field.isEmpty() ? "body" : trimDot(field),
                    "an article object is required")));
        }
        textLimit.check(submission.text(), field + "text");
        List<FieldError> errors = new ArrayList<>();

        String outletName = strippedOrNull(submission.outlet());
        OutletKey outletKey = null;
        if (outletName == null) {
            errors.add(new FieldError(field + "outlet", "is required"));
        } else if (outletName.length() > MAX_OUTLET_CHARS) {
            errors.add(new FieldError(field + "outlet", "is longer than " + MAX_OUTLET_CHARS + " characters"));
        } else if (!unstorable(outletName, field + "outlet", errors)) {
            outletKey = OutletKey.of(outletName).orElse(null);
            if (outletKey == null) {
                errors.add(new FieldError(field + "outlet", "must contain a letter or a digit"));
            } else if (outletKey.value().length() > MAX_OUTLET_CHARS) {
                // Folding decomposes: one ligature such as U+FDFA becomes eighteen letters of the key's column.
                errors.add(new FieldError(field + "outlet", "folds into a key of " + outletKey.value().length()
                        + " characters, over the limit of " + MAX_OUTLET_CHARS));
            }
        }

        String url = strippedOrNull(submission.url());
        if (url != null) {
            if (url.length() > MAX_URL_CHARS) {
                errors.add(new FieldError(field + "url", "is longer than " + MAX_URL_CHARS + " characters"));
            } else if (!unstorable(url, field + "url", errors)) {
                Optional<String> canonical = ArticleUrl.canonical(url);
                if (canonical.isEmpty()) {
                    errors.add(new FieldError(field + "url", "must be an absolute http or https URL"));
                } else if (canonical.get().length() > MAX_URL_CHARS) {
                    // The canonical form can be longer: "https://host" gains its path "/".
                    errors.add(new FieldError(field + "url", "is longer than " + MAX_URL_CHARS + " characters"));
                }
                url = canonical.orElse(null);
            }
        }

        String title = strippedOrNull(submission.title());
        if (title != null && title.length() > MAX_TITLE_CHARS) {
            errors.add(new FieldError(field + "title", "is longer than " + MAX_TITLE_CHARS + " characters"));
        } else if (title != null) {
            unstorable(title, field + "title", errors);
        }

        PublicationTime published = null;
        String publishedAt = strippedOrNull(submission.publishedAt());
        if (publishedAt != null) {
            try {
                published = PublicationTime.parse(publishedAt);
            } catch (DateTimeParseException e) {
                errors.add(new FieldError(field + "publishedAt", PublicationTime.hint(e)));
            }
        }

        String language = strippedOrNull(submission.language());
        if (language != null) {
            language = languageTag(language);
            if (language == null) {
                errors.add(new FieldError(field + "language", "must be a language tag such as en, es or pt-BR"));
            }
        }

        String format = strippedOrNull(submission.format());
        boolean html = false;
        if (format != null && !format.equalsIgnoreCase("text") && !format.equalsIgnoreCase("html")) {
            errors.add(new FieldError(field + "format", "must be text or html"));
        }
        String text = submission.text();
        if (text == null || text.isBlank()) {
            errors.add(new FieldError(field + "text", "is required"));
        } else if (!unstorable(text, field + "text", errors)) {
            html = format == null ? HtmlToText.looksLikeHtml(text) : format.equalsIgnoreCase("html");
        }
        if (html) {
            HtmlToText.Result page = HtmlToText.convert(text);
            text = page.text();
            if (title == null && page.title() != null) {
                title = StorableText.truncate(page.title(), MAX_TITLE_CHARS);
            }
            if (text.isBlank()) {
                errors.add(new FieldError(field + "text", "the HTML holds no text"));
            }
        }

        if (!errors.isEmpty()) {
            throw new InvalidArticleException(errors);
        }
        return new PreparedArticle(outletName, outletKey, url, title, published, language, text,
                Fingerprint.of(url, outletKey, text));
    }

    /** A well-formed BCP 47 tag in its canonical case ("EN-us" becomes "en-US"), or null. */
    private static String languageTag(String raw) {
        if (raw.length() > MAX_LANGUAGE_CHARS) {
            return null;
        }
        String[] parts = raw.replace('_', '-').split("-", -1);
        if (parts[0].length() < 2 || parts[0].length() > 3 || !isAscii(parts[0], false)) {
            return null;
        }
        for (int i = 1; i < parts.length; i++) {
            if (parts[i].isEmpty() || parts[i].length() > 8 || !isAscii(parts[i], true)) {
                return null;
            }
        }
        return Locale.forLanguageTag(String.join("-", parts)).toLanguageTag();
    }

    private static boolean isAscii(String part, boolean digitsAllowed) {
        for (int i = 0; i < part.length(); i++) {
            char c = part.charAt(i);
            boolean letter = (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
            if (!letter && !(digitsAllowed && c >= '0' && c <= '9')) {
                return false;
            }
        }
        return true;
    }

    private static String strippedOrNull(String value) {
        if (value == null) {
            return null;
        }
        String stripped = value.strip();
        return stripped.isEmpty() ? null : stripped;
    }

    /** Records why the value cannot be stored as sent, if it cannot; true then. */
    private static boolean unstorable(String value, String field, List<FieldError> errors) {
        Optional<String> problem = StorableText.problem(value);
        problem.ifPresent(reason -> errors.add(new FieldError(field, reason)));
        return problem.isPresent();
    }

    private static String trimDot(String field) {
        return field.endsWith(".") ? field.substring(0, field.length() - 1) : field;
    }
}
