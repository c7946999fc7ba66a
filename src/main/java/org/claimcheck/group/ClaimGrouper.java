package org.claimcheck.group;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.claimcheck.normalize.ValueKind;

/**
 * Groups claims that state the same fact across articles: the one entry point of {@code group}. Claims are
 * compared only within a block of the same kind and unit, and only across articles; a pair links when its
 * subjects and contexts are alike (TF-IDF cosine over canonical terms, so words every claim shares count for
 * little), its values are of a compatible magnitude and its times are close. Links are then merged, strongest
 * first, as long as the merged groups stay alike on average, so that one chance link does not chain two facts.
 */
public final class ClaimGrouper {

    /** A pair links above this score. */
    static final double LINK = 0.30;
    /** Two groups merge when their cross-article pairs score this much on average. */
    static final double AVERAGE_LINK = 0.22;

    private final Semantics semantics;

    /** Lexical and semantic comparison. */
    public ClaimGrouper() {
        this(new Semantics());
    }

    /** @param semantics null to compare words only */
    public ClaimGrouper(Semantics semantics) {
        this.semantics = semantics;
    }

    /** Groups of member indexes; every member is in exactly one group, in order of first member. */
    public List<List<Integer>> group(List<GroupMember> members) {
        List<ClaimFeatures> features = new ArrayList<>(members.size());
        for (int i = 0; i < members.size(); i++) {
            features.add(ClaimFeatures.of(i, members.get(i)));
        }
        PairScorer scorer = new PairScorer(InverseFrequency.of(features), semantics, true);
        Map<String, List<ClaimFeatures>> blocks = new HashMap<>();
        for (ClaimFeatures claim : features) {
            blocks.computeIfAbsent(blockKey(claim), key -> new ArrayList<>()).add(claim);
        }
        List<Link> links = new ArrayList<>();
        Map<Long, Double> scores = new HashMap<>();
        for (List<ClaimFeatures> block : blocks.values()) {
            for (int a = 0; a < block.size(); a++) {
                for (int b = a + 1; b < block.size(); b++) {
                    ClaimFeatures left = block.get(a);
                    ClaimFeatures right = block.get(b);
                    if (left.articleId().equals(right.articleId())) {
                        continue;
                    }
                    double score = scorer.score(left, right);
                    scores.put(pairKey(left.index(), right.index()), score);
                    if (score >= LINK) {
                        links.add(new Link(left.index(), right.index(), score));
                    }
                }
            }
        }
        links.sort(Comparator.comparingDouble(Link::score).reversed());
        Clusters clusters = new Clusters(features);
        for (Link link : links) {
            clusters.mergeIfAlike(link.left(), link.right(), scores);
        }
        return clusters.groups();
    }

    private static String blockKey(ClaimFeatures claim) {
        return claim.kind() == ValueKind.DATE ? "DATE" : claim.kind() + "|" + claim.unit();
    }

    /** The block a claim is compared within: claims of different blocks never link. */
    public static String blockOf(GroupMember member) {
        return blockKey(ClaimFeatures.of(0, member));
    }

    /**
     * Whether two claims link directly: same block, different articles, and a pair score at or above the link
     * threshold. {@link #group} only ever merges claims along such links, so the groups of a collection are the
     * groups of each connected component of its links, computed alone.
     */
    public boolean links(GroupMember a, GroupMember b) {
        if (a.articleId().equals(b.articleId())) {
            return false;
        }
        ClaimFeatures left = ClaimFeatures.of(0, a);
        ClaimFeatures right = ClaimFeatures.of(1, b);
        if (!blockKey(left).equals(blockKey(right))) {
            return false;
        }
        return new PairScorer(term -> 1.0, semantics, true).score(left, right) >= LINK;
    }

    static long pairKey(int a, int b) {
        return a < b ? ((long) a << 32) | b : ((long) b << 32) | a;
    }

    private record Link(int left, int right, double score) {
    }
}
