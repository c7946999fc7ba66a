package org.claimcheck.web;

import java.sql.SQLException;
import java.sql.SQLTransientConnectionException;

import org.claimcheck.ingest.SqlStates;

/**
 * Tells a failure to reach the database (down, restarting, network cut) from other failures, so that it answers 503
 * and the client retries, rather than 500. The pool's readiness check reports the same outage to the orchestrator.
 */
final class DatabaseUnavailable {

    /** SQLSTATE class 08: connection exceptions, the same in every SQL database. */
    private static final String CONNECTION_EXCEPTION_CLASS = "08";

    /** The connection pool (Agroal) gives no SQLSTATE when no connection came within the acquisition timeout. */
    private static final String POOL_ACQUISITION_TIMEOUT = "Sorry, acquisition timeout!";

    /** How long a client should wait before trying again, in seconds. */
    static final int RETRY_AFTER_SECONDS = 5;

    private DatabaseUnavailable() {
    }

    static boolean causes(Throwable failure) {
        return SqlStates.any(failure, state -> state.startsWith(CONNECTION_EXCEPTION_CLASS))
                || SqlStates.inCauses(failure, cause -> cause instanceof SQLTransientConnectionException
                        || cause instanceof SQLException sql && POOL_ACQUISITION_TIMEOUT.equals(sql.getMessage()));
    }
}
