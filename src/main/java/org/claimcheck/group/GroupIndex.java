package org.claimcheck.group;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** INTERIM: places a claim in the group of its block it is most alike on average. Not thread-safe. */
public final class GroupIndex {

    private final PairModel model = PairModel.standard();
    private final Semantics semantics = new Semantics();
    private final Map<Long, ClaimFeatures> members = new HashMap<>();
    private final Map<Long, Long> groupOf = new HashMap<>();
    private final Map<Long, List<Long>> groups = new LinkedHashMap<>();
    private final Map<String, List<Long>> claimsByArticle = new HashMap<>();
    private long nextGroupId = 1;

    public long add(long claimId, GroupMember claim) {
        ClaimFeatures features = ClaimFeatures.of((int) claimId, claim);
        long best = -1;
        double bestAverage = model.threshold();
        for (Map.Entry<Long, List<Long>> group : groups.entrySet()) {
            double sum = 0;
            int compared = 0;
            for (long other : group.getValue()) {
                ClaimFeatures them = members.get(other);
                if (!them.block().equals(features.block()) || them.articleId().equals(features.articleId())) {
                    continue;
                }
                sum += model.probability(features, them, semantics);
                compared++;
            }
            if (compared > 0 && sum / compared >= bestAverage) {
                bestAverage = sum / compared;
                best = group.getKey();
            }
        }
        long groupId = best < 0 ? nextGroupId++ : best;
        place(claimId, groupId, features);
        return groupId;
    }

    public void restore(long claimId, GroupMember claim, long groupId) {
        place(claimId, groupId, ClaimFeatures.of((int) claimId, claim));
        nextGroupId = Math.max(nextGroupId, groupId + 1);
    }

    public Set<Long> removeArticle(String articleId) {
        Set<Long> changed = new HashSet<>();
        for (long claimId : claimsByArticle.getOrDefault(articleId, List.of())) {
            members.remove(claimId);
            Long groupId = groupOf.remove(claimId);
            if (groupId == null) {
                continue;
            }
            changed.add(groupId);
            List<Long> group = groups.get(groupId);
            group.remove(claimId);
            if (group.isEmpty()) {
                groups.remove(groupId);
            }
        }
        claimsByArticle.remove(articleId);
        return changed;
    }

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
        members.put(claimId, features);
        groupOf.put(claimId, groupId);
        groups.computeIfAbsent(groupId, id -> new ArrayList<>()).add(claimId);
        claimsByArticle.computeIfAbsent(features.articleId(), id -> new ArrayList<>()).add(claimId);
    }
}
