package org.claimcheck.group;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Groups claims that state the same fact across articles: the one entry point of {@code group}. Claims are
 * compared only within a block of the same kind and unit, and only across articles; the {@link PairModel} gives
 * each pair the probability that both state one fact, from their frames and words, never their values. Pairs at
 * or above the model's threshold link; links are merged strongest first, as long as the merged groups stay alike
 * on average (unscored pairs count as 0), so that one chance link does not chain two facts.
 *
 * <p>A pair's probability depends on the two claims alone, and groups only ever merge along links, so the groups of
 * a collection are the groups of each connected component of its links computed alone: the store regroups one
 * component when an article arrives or leaves and gets the groups this gives over all its claims.
 */
public final class ClaimGrouper {

    private final PairModel model;
    private final Semantics semantics;

    /** Grouping with the model shipped with the service and the embedding model. */
    public ClaimGrouper() {
        this(PairModel.standard(), new Semantics());
    }

    /** @param semantics the embedding model, or null for a model that gives no weight to meaning */
    public ClaimGrouper(PairModel model, Semantics semantics) {
        if (semantics == null && model.usesMeaning()) {
            throw new IllegalArgumentException("the pair model weighs meaning: it needs the embedding model");
        }
        this.model = model;
        this.semantics = semantics;
    }

    /** Groups of member indexes; every member is in exactly one group, in order of first member. */
    public List<List<Integer>> group(List<GroupMember> members) {
        return score(members).cluster(model.threshold(), model.averageLink(), model.weakestLink());
    }

    /** {@link #group} of claims whose features were read once already ({@link #prepare}). */
    public List<List<Integer>> groupPrepared(List<Prepared> members) {
        List<ClaimFeatures> features = new ArrayList<>(members.size());
        for (int i = 0; i < members.size(); i++) {
            features.add(members.get(i).features.withIndex(i));
        }
        return scoreFeatures(features).cluster(model.threshold(), model.averageLink(), model.weakestLink());
    }

    /** Every cross-article pair of a block scored once, to be clustered at any cut-offs (the fit tries several). */
    Scored score(List<GroupMember> members) {
        List<ClaimFeatures> features = new ArrayList<>(members.size());
        for (int i = 0; i < members.size(); i++) {
            features.add(ClaimFeatures.of(i, members.get(i)));
        }
        return scoreFeatures(features);
    }

    private Scored scoreFeatures(List<ClaimFeatures> features) {
        Map<String, List<ClaimFeatures>> blocks = new HashMap<>();
        for (ClaimFeatures claim : features) {
            blocks.computeIfAbsent(claim.block(), key -> new ArrayList<>()).add(claim);
        }
        List<Link> pairs = new ArrayList<>();
        Map<Long, Double> scores = new HashMap<>();
        for (List<ClaimFeatures> block : blocks.values()) {
            for (int a = 0; a < block.size(); a++) {
                for (int b = a + 1; b < block.size(); b++) {
                    ClaimFeatures left = block.get(a);
                    ClaimFeatures right = block.get(b);
                    if (left.articleId().equals(right.articleId())) {
                        continue;
                    }
                    double probability = model.probability(left, right, semantics);
                    scores.put(pairKey(left.index(), right.index()), probability);
                    pairs.add(new Link(left.index(), right.index(), probability));
                }
            }
        }
        // strongest first; equal scores in member order, so the same claims always give the same groups
        pairs.sort(Comparator.comparingDouble(Link::score).reversed().thenComparingInt(Link::left).thenComparingInt(Link::right));
        return new Scored(features, pairs, scores);
    }

    /** The scored pairs of a collection. */
    record Scored(List<ClaimFeatures> features, List<Link> pairs, Map<Long, Double> scores) {

        /** Links at or above {@code link} merged strongest first, while the merged groups stay alike. */
        List<List<Integer>> cluster(double link, double averageLink, double weakestLink) {
            Clusters clusters = new Clusters(features, averageLink, weakestLink);
            for (Link pair : pairs) {
                if (pair.score() < link) {
                    break;
                }
                clusters.mergeIfAlike(pair.left(), pair.right(), scores);
            }
            return clusters.groups();
        }
    }

    /** The block a claim is compared within: claims of different blocks never link. */
    public static String blockOf(GroupMember member) {
        return ClaimFeatures.blockOf(member.claim());
    }

    /** Whether two claims link directly: same block, different articles, probability at or above the threshold. */
    public boolean links(GroupMember a, GroupMember b) {
        return links(prepare(a), prepare(b));
    }

    /** A claim with its features read, for comparing it with many others. */
    public Prepared prepare(GroupMember member) {
        return new Prepared(ClaimFeatures.of(0, member));
    }

    /** {@link #links(GroupMember, GroupMember)} of prepared claims. */
    public boolean links(Prepared a, Prepared b) {
        ClaimFeatures x = a.features;
        ClaimFeatures y = b.features;
        if (x.articleId().equals(y.articleId()) || !x.block().equals(y.block())) {
            return false;
        }
        return model.probability(x, y, semantics) >= model.threshold();
    }

    /** A claim's features, read once. */
    public static final class Prepared {
        private final ClaimFeatures features;

        private Prepared(ClaimFeatures features) {
            this.features = features;
        }
    }

    static long pairKey(int a, int b) {
        return a < b ? ((long) a << 32) | b : ((long) b << 32) | a;
    }

    record Link(int left, int right, double score) {
    }
}
