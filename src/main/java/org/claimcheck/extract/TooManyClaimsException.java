package org.claimcheck.extract;

/** An article holds more claims than the caller allowed; extraction stopped at the first one over. */
public final class TooManyClaimsException extends RuntimeException {

    private final int limit;

    TooManyClaimsException(int limit) {
        super("the text holds more than " + limit + " claims", null, false, false);
        this.limit = limit;
    }

    public int limit() {
        return limit;
    }
}
