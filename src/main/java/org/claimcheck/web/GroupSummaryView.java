package org.claimcheck.web;

import java.time.Instant;

import org.claimcheck.claimstore.StoredGroup;
import org.claimcheck.normalize.Value;

/**
 * A stored group in a listing.
 *
 * @param severity how far apart conflicting values are, 0 to 1
 * @param sources  independent sources: outlets citing the same origin count once
 */
public record GroupSummaryView(String id, String label, String kind, String status, double severity, int sources,
        int claimCount, int outletCount, ValueView consensus, Instant updatedAt) {

    static GroupSummaryView of(StoredGroup group, Value consensus) {
        return new GroupSummaryView("g" + group.id, group.label, group.kind, group.status,
                Math.round(group.severity * 1000) / 1000.0, group.sources, group.claimCount, group.outletCount,
                consensus == null ? null : ValueView.of(consensus), group.updatedAt);
    }
}
