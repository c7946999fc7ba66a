package org.claimcheck.analysis;

import java.time.Duration;

/** As many analyses as may run at once kept running for the whole time budget: the client should retry later. */
public final class AnalysisBusyException extends RuntimeException {

    private final Duration retryAfter;

    AnalysisBusyException(Duration waited) {
        super("as many analyses as the service runs at once kept it busy for " + waited.toSeconds()
                + " s; retry later", null, false, false);
        this.retryAfter = waited;
    }

    public Duration retryAfter() {
        return retryAfter;
    }
}
