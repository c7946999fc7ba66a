package org.claimcheck.web;

/** A query or path parameter that cannot be read: which one, and why. */
class BadParameterException extends RuntimeException {

    private final String parameter;
    private final String reason;

    BadParameterException(String parameter, String reason) {
        super(parameter + ": " + reason);
        this.parameter = parameter;
        this.reason = reason;
    }

    String parameter() {
        return parameter;
    }

    String reason() {
        return reason;
    }
}
