package org.claimcheck.ingest;

/** A page of a listing: zero-based index and size. */
public record PageRequest(int index, int size) {

    public static final int MAX_SIZE = 100;

    public PageRequest {
        if (index < 0) {
            throw new IllegalArgumentException("page index must not be negative");
        }
        if (size < 1 || size > MAX_SIZE) {
            throw new IllegalArgumentException("page size must be between 1 and " + MAX_SIZE);
        }
    }
}
