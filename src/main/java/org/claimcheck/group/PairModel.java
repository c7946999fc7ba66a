package org.claimcheck.group;

import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Properties;

/**
 * The probability that two claims state the same fact: a logistic regression over {@link PairFeatures}, with
 * weights fit on the annotated pairs of the evaluation stories (see {@code GroupingModelFit} in the tests; the README
 * says how to reproduce the resource). Two claims link when the probability reaches the threshold; linked groups
 * merge while their pairs average at least the average link (the repeat link when both hold claims of one article)
 * and none falls below the weakest link. The four cut-offs are fit with the weights. Within a group, two claims whose
 * values disagree are set against each other as a conflict only when a second regression, fit on such pairs alone,
 * holds them one fact ({@link #conflictLink}): an alarm needs other evidence than a grouping.
 */
public final class PairModel {

    static final String RESOURCE = "/grouping/pair-model.properties";

    private static volatile PairModel standard;

    private final double[] weights;
    private final double[] conflictWeights;
    private final double threshold;
    private final double averageLink;
    private final double weakestLink;
    private final double repeatLink;
    private final double conflictLink;

    PairModel(double[] weights, double[] conflictWeights, double threshold, double averageLink, double weakestLink,
            double repeatLink, double conflictLink) {
        if (weights.length != PairFeatures.NAMES.size() || conflictWeights.length != PairFeatures.NAMES.size()) {
            throw new IllegalArgumentException("expected " + PairFeatures.NAMES.size() + " weights of each model");
        }
        this.weights = weights.clone();
        this.conflictWeights = conflictWeights.clone();
        this.threshold = threshold;
        this.averageLink = averageLink;
        this.weakestLink = weakestLink;
        this.repeatLink = repeatLink;
        this.conflictLink = conflictLink;
    }

    /** The model shipped with the service. */
    public static PairModel standard() {
        if (standard == null) {
            try (InputStream in = PairModel.class.getResourceAsStream(RESOURCE)) {
                if (in == null) {
                    throw new IllegalStateException("missing resource " + RESOURCE);
                }
                standard = read(new java.io.InputStreamReader(in, StandardCharsets.UTF_8), RESOURCE);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return standard;
    }

    /** A model written by the fit, from a file (leave-one-story-out evaluation runs the service with one). */
    public static PairModel load(Path file) {
        try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            return read(reader, file.toString());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static PairModel read(Reader reader, String where) throws IOException {
        Properties properties = new Properties();
        properties.load(reader);
        return new PairModel(weights(properties, "weight.", where), weights(properties, "conflict.weight.", where),
                cutOff(properties, "threshold", where), cutOff(properties, "average-link", where),
                cutOff(properties, "weakest-link", where), cutOff(properties, "repeat-link", where),
                cutOff(properties, "conflict-link", where));
    }

    private static double[] weights(Properties properties, String prefix, String where) {
        List<String> names = PairFeatures.NAMES;
        double[] weights = new double[names.size()];
        for (int i = 0; i < names.size(); i++) {
            String value = properties.getProperty(prefix + names.get(i));
            if (value == null) {
                // a model fit on other features would score pairs wrongly: refit it rather than guess
                throw new IllegalStateException(where + " has no " + prefix + names.get(i) + "; refit the model");
            }
            weights[i] = Double.parseDouble(value);
        }
        return weights;
    }

    private static double cutOff(Properties properties, String name, String where) {
        String value = properties.getProperty(name);
        if (value == null) {
            throw new IllegalStateException(where + " has no " + name);
        }
        return Double.parseDouble(value);
    }

    /** The weights of grouping by feature name, for writing the model down. */
    Map<String, Double> weights() {
        return named(weights);
    }

    /** The weights of the conflict model by feature name. */
    Map<String, Double> conflictWeights() {
        return named(conflictWeights);
    }

    private static Map<String, Double> named(double[] weights) {
        Map<String, Double> named = new java.util.LinkedHashMap<>();
        for (int i = 0; i < weights.length; i++) {
            named.put(PairFeatures.NAMES.get(i), weights[i]);
        }
        return named;
    }

    /** A pair links at or above this probability. */
    double threshold() {
        return threshold;
    }

    /** Two groups merge when their pairs' probabilities average at least this. */
    double averageLink() {
        return averageLink;
    }

    /** Two groups stay apart when any of their pairs' probabilities is below this. */
    double weakestLink() {
        return weakestLink;
    }

    /** Two groups that both hold claims of one article merge only when their pairs average at least this. */
    double repeatLink() {
        return repeatLink;
    }

    /**
     * Two claims of a group whose values cannot both be true conflict only when the conflict model gives them this
     * probability of stating one fact. The conflict model weighs the same features as grouping, fit on the annotated
     * pairs whose values disagree: among those, two claims of one fact are rarer than among all pairs and other
     * features tell them apart. The cut-off is fit with it, as the one whose reports best catch the stories' conflicts
     * while keeping their consistent facts calm.
     */
    double conflictLink() {
        return conflictLink;
    }

    /** The probability, by the conflict model, that two claims whose values disagree state one fact. */
    double conflictProbability(ClaimFeatures a, ClaimFeatures b, Semantics semantics) {
        if (!weighed(a, b)) {
            return 0;
        }
        return probability(conflictWeights, PairFeatures.of(a, b, meaning(a, b, semantics)));
    }

    /** The model gives the meaning of near words a weight: grouping needs the embedding model to apply it. */
    boolean usesMeaning() {
        return weights[PairFeatures.NAMES.indexOf("date.near_meaning")] != 0
                || weights[PairFeatures.NAMES.indexOf("value.near_meaning")] != 0;
    }

    double probability(ClaimFeatures a, ClaimFeatures b, Semantics semantics) {
        if (!weighed(a, b)) {
            // two measures the lexicon names are two facts: "killed" and "deployed"; and a figure of one named place or
            // person is not one of another the first sentence never mentions; claims that share neither a measure nor
            // a word near the value are not weighed at all, which keeps a large store fast
            return 0;
        }
        return probability(PairFeatures.of(a, b, meaning(a, b, semantics)));
    }

    /**
     * Is the pair weighed by the regression at all? Pairs it is not are apart; the fit learns from weighed pairs only,
     * the ones the weights will be applied to.
     */
    static boolean weighed(ClaimFeatures a, ClaimFeatures b) {
        return !PairFeatures.nothingShared(a, b) && !PairFeatures.measuresRuleApart(a, b) && !PairFeatures.strangers(a, b);
    }

    /** Embedding similarity of the words near the two values, 0 for what any two news phrases reach, up to 1. */
    static double meaning(ClaimFeatures a, ClaimFeatures b, Semantics semantics) {
        if (semantics == null || a.nearText().isEmpty() || b.nearText().isEmpty()) {
            return 0;
        }
        return Math.max(0, (semantics.similarity(a.nearText(), b.nearText()) - MEANING_FLOOR) / (1 - MEANING_FLOOR));
    }

    /** Cosine any two short news phrases reach with the embedding model: it counts as no evidence. */
    private static final double MEANING_FLOOR = 0.5;

    double probability(double[] features) {
        return probability(weights, features);
    }

    private static double probability(double[] weights, double[] features) {
        double z = 0;
        for (int i = 0; i < weights.length; i++) {
            z += weights[i] * features[i];
        }
        return 1 / (1 + Math.exp(-z));
    }
}
