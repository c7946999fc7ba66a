package org.claimcheck.ingest;

import java.util.List;

/** A submission that cannot be stored as it is; every problem found is listed, not only the first. */
public class InvalidArticleException extends RuntimeException {

    private final transient List<FieldError> errors;

    public InvalidArticleException(List<FieldError> errors) {
        super(describe(errors));
        this.errors = List.copyOf(errors);
    }

    public List<FieldError> errors() {
        return errors;
    }

    private static String describe(List<FieldError> errors) {
        StringBuilder text = new StringBuilder();
        for (FieldError error : errors) {
            if (text.length() > 0) {
                text.append("; ");
            }
            text.append(error.field()).append(": ").append(error.message());
        }
        return text.toString();
    }
}
