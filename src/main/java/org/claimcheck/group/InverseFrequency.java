package org.claimcheck.group;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** How rare each term is among the claims being grouped: log(N / claims holding it). */
final class InverseFrequency implements PairScorer.Rarity {

    private final Map<String, Double> weights;
    private final double unseen;

    private InverseFrequency(Map<String, Double> weights, double unseen) {
        this.weights = weights;
        this.unseen = unseen;
    }

    static InverseFrequency of(List<ClaimFeatures> claims) {
        Map<String, Integer> holding = new HashMap<>();
        for (ClaimFeatures claim : claims) {
            for (String term : claim.contextTerms().keySet()) {
                holding.merge(term, 1, Integer::sum);
            }
        }
        int n = Math.max(claims.size(), 1);
        Map<String, Double> weights = new HashMap<>();
        holding.forEach((term, count) -> weights.put(term, Math.log(1.0 + (double) n / count)));
        return new InverseFrequency(weights, Math.log(1.0 + n));
    }

    @Override
    public double weight(String term) {
        return weights.getOrDefault(term, unseen);
    }
}
