package org.claimcheck.group;

import java.util.List;
import java.util.Objects;
import java.util.Set;

import org.claimcheck.extract.ClaimFrame;
import org.claimcheck.extract.MeasureLexicon;
import org.claimcheck.normalize.ValueKind;

/**
 * The evidence that two claims of one block, from different articles, state the same fact: agreement and
 * disagreement of their frames, the overlap of their words and names, and how far apart their days are. Every
 * feature is read from what the claims say and none from their values, so shuffling values among claims leaves
 * every pair's features as they were. The weights of the features are fit on annotated stories ({@link PairModel}).
 */
final class PairFeatures {

    /** The features' names, in the order of {@link #of}'s array: the keys of the model's weights. */
    private static final List<String> BASE = List.of(
            "bias",
            "measure_same", "measure_differ", "measure_kin", "measure_unknown",
            "event_same", "event_differ",
            "source_same", "source_differ", "source_one",
            "role_differ",
            "counted_same", "counted_differ",
            "subject_cosine", "context_cosine", "entity_overlap", "entities_apart", "near_cosine", "near_meaning", "near_names_shared", "near_names_apart", "locus_shared", "locus_apart", "place_same", "place_differ", "place_one", "owner_same", "owner_differ",
            "same_measure_context", "same_measure_locus_apart", "same_measure_owner_differ", "same_measure_near",
            "days_apart_week", "days_apart_year",
            "increment_differ", "background_differ");

    /**
     * Dates and other values weigh the same evidence differently (a date's event word says more than a count's
     * subject), so each feature has one weight for pairs of dates and one for the rest: {@code date.*} and
     * {@code value.*}.
     */
    static final List<String> NAMES = java.util.stream.Stream.concat(BASE.stream().map(name -> "date." + name),
            BASE.stream().map(name -> "value." + name)).toList();

    private PairFeatures() {
    }

    /** Features without the embedding model: the meaning of the words near the value counts as nothing. */
    static double[] of(ClaimFeatures a, ClaimFeatures b) {
        return of(a, b, 0);
    }

    /**
     * @param meaning how alike the words near the two values mean, from the embedding model, rescaled so that what
     *                any two news phrases reach counts as 0
     */
    static double[] of(ClaimFeatures a, ClaimFeatures b, double meaning) {
        double[] base = base(a, b, meaning);
        double[] features = new double[2 * base.length];
        System.arraycopy(base, 0, features, a.kind() == ValueKind.DATE ? 0 : base.length, base.length);
        return features;
    }

    private static double[] base(ClaimFeatures a, ClaimFeatures b, double meaning) {
        ClaimFrame x = a.frame();
        ClaimFrame y = b.frame();
        boolean measuresKnown = !ClaimFrame.OTHER.equals(x.measure()) && !ClaimFrame.OTHER.equals(y.measure());
        boolean sameMeasure = measuresKnown && x.measure().equals(y.measure());
        boolean kin = kin(a, b);
        double context = cosine(a.contextTerms(), b.contextTerms());
        long days = a.asOfDay() == null || b.asOfDay() == null ? 0 : Math.abs(a.asOfDay() - b.asOfDay());
        return new double[] {
            1,
            sameMeasure ? 1 : 0,
            measuresKnown && !sameMeasure && !kin ? 1 : 0,
            kin ? 1 : 0,
            measuresKnown ? 0 : 1,
            both(x.event(), y.event()) && x.event().equals(y.event()) ? 1 : 0,
            both(x.event(), y.event()) && !x.event().equals(y.event()) ? 1 : 0,
            both(x.source(), y.source()) && x.source().equals(y.source()) ? 1 : 0,
            both(x.source(), y.source()) && !x.source().equals(y.source()) ? 1 : 0,
            (x.source() == null) != (y.source() == null) ? 1 : 0,
            x.role() != y.role() ? 1 : 0,
            both(a.countedTerm(), b.countedTerm()) && a.countedTerm().equals(b.countedTerm()) ? 1 : 0,
            both(a.countedTerm(), b.countedTerm()) && !a.countedTerm().equals(b.countedTerm()) ? 1 : 0,
            cosine(a.subjectTerms(), b.subjectTerms()),
            context,
            overlap(a.entityTerms(), b.entityTerms()),
            !a.entityTerms().isEmpty() && !b.entityTerms().isEmpty() && shared(a.entityTerms(), b.entityTerms()) == 0 ? 1 : 0,
            cosine(a.nearTerms(), b.nearTerms()),
            meaning,
            shared(a.nearNames(), b.nearNames()) > 0 ? 1 : 0,
            !a.nearNames().isEmpty() && !b.nearNames().isEmpty() && shared(a.nearNames(), b.nearNames()) == 0 ? 1 : 0,
            shared(a.locus(), b.locus()) > 0 ? 1 : 0,
            !a.locus().isEmpty() && !b.locus().isEmpty() && shared(a.locus(), b.locus()) == 0 ? 1 : 0,
            !a.place().isEmpty() && a.place().equals(b.place()) ? 1 : 0,
            !a.place().isEmpty() && !b.place().isEmpty() && !a.place().equals(b.place()) ? 1 : 0,
            a.place().isEmpty() != b.place().isEmpty() ? 1 : 0,
            shared(a.owner(), b.owner()) > 0 ? 1 : 0,
            ownersDiffer(a, b) ? 1 : 0,
            sameMeasure ? context : 0,
            sameMeasure && !a.locus().isEmpty() && !b.locus().isEmpty() && shared(a.locus(), b.locus()) == 0 ? 1 : 0,
            sameMeasure && ownersDiffer(a, b) ? 1 : 0,
            sameMeasure ? cosine(a.nearTerms(), b.nearTerms()) : 0,
            days > 7 ? 1 : 0,
            days > 366 ? 1 : 0,
            a.increment() != b.increment() ? 1 : 0,
            a.background() != b.background() ? 1 : 0,
        };
    }

    /** Both claims name a measure, and not the same one. */
    static boolean measuresDiffer(ClaimFeatures a, ClaimFeatures b) {
        String x = a.frame().measure();
        String y = b.frame().measure();
        return !ClaimFrame.OTHER.equals(x) && !ClaimFrame.OTHER.equals(y) && !x.equals(y);
    }

    /**
     * Two measures the lexicon names, and not the same one, are two facts ("killed" and "deployed", "signed" and
     * "ratified"), unless they are kin: the regression weighs those.
     */
    static boolean measuresRuleApart(ClaimFeatures a, ClaimFeatures b) {
        return measuresDiffer(a, b) && !kin(a, b);
    }

    /**
     * Two different measures that may state one fact: kin in {@link MeasureKin} ("trapped" and "rescued"), or two
     * dates of which one is broad: "the quake struck on Tuesday" and "rescuers began on Tuesday" may date one event.
     */
    static boolean kin(ClaimFeatures a, ClaimFeatures b) {
        if (!measuresDiffer(a, b)) {
            return false;
        }
        String x = a.frame().measure();
        String y = b.frame().measure();
        return MeasureKin.standard().kin(x, y) || a.kind() == ValueKind.DATE && (isBroad(x) || isBroad(y));
    }

    private static boolean isBroad(String measure) {
        return MeasureLexicon.standard().measure(measure).map(MeasureLexicon.Measure::broad).orElse(false);
    }

    /** Neither the same named measure nor one word near the value in common: nothing says these are one fact. */
    static boolean nothingShared(ClaimFeatures a, ClaimFeatures b) {
        String x = a.frame().measure();
        boolean sameMeasure = !ClaimFrame.OTHER.equals(x) && x.equals(b.frame().measure());
        return !sameMeasure && shared(a.nearTerms(), b.nearTerms()) == 0;
    }

    /**
     * Each claim's figure belongs to a name ("evacuated from ValA", "ValB") that the other claim's sentence does
     * not mention at all: the same wording about two places or people.
     */
    static boolean strangers(ClaimFeatures a, ClaimFeatures b) {
        return ownersDiffer(a, b) && shared(a.owner(), b.entityTerms()) == 0 && shared(b.owner(), a.entityTerms()) == 0;
    }

    /** Each figure has a name beside it, and the two names have no word in common. */
    private static boolean ownersDiffer(ClaimFeatures a, ClaimFeatures b) {
        return !a.owner().isEmpty() && !b.owner().isEmpty() && shared(a.owner(), b.owner()) == 0;
    }

    private static boolean both(Object x, Object y) {
        return Objects.nonNull(x) && Objects.nonNull(y);
    }

    /** Cosine of two sets as binary vectors. */
    static double cosine(Set<String> x, Set<String> y) {
        if (x.isEmpty() || y.isEmpty()) {
            return 0;
        }
        return shared(x, y) / Math.sqrt((double) x.size() * y.size());
    }

    /** Shared names over the smaller set's size: an article naming more places still shares the story's. */
    static double overlap(Set<String> x, Set<String> y) {
        if (x.isEmpty() || y.isEmpty()) {
            return 0;
        }
        return shared(x, y) / Math.min(x.size(), y.size());
    }

    private static double shared(Set<String> x, Set<String> y) {
        Set<String> small = x.size() <= y.size() ? x : y;
        Set<String> large = small == x ? y : x;
        int shared = 0;
        for (String term : small) {
            if (large.contains(term)) {
                shared++;
            }
        }
        return shared;
    }
}
