package org.claimcheck.group;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.claimcheck.normalize.ValueKind;

/**
 * Groups a growing collection of claims incrementally: a new claim is compared only with the groups of its block
 * (kind, unit, counted noun) that share one of its rarer terms, and joins the best one or starts its own, so the
 * store never regroups everything and grows near-linearly. The incremental twin of {@link ClaimGrouper}, with the
 * same pair scoring. Not thread-safe: the caller serializes changes.
 */
public final class GroupIndex {

    /** Compared with at most this many members of a candidate group, the latest first. */
    private static final int MEMBERS_COMPARED = 4;
    /** At most this many candidate groups per claim, those sharing most terms first. */
    private static final int CANDIDATES = 16;
    /** A term held by more groups of the block than this is too common there to find candidates by. */
    private static final int MAX_HOLDERS = 256;
    /** Terms held by more than this share of claims say nothing about which group a claim belongs to. */
    private static final double COMMON_TERM_SHARE = 0.2;
    /** A small store has no common terms yet: every term finds candidates until this many claims hold it. */
    private static final int MIN_COMMON = 50;

    private final Map<Long, Member> members = new HashMap<>();
    private final Map<Long, List<Long>> groups = new LinkedHashMap<>();
    private final Map<String, Map<String, Set<Long>>> groupsByBlockAndTerm = new HashMap<>();
    private final Map<String, Integer> termFrequency = new HashMap<>();
    private final Map<String, List<Long>> claimsByArticle = new HashMap<>();
    /** One scorer for the life of the index, so each claim's term vectors are weighed once, when first compared. */
    private final PairScorer scorer = new PairScorer(term -> Math.log(1.0 + (double) Math.max(members.size(), 1)
            / Math.max(1, termFrequency.getOrDefault(term, 0))), new Semantics(), false);
    private long nextGroupId = 1;

    private record Member(long claimId, long groupId, ClaimFeatures features) {
    }

    /** Places a claim in the best matching group, or a new one; returns the group's id. */
    public long add(long claimId, GroupMember claim) {
        ClaimFeatures features = ClaimFeatures.of((int) claimId, claim);
        long groupId = bestGroup(features);
        if (groupId < 0) {
            groupId = nextGroupId++;
        }
        place(claimId, groupId, features);
        return groupId;
    }

    /** Puts back a claim with the group it had, as when the store is loaded at start-up. */
    public void restore(long claimId, GroupMember claim, long groupId) {
        place(claimId, groupId, ClaimFeatures.of((int) claimId, claim));
        nextGroupId = Math.max(nextGroupId, groupId + 1);
    }

    /** Removes an article's claims; returns the ids of the groups that lost members. */
    public Set<Long> removeArticle(String articleId) {
        Set<Long> changed = new HashSet<>();
        for (long claimId : claimsByArticle.getOrDefault(articleId, List.of())) {
            Member member = members.remove(claimId);
            if (member == null) {
                continue;
            }
            changed.add(member.groupId());
            scorer.forget(member.features());
            List<Long> group = groups.get(member.groupId());
            group.remove(claimId);
            if (group.isEmpty()) {
                groups.remove(member.groupId());
            }
            for (String term : member.features().contextTerms().keySet()) {
                termFrequency.merge(term, -1, Integer::sum);
            }
        }
        claimsByArticle.remove(articleId);
        return changed;
    }

    /** The claim ids of a group, in the order they joined; empty when the group no longer exists. */
    public List<Long> members(long groupId) {
        return List.copyOf(groups.getOrDefault(groupId, List.of()));
    }

    public Collection<Long> groupIds() {
        return List.copyOf(groups.keySet());
    }

    public int size() {
        return members.size();
    }

    private void place(long claimId, long groupId, ClaimFeatures features) {
        members.put(claimId, new Member(claimId, groupId, features));
        groups.computeIfAbsent(groupId, id -> new ArrayList<>()).add(claimId);
        claimsByArticle.computeIfAbsent(features.articleId(), id -> new ArrayList<>()).add(claimId);
        Map<String, Set<Long>> byTerm = groupsByBlockAndTerm.computeIfAbsent(block(features), key -> new HashMap<>());
        for (String term : features.contextTerms().keySet()) {
            byTerm.computeIfAbsent(term, key -> new HashSet<>()).add(groupId);
            termFrequency.merge(term, 1, Integer::sum);
        }
    }

    private long bestGroup(ClaimFeatures claim) {
        Map<String, Set<Long>> byTerm = groupsByBlockAndTerm.get(block(claim));
        if (byTerm == null) {
            return -1;
        }
        Map<Long, Integer> shared = new HashMap<>();
        int common = Math.max(MIN_COMMON, (int) (COMMON_TERM_SHARE * Math.max(members.size(), 1)));
        for (String term : claim.contextTerms().keySet()) {
            Set<Long> holders = byTerm.get(term);
            if (holders == null || holders.size() > MAX_HOLDERS || termFrequency.getOrDefault(term, 0) > common) {
                continue;
            }
            for (long groupId : holders) {
                shared.merge(groupId, 1, Integer::sum);
            }
        }
        long best = -1;
        double bestAverage = ClaimGrouper.AVERAGE_LINK;
        List<Map.Entry<Long, Integer>> candidates = new ArrayList<>(shared.entrySet());
        candidates.sort(Map.Entry.<Long, Integer>comparingByValue().reversed());
        for (Map.Entry<Long, Integer> candidate : candidates.subList(0, Math.min(CANDIDATES, candidates.size()))) {
            List<Long> group = groups.get(candidate.getKey());
            if (group == null) {
                continue;
            }
            double sum = 0;
            double top = Double.NEGATIVE_INFINITY;
            int compared = 0;
            for (int i = group.size() - 1; i >= 0 && compared < MEMBERS_COMPARED; i--) {
                ClaimFeatures other = members.get(group.get(i)).features();
                if (other.articleId().equals(claim.articleId())) {
                    continue;
                }
                double score = scorer.score(claim, other);
                sum += score;
                top = Math.max(top, score);
                compared++;
            }
            if (compared > 0 && top >= ClaimGrouper.LINK && sum / compared >= bestAverage) {
                bestAverage = sum / compared;
                best = candidate.getKey();
            }
        }
        return best;
    }

    /** Claims are compared only within the same kind, unit and counted noun. */
    private static String block(ClaimFeatures claim) {
        String kind = claim.kind() == ValueKind.DATE ? "DATE" : claim.kind() + "|" + claim.unit();
        return kind + "|" + (claim.countedNoun() == null || claim.kind() != ValueKind.COUNT ? "" : claim.countedNoun());
    }
}
