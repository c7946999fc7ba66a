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
    /**
     * Agreeing values count for more when they are unlikely to agree by chance: an amount, a measure, a share, a
     * span ("24 years", "almost a quarter of a century"), or a count with three significant digits ("2,150").
     */
    private static final double SPECIFIC_VALUE_WEIGHT = 0.4;
    /** Counting the same noun is evidence of its own, beyond the words the subjects share. */
    private static final double SAME_NOUN = 0.1;
    /** Counted nouns whose embeddings are this close name the same thing. */
    private static final double SAME_MEANING = 0.75;
    /** Below this lexical similarity, subjects are compared by meaning as well. */
    private static final double SEMANTIC_FLOOR = 0.3;
    /** Embedding similarity any two news phrases reach: it counts as nothing. */
    private static final double SEMANTIC_FLOOR_SCORE = 0.55;
    /** Two counts are compared only when their contexts share at least this much beyond common words. */
    private static final double MIN_COUNT_CONTEXT = 0.08;
    /** Two counted nouns the vocabulary cannot relate. */
    private static final double OTHER_NOUN = 0.2;
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
    /** Null for lexical comparison only. */
    private final Semantics semantics;
    /** Subjects are compared semantically too, not only counted nouns: affordable for a report, not for the store. */
    private final boolean semanticSubjects;

    PairScorer(Rarity rarity) {
        this(rarity, null, false);
    }

    PairScorer(Rarity rarity, Semantics semantics, boolean semanticSubjects) {
        this.rarity = rarity;
        this.semantics = semantics;
        this.semanticSubjects = semanticSubjects;
    }

    double score(ClaimFeatures a, ClaimFeatures b) {
        double noun = 0;
        boolean counts = a.kind() == ValueKind.COUNT;
        if (!counts) {
            // what an amount or a measure is "of" ("package", "corridor") is too loose to separate facts
        } else if (a.countedNoun() != null && b.countedNoun() != null) {
            if (a.countedNoun().equals(b.countedNoun())) {
                noun = SAME_NOUN;
            } else if (Terms.isKnown(a.countedNoun()) && Terms.isKnown(b.countedNoun())) {
                return -1; // "containers" and "soldiers" are never the same count
            } else if (semantics != null && a.countedWord() != null && b.countedWord() != null
                    && semantics.similarity(a.countedWord(), b.countedWord()) >= SAME_MEANING) {
                noun = SAME_NOUN; // a synonym the vocabulary lacks ("peacekeepers", "troops")
            } else {
                noun = -OTHER_NOUN;
            }
        } else if (a.countedNoun() != null || b.countedNoun() != null) {
            noun = -SAME_NOUN; // one says what it counts, the other does not
        }
        if (a.kind() != ValueKind.DATE && a.kind() != ValueKind.DURATION) {
            // "3,000 killed or wounded" and "3,000 in Russia": one says what happened, the other something else
            if (a.frame() != null && b.frame() != null) {
                noun -= EventFrames.distance(a.frame(), b.frame());
            } else if (EventFrames.isCumulative(a.frame()) || EventFrames.isCumulative(b.frame())) {
                noun -= OTHER_FRAME; // a toll of the dead against a count that says nothing of deaths
            }
        }
        if (a.increment() != b.increment()) {
            return -1; // "another 45 prisoners" adds to a total; it is not the total
        }
        Vectors left = vectors(a);
        Vectors right = vectors(b);
        double subject = similarity(left.subject(), right.subject());
        if (semanticSubjects && semantics != null && subject < SEMANTIC_FLOOR && a.subjectText() != null
                && b.subjectText() != null && !a.subjectText().isBlank() && !b.subjectText().isBlank()) {
            // Subjects that share no word may still say the same thing ("arrived in Pyongyang", "landed in North Korea").
            double meaning = semantics.similarity(a.subjectText(), b.subjectText());
            subject = Math.max(subject, (meaning - SEMANTIC_FLOOR_SCORE) / (1 - SEMANTIC_FLOOR_SCORE));
        }
        double context = similarity(left.context(), right.context());
        if (a.kind() == ValueKind.COUNT && context < MIN_COUNT_CONTEXT) {
            return Math.min(0, noun); // counts of the same noun in unrelated stories share no rarer word at all
        }
        double valueWeight = a.kind() == ValueKind.COUNT && !(specific(a) && specific(b)) || a.kind() == ValueKind.DATE
                ? VALUE_WEIGHT : SPECIFIC_VALUE_WEIGHT;
        return noun + SUBJECT_WEIGHT * subject + CONTEXT_WEIGHT * context + valueWeight * valueSignal(a, b) + timeSignal(a, b);
    }

    /** A claim's weighted term vectors, computed once per claim: a claim is compared with many others. */
    private record Vectors(Map<CharSequence, Integer> subject, Map<CharSequence, Integer> context) {
    }

    private final Map<ClaimFeatures, Vectors> vectors = new java.util.IdentityHashMap<>();

    private Vectors vectors(ClaimFeatures claim) {
        return vectors.computeIfAbsent(claim, c -> new Vectors(weighted(c.subjectTerms()), weighted(c.contextTerms())));
    }

    /** Forgets a claim's vectors, when it leaves the collection being grouped. */
    void forget(ClaimFeatures claim) {
        vectors.remove(claim);
    }

    /** TF-IDF cosine: Commons Text computes the cosine, the weights make shared rare terms count. */
    private double similarity(Map<CharSequence, Integer> left, Map<CharSequence, Integer> right) {
        if (left.isEmpty() || right.isEmpty()) {
            return 0;
        }
        Double value = cosine.cosineSimilarity(left, right);
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
            boolean days = a.low() == a.high() && b.low() == b.high();
            if (days) {
                return -1; // two different days named outright are two events more often than one misdated
            }
            return gap <= DAYS_PER_MONTH ? -0.2 : gap <= DAYS_PER_YEAR ? -0.6 : -1;
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

    /** A count with three or more significant digits or a decimal part: 2,150, 398 or 7.2, not 20 or 10,000. */
    private static boolean specific(ClaimFeatures claim) {
        double value = claim.middle();
        if (Double.isNaN(value) || Double.isInfinite(value) || value <= 0) {
            return false;
        }
        java.math.BigDecimal number = new java.math.BigDecimal(value).round(java.math.MathContext.DECIMAL32).stripTrailingZeros();
        return number.precision() >= 3 || number.scale() > 0; // "2,150", or a decimal such as a magnitude of 7.2
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
