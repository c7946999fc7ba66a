package org.claimcheck.group;

import java.time.Duration;

/**
 * When a piece of grouping work must be done by. Grouping is quadratic in the claims compared, so hostile or simply
 * enormous input could hold a request, a lock or a transaction for minutes; the loops that compare claims look at
 * the deadline as they go and give up with {@link Exceeded} once it has passed.
 */
public record Deadline(long expiresAtNanos) {

    /** How often, in comparisons, the loops look at the clock: reading it is cheap, but not free. */
    static final int CHECK_EVERY = 256;

    private static final Deadline NONE = new Deadline(Long.MAX_VALUE);

    public static Deadline after(Duration budget) {
        long now = System.nanoTime();
        long nanos = budget.toNanos();
        // a budget so long that the sum overflows is no deadline at all
        return now + nanos < now ? NONE : new Deadline(now + nanos);
    }

    /** No deadline: the work runs to its end (tools and tests). */
    public static Deadline none() {
        return NONE;
    }

    public boolean passed() {
        return this != NONE && System.nanoTime() - expiresAtNanos > 0;
    }

    /** @throws Exceeded once the deadline has passed */
    public void check() {
        if (passed()) {
            throw new Exceeded();
        }
    }

    /** The work was given up at its deadline; nothing it computed is kept. */
    public static final class Exceeded extends RuntimeException {
        Exceeded() {
            super("the grouping work did not finish within its time budget", null, false, false);
        }
    }
}
