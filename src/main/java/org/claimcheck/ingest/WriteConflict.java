package org.claimcheck.ingest;

import java.util.Set;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.LockSupport;

/**
 * Tells a failure caused by a concurrent transaction writing the same rows, which a retry in a new transaction
 * resolves, from every other failure. Both stores name these by SQLSTATE.
 */
final class WriteConflict {

    private static final Set<String> RETRYABLE_STATES = Set.of(
            "23505",  // unique violation: another transaction committed the same article or outlet first
            "40001",  // serialization failure (PostgreSQL); deadlock (H2)
            "40P01",  // deadlock detected (PostgreSQL)
            "HYT00",  // lock wait timed out (H2, code 50200)
            "90131"); // concurrent update of the same row (H2)

    private WriteConflict() {
    }

    static boolean causes(Throwable failure) {
        return SqlStates.any(failure, RETRYABLE_STATES::contains);
    }

    /** A short random pause growing with the attempt, so that clients that collided do not collide again in step. */
    static void pause(int attempt) {
        long bound = TimeUnit.MILLISECONDS.toNanos(5L * Math.min(attempt, 6));
        LockSupport.parkNanos(ThreadLocalRandom.current().nextLong(bound / 2, bound + 1));
    }
}
