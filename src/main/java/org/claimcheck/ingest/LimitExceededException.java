package org.claimcheck.ingest;

/** A submission larger than a configured limit: the field that is too large, and the limit. */
public class LimitExceededException extends RuntimeException {

    private final String field;

    public LimitExceededException(String field, String message) {
        super(field + ": " + message);
        this.field = field;
    }

    public String field() {
        return field;
    }
}
