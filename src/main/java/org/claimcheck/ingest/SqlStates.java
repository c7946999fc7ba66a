package org.claimcheck.ingest;

import java.sql.SQLException;
import java.util.function.Predicate;

/**
 * The SQLSTATEs a failure carries along its chain of causes, where the JDBC driver's exception and Hibernate's
 * wrapper of it both name one: how the store tells a conflict to retry, or an unreachable database, from a fault.
 */
public final class SqlStates {

    /** Deep enough for any framework's wrapping; a bound, in case a chain loops. */
    private static final int MAX_DEPTH = 32;

    private SqlStates() {
    }

    /** Whether any exception in the chain, or the chain itself, passes {@code test}. */
    public static boolean inCauses(Throwable failure, Predicate<Throwable> test) {
        int depth = 0;
        for (Throwable cause = failure; cause != null && depth < MAX_DEPTH; cause = cause.getCause(), depth++) {
            if (test.test(cause)) {
                return true;
            }
        }
        return false;
    }

    /** Whether any exception in the chain names a SQLSTATE that passes {@code test}. */
    public static boolean any(Throwable failure, Predicate<String> test) {
        return inCauses(failure, cause -> {
            String state = cause instanceof SQLException sql ? sql.getSQLState()
                    : cause instanceof org.hibernate.JDBCException jdbc ? jdbc.getSQLState() : null;
            return state != null && test.test(state);
        });
    }
}
