package org.claimcheck.group;

import java.util.ArrayList;
import java.util.List;
import java.util.TreeMap;

import com.carrotsearch.hppc.LongDoubleHashMap;

import org.claimcheck.extract.ClaimFrame;

/** Groups being merged: union-find, with the average-link check that keeps two facts from chaining. */
final class Clusters {

    private final List<ClaimFeatures> features;
    private final int[] parent;
    private final List<List<Integer>> members = new ArrayList<>();
    /** Two groups merge when their cross-article pairs score this much on average. */
    private final double averageLink;
    /** ... and none of those pairs scores below this: one pair the model sets firmly apart keeps two groups apart. */
    private final double weakestLink;
    /**
     * ... and at least this when both groups hold claims of one article: an article seldom states one fact twice,
     * while a list of like figures ("78 in Beirut, 173 in Tianjin") is what a chain of links wrongly gathers.
     */
    private final double repeatLink;

    private final Deadline deadline;
    private long compared;

    Clusters(List<ClaimFeatures> features, double averageLink, double weakestLink, double repeatLink, Deadline deadline) {
        this.features = features;
        this.deadline = deadline;
        this.averageLink = averageLink;
        this.weakestLink = weakestLink;
        this.repeatLink = repeatLink;
        this.parent = new int[features.size()];
        for (int i = 0; i < parent.length; i++) {
            parent[i] = i;
            members.add(new ArrayList<>(List.of(i)));
        }
    }

    /**
     * Pairs of groups found not alike, by their roots and sizes: a group changes only by growing, so the same two
     * groups at the same sizes need not be compared again for each further link between them.
     */
    private final java.util.Set<List<Integer>> apart = new java.util.HashSet<>();

    void mergeIfAlike(int a, int b, LongDoubleHashMap scores) {
        int rootA = find(a);
        int rootB = find(b);
        if (rootA == rootB) {
            return;
        }
        List<Integer> state = rootA < rootB
                ? List.of(rootA, members.get(rootA).size(), rootB, members.get(rootB).size())
                : List.of(rootB, members.get(rootB).size(), rootA, members.get(rootA).size());
        if (apart.contains(state)) {
            return;
        }
        // the repeat link is off (0) or no higher than the average in most fits: look for a shared article only if it counts
        double needed = repeatLink > averageLink && shareArticle(members.get(rootA), members.get(rootB))
                ? repeatLink : averageLink;
        if (shareSentence(members.get(rootA), members.get(rootB))
                || averageScore(members.get(rootA), members.get(rootB), scores) < needed) {
            apart.add(state);
            return;
        }
        parent[rootB] = rootA;
        members.get(rootA).addAll(members.get(rootB));
        members.get(rootB).clear();
    }

    /**
     * Two values of one sentence are two facts ("killing 78 and injuring 4,000"), unless one is the figure the other
     * replaced ("rose from 64 to 2,975"), which belongs with it as an evolving figure.
     */
    /** Do the two groups hold claims of one article? */
    private boolean shareArticle(List<Integer> left, List<Integer> right) {
        java.util.Set<String> articles = new java.util.HashSet<>();
        for (int a : left) {
            articles.add(features.get(a).articleId());
        }
        for (int b : right) {
            if (articles.contains(features.get(b).articleId())) {
                return true;
            }
        }
        return false;
    }

    private boolean shareSentence(List<Integer> left, List<Integer> right) {
        for (int a : left) {
            ClaimFeatures x = features.get(a);
            for (int b : right) {
                if (++compared % Deadline.CHECK_EVERY == 0) {
                    deadline.check();
                }
                ClaimFeatures y = features.get(b);
                if (x.sentence().equals(y.sentence()) && x.frame().role() != ClaimFrame.Role.PREVIOUS
                        && y.frame().role() != ClaimFrame.Role.PREVIOUS) {
                    return true;
                }
            }
        }
        return false;
    }

    /**
     * The mean score over pairs from different articles, or -1 when one of them scores below the weakest link;
     * pairs never scored (other block) count as zero.
     */
    private double averageScore(List<Integer> left, List<Integer> right, LongDoubleHashMap scores) {
        double sum = 0;
        int pairs = 0;
        for (int a : left) {
            for (int b : right) {
                if (features.get(a).articleId().equals(features.get(b).articleId())) {
                    continue;
                }
                if (++compared % Deadline.CHECK_EVERY == 0) {
                    deadline.check();
                }
                double score = scores.getOrDefault(ClaimGrouper.pairKey(a, b), 0.0);
                if (score < weakestLink) {
                    return -1;
                }
                sum += score;
                pairs++;
            }
        }
        return pairs == 0 ? 0 : sum / pairs;
    }

    private int find(int i) {
        while (parent[i] != i) {
            parent[i] = parent[parent[i]];
            i = parent[i];
        }
        return i;
    }

    List<List<Integer>> groups() {
        TreeMap<Integer, List<Integer>> byFirst = new TreeMap<>();
        for (int i = 0; i < parent.length; i++) {
            byFirst.computeIfAbsent(firstOf(find(i)), key -> new ArrayList<>()).add(i);
        }
        return new ArrayList<>(byFirst.values());
    }

    private int firstOf(int root) {
        return members.get(root).stream().mapToInt(Integer::intValue).min().orElse(root);
    }
}
