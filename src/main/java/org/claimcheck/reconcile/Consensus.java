package org.claimcheck.reconcile;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.claimcheck.normalize.Value;

/**
 * The value a group's sources best support. Each claim is backed by the claims compatible with it; a source
 * cited by several outlets counts once, weighted by the most reliable outlet citing it. The best-backed claim's
 * value is the consensus; ties go to the latest figure.
 */
record Consensus(Value value, int independentSources) {

    static Consensus of(List<ReconcileInput> claims, List<Interval> values, Map<String, Double> reliability) {
        Map<String, Double> sourceWeight = new HashMap<>();
        for (ReconcileInput claim : claims) {
            double weight = reliability.getOrDefault(claim.outlet(), 1.0);
            sourceWeight.merge(GroupReconciler.sourceOf(claim), weight, Math::max);
        }
        Value best = null;
        double bestSupport = -1;
        java.time.LocalDate bestAsOf = null;
        for (int a = 0; a < claims.size(); a++) {
            Interval x = values.get(a);
            if (x == null) {
                continue;
            }
            Map<String, Double> backing = new HashMap<>();
            for (int b = 0; b < claims.size(); b++) {
                Interval y = values.get(b);
                if (y != null && x.overlaps(y)) {
                    String source = GroupReconciler.sourceOf(claims.get(b));
                    backing.put(source, sourceWeight.get(source));
                }
            }
            double support = backing.values().stream().mapToDouble(Double::doubleValue).sum();
            java.time.LocalDate asOf = claims.get(a).claim().asOf();
            boolean later = asOf != null && (bestAsOf == null || asOf.isAfter(bestAsOf));
            if (support > bestSupport + 1e-9 || Math.abs(support - bestSupport) <= 1e-9 && later) {
                best = claims.get(a).claim().value();
                bestSupport = support;
                bestAsOf = asOf;
            }
        }
        if (best == null) {
            best = claims.get(0).claim().value();
        }
        return new Consensus(best, sourceWeight.size());
    }
}
