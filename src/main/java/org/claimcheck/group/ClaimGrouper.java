package org.claimcheck.group;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import com.carrotsearch.hppc.LongDoubleHashMap;

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
        return group(members, Deadline.none());
    }

    /**
     * {@link #group(List)} that gives up once the deadline has passed.
     *
     * @throws Deadline.Exceeded when it has
     */
    public List<List<Integer>> group(List<GroupMember> members, Deadline deadline) {
        return scoreFeatures(features(members, deadline), model.threshold(), deadline)
                .cluster(model.threshold(), model.averageLink(), model.weakestLink(), model.repeatLink(), deadline);
    }

    /** {@link #group(List, Deadline)} of claims whose features were read once already ({@link #prepare}). */
    public List<List<Integer>> groupPrepared(List<Prepared> members, Deadline deadline) {
        List<ClaimFeatures> features = new ArrayList<>(members.size());
        for (int i = 0; i < members.size(); i++) {
            features.add(members.get(i).features.withIndex(i));
        }
        return scoreFeatures(features, model.threshold(), deadline)
                .cluster(model.threshold(), model.averageLink(), model.weakestLink(), model.repeatLink(), deadline);
    }

    /**
     * Every cross-article pair of a block scored once, to be clustered at any cut-offs (the fit tries several);
     * every pair that scores above zero is kept as a link.
     */
    Scored score(List<GroupMember> members) {
        return scoreFeatures(features(members, Deadline.none()), Double.MIN_VALUE, Deadline.none());
    }

    private static List<ClaimFeatures> features(List<GroupMember> members, Deadline deadline) {
        List<ClaimFeatures> features = new ArrayList<>(members.size());
        for (int i = 0; i < members.size(); i++) {
            if (i % Deadline.CHECK_EVERY == 0) {
                deadline.check();
            }
            features.add(ClaimFeatures.of(i, members.get(i)));
        }
        return features;
    }

    /**
     * The cross-article pairs of each block scored. Only pairs at or above {@code minLink} become links to merge along;
     * the others are kept for the average-link check only if they score above zero, which is what a pair never
     * scored counts as, so that a block of thousands of unrelated claims costs no memory for the pairs it holds.
     */
    private Scored scoreFeatures(List<ClaimFeatures> features, double minLink, Deadline deadline) {
        Map<String, List<ClaimFeatures>> blocks = new HashMap<>();
        for (ClaimFeatures claim : features) {
            blocks.computeIfAbsent(claim.block(), key -> new ArrayList<>()).add(claim);
        }
        List<Link> pairs = new ArrayList<>();
        LongDoubleHashMap scores = new LongDoubleHashMap();
        int compared = 0;
        for (List<ClaimFeatures> block : blocks.values()) {
            for (int a = 0; a < block.size(); a++) {
                for (int b = a + 1; b < block.size(); b++) {
                    ClaimFeatures left = block.get(a);
                    ClaimFeatures right = block.get(b);
                    if (left.articleId().equals(right.articleId())) {
                        continue;
                    }
                    if (++compared % Deadline.CHECK_EVERY == 0) {
                        deadline.check();
                    }
                    double probability = model.probability(left, right, semantics);
                    if (probability > 0) {
                        scores.put(pairKey(left.index(), right.index()), probability);
                    }
                    if (probability >= minLink) {
                        pairs.add(new Link(left.index(), right.index(), probability));
                    }
                }
            }
        }
        // strongest first; equal scores in the order of what the claims say, not of when their articles came, so that
        // the same articles give the same groups whatever their order
        String[] identities = new String[features.size()];
        features.forEach(claim -> identities[claim.index()] = claim.identity()); // once per claim, not per comparison
        Comparator<Link> byText = Comparator.comparing((Link link) -> firstText(identities, link))
                .thenComparing(link -> secondText(identities, link));
        pairs.sort(Comparator.comparingDouble(Link::score).reversed().thenComparing(byText)
                .thenComparingInt(Link::left).thenComparingInt(Link::right));
        return new Scored(features, pairs, scores);
    }

    /** The scored pairs of a collection: the links, strongest first, and every pair's score above zero. */
    record Scored(List<ClaimFeatures> features, List<Link> pairs, LongDoubleHashMap scores) {

        /** Links at or above {@code link} merged strongest first, while the merged groups stay alike. */
        List<List<Integer>> cluster(double link, double averageLink, double weakestLink, double repeatLink) {
            return cluster(link, averageLink, weakestLink, repeatLink, Deadline.none());
        }

        List<List<Integer>> cluster(double link, double averageLink, double weakestLink, double repeatLink,
                Deadline deadline) {
            Clusters clusters = new Clusters(features, averageLink, weakestLink, repeatLink, deadline);
            for (Link pair : pairs) {
                if (pair.score() < link) {
                    break;
                }
                clusters.mergeIfAlike(pair.left(), pair.right(), scores);
            }
            return clusters.groups();
        }
    }

    /**
     * How many pairs {@link #group} compares for these claims: those of one block from different articles. Counted
     * without comparing any, so that a caller can refuse work too large before it starts.
     */
    public static long comparisons(List<GroupMember> members) {
        Map<String, Map<String, Long>> perArticleByBlock = new HashMap<>();
        for (GroupMember member : members) {
            perArticleByBlock.computeIfAbsent(blockOf(member), key -> new HashMap<>())
                    .merge(member.articleId(), 1L, Long::sum);
        }
        long pairs = 0;
        for (Map<String, Long> perArticle : perArticleByBlock.values()) {
            long total = 0;
            long sameArticle = 0;
            for (long count : perArticle.values()) {
                total += count;
                sameArticle += count * count;
            }
            pairs += (total * total - sameArticle) / 2;
        }
        return pairs;
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
        return probability(a, b) >= model.threshold();
    }

    /**
     * Whether two claims of different articles whose values cannot both be true are surely one fact, so that they make
     * a conflict: by the model's conflict regression, at or above its conflict link.
     */
    public boolean surelySameFact(Prepared a, Prepared b) {
        return surelySameFact(a, b, model.conflictLink());
    }

    /** {@link #surelySameFact(Prepared, Prepared)} at a given conflict link, for the fit to try several. */
    boolean surelySameFact(Prepared a, Prepared b, double conflictLink) {
        return conflictProbability(a, b) >= conflictLink;
    }

    /** The conflict model's probability that two claims state one fact; -1 for claims of one article or two blocks. */
    double conflictProbability(Prepared a, Prepared b) {
        return compared(a, b) ? model.conflictProbability(a.features, b.features, semantics) : -1;
    }

    /** The pair's probability of stating one fact; -1, below any cut-off, for claims of one article or two blocks. */
    private double probability(Prepared a, Prepared b) {
        return compared(a, b) ? model.probability(a.features, b.features, semantics) : -1;
    }

    /** Only claims of different articles and of one block are ever compared. */
    private static boolean compared(Prepared a, Prepared b) {
        return !a.features.articleId().equals(b.features.articleId()) && a.features.block().equals(b.features.block());
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

    private static String firstText(String[] identities, Link link) {
        String left = identities[link.left()];
        String right = identities[link.right()];
        return left.compareTo(right) <= 0 ? left : right;
    }

    private static String secondText(String[] identities, Link link) {
        String left = identities[link.left()];
        String right = identities[link.right()];
        return left.compareTo(right) <= 0 ? right : left;
    }
}
