package org.claimcheck.reconcile;

import java.util.List;
import java.util.Map;

import org.claimcheck.normalize.Value;

/**
 * What reconciliation concludes about one group.
 *
 * @param status        CONFLICT, EVOLVING, CONSISTENT or SINGLE_SOURCE (as in CONTRACT.md)
 * @param conflictsWith per claim id, the ids of the claims whose values it contradicts at the same time
 * @param consensus     the value best supported by independent, reliable sources
 * @param severity      0 when all agree, up to 1 for values far apart
 * @param sources       independent sources behind the group: outlets citing the same origin count once
 */
public record Verdict(Status status, Map<String, List<String>> conflictsWith, Value consensus, double severity, int sources) {

    public enum Status { CONFLICT, EVOLVING, CONSISTENT, SINGLE_SOURCE }

    public Verdict {
        conflictsWith = Map.copyOf(conflictsWith);
    }
}
