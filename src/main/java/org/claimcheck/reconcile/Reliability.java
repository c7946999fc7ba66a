package org.claimcheck.reconcile;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Per-outlet reliability by truth discovery in the manner of CRH (Li et al., 2014): alternately take each
 * group's consensus under the current outlet weights, then weigh each outlet by how rarely its claims
 * contradict the consensus, w = -log(error rate of the outlet / sum of the rates). Only groups with two or more
 * outlets say anything; an outlet seen in none keeps weight 1. Weights are scaled so the best outlet has 1.
 */
public final class Reliability {

    private static final int ROUNDS = 5;
    /** Keeps a flawless outlet's weight finite, and gives every outlet a little benefit of the doubt. */
    private static final double SMOOTHING = 0.5;

    public Map<String, Double> estimate(List<List<ReconcileInput>> groups) {
        Map<String, Double> weights = new HashMap<>();
        for (int round = 0; round < ROUNDS; round++) {
            Map<String, Double> errors = new HashMap<>();
            Map<String, Integer> seen = new HashMap<>();
            for (List<ReconcileInput> group : groups) {
                if (group.stream().map(ReconcileInput::outlet).distinct().count() < 2) {
                    continue;
                }
                List<Interval> values = group.stream().map(claim -> Interval.of(claim.claim().value())).toList();
                Interval consensus = Interval.of(Consensus.of(group, values, weights).value());
                for (int i = 0; i < group.size(); i++) {
                    String outlet = group.get(i).outlet();
                    seen.merge(outlet, 1, Integer::sum);
                    boolean wrong = consensus != null && values.get(i) != null && !values.get(i).overlaps(consensus);
                    errors.merge(outlet, wrong ? 1.0 : 0.0, Double::sum);
                }
            }
            if (seen.isEmpty()) {
                return Map.of();
            }
            Map<String, Double> rates = new HashMap<>();
            double total = 0;
            for (String outlet : seen.keySet()) {
                double rate = (errors.get(outlet) + SMOOTHING) / (seen.get(outlet) + 2 * SMOOTHING);
                rates.put(outlet, rate);
                total += rate;
            }
            Map<String, Double> next = new HashMap<>();
            double best = 0;
            for (String outlet : seen.keySet()) {
                double weight = -Math.log(rates.get(outlet) / (total + SMOOTHING));
                next.put(outlet, weight);
                best = Math.max(best, weight);
            }
            double scale = best;
            next.replaceAll((outlet, weight) -> scale > 0 ? weight / scale : 1.0);
            weights = next;
        }
        return weights;
    }
}
