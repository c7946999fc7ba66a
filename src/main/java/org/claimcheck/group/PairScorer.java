package org.claimcheck.group;

import java.util.HashMap;
import java.util.Map;

import org.apache.commons.text.similarity.CosineSimilarity;

import org.claimcheck.normalize.ValueKind;

/** How likely two claims from different articles state the same fact, from about -1 (surely not) to 1. */
final class PairScorer {

    private static final double SUBJECT_WEIGHT = 0.35;
    private static final double CONTEXT_WEIGHT = 0.45;
    private static final double VALUE_WEIGHT = 0.25;
    /** Two stories rarely give the same long span ("24 years", "almost a quarter of a century") for different things. */
    private static final double DURATION_VALUE_WEIGHT = 0.4;
    /** Counting the same noun is evidence of its own, beyond the words the subjects share. */
    private static final double SAME_NOUN = 0.1;
    /** One count says what happened (killed, displaced), the other does not. */
    private static final double OTHER_FRAME = 0.3;
    private static final double DAYS_PER_MONTH = 31;
    private static final double DAYS_PER_YEAR = 366;

    /** The weight of a term: how rare it is among the claims being grouped. */
    interface Rarity {
        double weight(String term);
    }

    private final Rarity rarity;
    private final CosineSimilarity cosine = new CosineSimilarity();

    PairScorer(Rarity rarity) {
        this.rarity = rarity;
    }

    double score(ClaimFeatures a, ClaimFeatures b) {
        double noun = 0;
        if (a.countedNoun() != null && b.countedNoun() != null) {
            if (!a.countedNoun().equals(b.countedNoun())) {
                return -1; // "containers" and "soldiers" are never the same count
            }
            noun = SAME_NOUN;
        } else if (a.countedNoun() != null || b.countedNoun() != null) {
            noun = -SAME_NOUN; // one says what it counts, the other does not
        }
        if (a.kind() != ValueKind.DATE && a.kind() != ValueKind.DURATION && !java.util.Objects.equals(a.frame(), b.frame())) {
            // "3,000 killed or wounded" and "3,000 in Russia": one says what happened, the other something else
            noun -= a.frame() != null && b.frame() != null ? 1 : OTHER_FRAME;
        }
        double subject = similarity(a.subjectTerms(), b.subjectTerms());
        double context = similarity(a.contextTerms(), b.contextTerms());
        double valueWeight = a.kind() == ValueKind.DURATION ? DURATION_VALUE_WEIGHT : VALUE_WEIGHT;
        return noun + SUBJECT_WEIGHT * subject + CONTEXT_WEIGHT * context + valueWeight * valueSignal(a, b) + timeSignal(a, b);
    }

    /** TF-IDF cosine: Commons Text computes the cosine, the weights make shared rare terms count. */
    private double similarity(Map<String, Integer> left, Map<String, Integer> right) {
        if (left.isEmpty() || right.isEmpty()) {
            return 0;
        }
        Double value = cosine.cosineSimilarity(weighted(left), weighted(right));
        return value == null || value.isNaN() ? 0 : value;
    }

    private Map<CharSequence, Integer> weighted(Map<String, Integer> terms) {
        // CosineSimilarity takes integer vectors: scale the TF-IDF weights to keep two decimals.
        Map<CharSequence, Integer> vector = new HashMap<>();
        terms.forEach((term, count) -> vector.put(term, (int) Math.round(100 * count * rarity.weight(term))));
        return vector;
    }

    /** 1 when the values overlap, falling as their magnitudes part; dates by the days between them. */
    private static double valueSignal(ClaimFeatures a, ClaimFeatures b) {
        if (!a.valued() || !b.valued()) {
            return 0;
        }
        boolean bounded = !Double.isNaN(a.low()) && !Double.isNaN(a.high()) && !Double.isNaN(b.low()) && !Double.isNaN(b.high());
        if (bounded && overlaps(a, b)) {
            return 1; // half-open values ("up to 12,000") overlap almost anything: compare their magnitudes instead
        }
        if (a.kind() == ValueKind.DATE) {
            double gap = Math.max(lowOf(a), lowOf(b)) - Math.min(highOf(a), highOf(b));
            return gap <= DAYS_PER_MONTH ? 0.3 : gap <= DAYS_PER_YEAR ? -0.4 : -1;
        }
        double x = Math.abs(a.middle());
        double y = Math.abs(b.middle());
        double ratio = Math.max(x, y) / Math.max(Math.min(x, y), 1e-9);
        if (ratio <= 3) {
            return 0.4;
        }
        if (ratio <= 10) {
            return 0;
        }
        return -1;
    }

    private static boolean overlaps(ClaimFeatures a, ClaimFeatures b) {
        double tolerance = a.kind() == ValueKind.DATE ? 0 : 0.02;
        return lowOf(a) * (1 - tolerance) <= highOf(b) * (1 + tolerance) && lowOf(b) * (1 - tolerance) <= highOf(a) * (1 + tolerance);
    }

    private static double lowOf(ClaimFeatures claim) {
        return Double.isNaN(claim.low()) ? Double.NEGATIVE_INFINITY : claim.low();
    }

    private static double highOf(ClaimFeatures claim) {
        return Double.isNaN(claim.high()) ? Double.POSITIVE_INFINITY : claim.high();
    }

    /** Figures reported years apart are rarely the same fact; dates carry their own time. */
    private static double timeSignal(ClaimFeatures a, ClaimFeatures b) {
        if (a.kind() == ValueKind.DATE || a.asOfDay() == null || b.asOfDay() == null) {
            return 0;
        }
        long days = Math.abs(a.asOfDay() - b.asOfDay());
        return days <= 120 ? 0 : days <= 400 ? -0.1 : -0.4;
    }
}
