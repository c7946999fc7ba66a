package org.claimcheck.web;

import java.sql.SQLException;
import java.sql.SQLTransientConnectionException;

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
        int depth = 0;
        for (Throwable cause = failure; cause != null && depth < 32; cause = cause.getCause(), depth++) {
            if (cause instanceof SQLTransientConnectionException) {
                return true;
            }
            if (cause instanceof SQLException sql && (isConnectionState(sql.getSQLState())
                    || POOL_ACQUISITION_TIMEOUT.equals(sql.getMessage()))) {
                return true;
            }
            if (cause instanceof org.hibernate.JDBCException jdbc && isConnectionState(jdbc.getSQLState())) {
                return true;
            }
        }
        return false;
    }

    private static boolean isConnectionState(String sqlState) {
        return sqlState != null && sqlState.startsWith(CONNECTION_EXCEPTION_CLASS);
    }
}
