package org.claimcheck.ingest;

/** An outlet and how many stored articles it published. */
public record OutletSummary(Long id, String name, String key, long articleCount) {
}
