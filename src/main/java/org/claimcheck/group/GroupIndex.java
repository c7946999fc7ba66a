package org.claimcheck.group;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.NavigableSet;
import java.util.Objects;
import java.util.Set;
import java.util.SortedMap;
import java.util.TreeSet;

/**
 * The groups of the growing store, computed by the same engine as a report: {@link ClaimGrouper#group} over each
 * connected component of the link graph ({@link ClaimGrouper#links}). The groups of a collection are the union of
 * the groups of its components, each grouped alone, so when an article arrives only the components its claims join
 * are regrouped, and when one leaves only the components it held; the store's groups are always those
 * {@code POST /api/analyze} gives for the same articles, in the same order.
 * <p>
 * Each claim's links are computed once, when it arrives, against the claims of its block, and kept both ways, so
 * that removing an article needs no scoring to find the components it splits. Group ids are stable: after a
 * regrouping, each new group keeps the id of the old group it shares most claims with (ties to the smaller id, each
 * old id used once), and the others get fresh ids. Members are handed to the engine in claim-id order, which is the
 * order the claims were stored in (article order, then position), as a report orders them. Not thread-safe: the
 * caller serializes changes.
 */
public final class GroupIndex {

    /** What the index needs of the grouping engine; {@link ClaimGrouper} in production, a fake in tests. */
    interface Engine {
        String blockOf(GroupMember member);

        boolean links(GroupMember a, GroupMember b);

        List<List<Integer>> group(List<GroupMember> members);

        /** {@link #group(List)} that gives up once the deadline has passed. */
        default List<List<Integer>> group(List<GroupMember> members, Deadline deadline) {
            deadline.check();
            return group(members);
        }

        /** The claim has left the index: what the engine kept of it may go. */
        default void forget(GroupMember member) {
        }
    }

    private static final long NONE = 0;

    private final Engine engine;
    private final Map<Long, Member> members = new HashMap<>();
    /** Per block, its claims' ids: a claim is compared only with these. */
    private final Map<String, NavigableSet<Long>> blocks = new HashMap<>();
    private final Map<String, List<Long>> claimsByArticle = new HashMap<>();
    /** Per group id, its claims' ids in order. */
    private final Map<Long, NavigableSet<Long>> groups = new HashMap<>();
    /** Claims put back by {@link #restore}, not regrouped yet. */
    private final List<Long> restored = new ArrayList<>();
    private long nextGroupId = 1;
    /** How many links the claims being added may make, and how many they have made. */
    private long linkLimit = Long.MAX_VALUE;
    private long linksMade;

    private static final class Member {
        final long claimId;
        final GroupMember claim;
        final String block;
        /** The claims this one links with, both ways. */
        final Set<Long> links = new HashSet<>();
        long groupId = NONE;

        Member(long claimId, GroupMember claim, String block) {
            this.claimId = claimId;
            this.claim = claim;
            this.block = block;
        }
    }

    /** Groups with the lexical and semantic engine. */
    public GroupIndex() {
        this(new ClaimGrouper());
    }

    public GroupIndex(ClaimGrouper grouper) {
        this(new Engine() {
            /** Each claim's features are read once, not at every comparison: a claim meets its whole block. */
            private final Map<GroupMember, ClaimGrouper.Prepared> prepared = new java.util.IdentityHashMap<>();

            @Override
            public String blockOf(GroupMember member) {
                return ClaimGrouper.blockOf(member);
            }

            @Override
            public boolean links(GroupMember a, GroupMember b) {
                return grouper.links(prepared.computeIfAbsent(a, grouper::prepare), prepared.computeIfAbsent(b, grouper::prepare));
            }

            @Override
            public void forget(GroupMember member) {
                prepared.remove(member);
            }

            @Override
            public List<List<Integer>> group(List<GroupMember> members) {
                return group(members, Deadline.none());
            }

            @Override
            public List<List<Integer>> group(List<GroupMember> members, Deadline deadline) {
                return grouper.groupPrepared(members.stream().map(member -> prepared.computeIfAbsent(member, grouper::prepare)).toList(),
                        deadline);
            }
        });
    }

    GroupIndex(Engine engine) {
        this.engine = Objects.requireNonNull(engine, "engine");
    }

    /**
     * Adds claims (usually one article's) and regroups the components they join.
     *
     * @param claims by claim id; ids must be new, and larger ids are claims stored later
     * @return the ids of every group whose claims changed, including groups that no longer exist
     */
    public Set<Long> add(SortedMap<Long, GroupMember> claims) {
        return add(claims, Deadline.none());
    }

    /**
     * {@link #add(SortedMap)} that gives up once the deadline has passed. The index is then left half-changed: the
     * caller drops it and loads it again, as after any failed write.
     *
     * @throws Deadline.Exceeded when the deadline has passed
     */
    public Set<Long> add(SortedMap<Long, GroupMember> claims, Deadline deadline) {
        return add(claims, deadline, Long.MAX_VALUE);
    }

    /**
     * {@link #add(SortedMap, Deadline)} that also gives up once the new claims make more than {@code maxLinks} links:
     * the index keeps every link, so a text of nothing but figures that all link with each other would otherwise
     * grow it without bound. The index is then left half-changed, as at a deadline.
     *
     * @throws TooManyLinksException when they make more
     */
    public Set<Long> add(SortedMap<Long, GroupMember> claims, Deadline deadline, long maxLinks) {
        if (!claims.isEmpty()) {
            deadline.check();
        }
        linkLimit = maxLinks;
        linksMade = 0;
        try {
            List<Long> added = new ArrayList<>(claims.size());
            claims.forEach((claimId, claim) -> {
                insert(claimId, claim, deadline);
                added.add(claimId);
            });
            return regroup(added, deadline);
        } finally {
            linkLimit = Long.MAX_VALUE;
        }
    }

    /** The claims being added made more links than allowed. */
    public static final class TooManyLinksException extends RuntimeException {
        private final long limit;

        TooManyLinksException(long limit) {
            super("the new claims make more than " + limit + " links", null, false, false);
            this.limit = limit;
        }

        public long limit() {
            return limit;
        }
    }

    /** Adds one claim; the id of the group it is in afterwards. Other groups may change too: see {@link #add(SortedMap)}. */
    public long add(long claimId, GroupMember claim) {
        add(new java.util.TreeMap<>(Map.of(claimId, claim)));
        return groupOf(claimId);
    }

    /**
     * Puts back a stored claim with the group it had (or none), as when the store is loaded at start-up. The claims
     * put back are regrouped together by {@link #regroupRestored()}, once all are in.
     */
    public void restore(long claimId, GroupMember claim, Long groupId) {
        Member member = insert(claimId, claim, Deadline.none());
        if (groupId != null && groupId != NONE) {
            member.groupId = groupId;
            groups.computeIfAbsent(groupId, id -> new TreeSet<>()).add(claimId);
            nextGroupId = Math.max(nextGroupId, groupId + 1);
        }
        restored.add(claimId);
    }

    /**
     * Regroups the claims put back by {@link #restore}, so that the groups are what the engine gives, whatever
     * engine stored them; the ids of the groups that changed, whose rows need rewriting.
     */
    public Set<Long> regroupRestored() {
        List<Long> seeds = new ArrayList<>(restored);
        restored.clear();
        return regroup(seeds, Deadline.none());
    }

    /** Removes an article's claims and regroups the components they held; the ids of every group that changed. */
    public Set<Long> removeArticle(String articleId) {
        List<Long> claimIds = claimsByArticle.remove(articleId);
        if (claimIds == null) {
            return Set.of();
        }
        Set<Long> changed = new HashSet<>();
        List<Long> neighbours = new ArrayList<>();
        for (long claimId : claimIds) {
            Member member = members.remove(claimId);
            engine.forget(member.claim);
            blocks.get(member.block).remove(claimId);
            if (member.groupId != NONE) {
                NavigableSet<Long> group = groups.get(member.groupId);
                group.remove(claimId);
                if (group.isEmpty()) {
                    groups.remove(member.groupId);
                }
                changed.add(member.groupId);
            }
            neighbours.addAll(member.links);
        }
        restored.removeAll(claimIds);
        Set<Long> seeds = new TreeSet<>();
        for (long neighbour : neighbours) {
            Member member = members.get(neighbour);
            if (member != null) {
                member.links.removeAll(claimIds);
                seeds.add(neighbour);
            }
        }
        // Groups that lost claims: their remaining members are linked to a seed, so they are regrouped below.
        changed.addAll(regroup(seeds, Deadline.none()));
        return changed;
    }

    /** The claim ids of a group, in order; empty when the group no longer exists. */
    public List<Long> members(long groupId) {
        return List.copyOf(groups.getOrDefault(groupId, new TreeSet<>()));
    }

    /** The group a claim is in, or 0 when the claim is unknown or not grouped yet. */
    public long groupOf(long claimId) {
        Member member = members.get(claimId);
        return member == null ? NONE : member.groupId;
    }

    public Collection<Long> groupIds() {
        return List.copyOf(groups.keySet());
    }

    public int size() {
        return members.size();
    }

    /** Links a new claim with every claim of its block that it links with. */
    private Member insert(long claimId, GroupMember claim, Deadline deadline) {
        if (members.containsKey(claimId)) {
            throw new IllegalArgumentException("claim " + claimId + " is already in the index");
        }
        Member member = new Member(claimId, claim, engine.blockOf(claim));
        NavigableSet<Long> block = blocks.computeIfAbsent(member.block, key -> new TreeSet<>());
        int compared = 0;
        for (long otherId : block) {
            if (++compared % Deadline.CHECK_EVERY == 0) {
                deadline.check();
            }
            Member other = members.get(otherId);
            if (other.claim.articleId().equals(claim.articleId())) {
                continue;
            }
            // The earlier claim first, as the engine meets the pair when it groups them in order.
            boolean linked = otherId < claimId ? engine.links(other.claim, claim) : engine.links(claim, other.claim);
            if (linked) {
                if (++linksMade > linkLimit) {
                    throw new TooManyLinksException(linkLimit);
                }
                member.links.add(otherId);
                other.links.add(claimId);
            }
        }
        members.put(claimId, member);
        block.add(claimId);
        claimsByArticle.computeIfAbsent(claim.articleId(), key -> new ArrayList<>()).add(claimId);
        return member;
    }

    /**
     * Regroups the components holding the seeds, and every component holding a claim of a group they touch (so that
     * each old group is either wholly regrouped or untouched); the ids of the groups that changed.
     */
    private Set<Long> regroup(Collection<Long> seeds, Deadline deadline) {
        Set<Long> seen = new HashSet<>();
        List<List<Long>> components = new ArrayList<>();
        ArrayDeque<Long> pending = new ArrayDeque<>(new TreeSet<>(seeds));
        while (!pending.isEmpty()) {
            long start = pending.poll();
            if (!members.containsKey(start) || !seen.add(start)) {
                continue;
            }
            List<Long> component = new ArrayList<>();
            ArrayDeque<Long> frontier = new ArrayDeque<>(List.of(start));
            while (!frontier.isEmpty()) {
                Member member = members.get(frontier.poll());
                component.add(member.claimId);
                for (long next : member.links) {
                    if (seen.add(next)) {
                        frontier.add(next);
                    }
                }
                if (member.groupId != NONE) {
                    for (long mate : groups.get(member.groupId)) {
                        if (!seen.contains(mate)) {
                            pending.add(mate);
                        }
                    }
                }
            }
            component.sort(Comparator.naturalOrder());
            components.add(component);
        }
        List<List<Long>> clusters = new ArrayList<>();
        for (List<Long> component : components) {
            if (component.size() == 1) {
                clusters.add(component);
                continue;
            }
            List<GroupMember> claims = component.stream().map(id -> members.get(id).claim).toList();
            for (List<Integer> indexes : engine.group(claims, deadline)) {
                clusters.add(indexes.stream().map(component::get).sorted().toList());
            }
        }
        clusters.sort(Comparator.comparing(cluster -> cluster.get(0)));
        return assign(clusters);
    }

    private record Overlap(int cluster, long groupId, int shared) {
    }

    /** Gives each cluster a group id, the old one it shares most claims with when free, and applies them. */
    private Set<Long> assign(List<List<Long>> clusters) {
        List<Overlap> overlaps = new ArrayList<>();
        Map<Long, NavigableSet<Long>> before = new HashMap<>();
        for (int i = 0; i < clusters.size(); i++) {
            Map<Long, Integer> shared = new HashMap<>();
            for (long claimId : clusters.get(i)) {
                long groupId = members.get(claimId).groupId;
                if (groupId != NONE) {
                    shared.merge(groupId, 1, Integer::sum);
                    before.computeIfAbsent(groupId, id -> new TreeSet<>(groups.get(id)));
                }
            }
            int cluster = i;
            shared.forEach((groupId, count) -> overlaps.add(new Overlap(cluster, groupId, count)));
        }
        overlaps.sort(Comparator.comparingInt(Overlap::shared).reversed().thenComparingLong(Overlap::groupId)
                .thenComparingInt(Overlap::cluster));
        long[] ids = new long[clusters.size()];
        Set<Long> used = new HashSet<>();
        for (Overlap overlap : overlaps) {
            if (ids[overlap.cluster()] == NONE && !used.contains(overlap.groupId())) {
                ids[overlap.cluster()] = overlap.groupId();
                used.add(overlap.groupId());
            }
        }
        for (long groupId : before.keySet()) {
            groups.remove(groupId);
        }
        Set<Long> changed = new HashSet<>();
        for (int i = 0; i < clusters.size(); i++) {
            if (ids[i] == NONE) {
                ids[i] = nextGroupId++;
            }
            NavigableSet<Long> group = new TreeSet<>(clusters.get(i));
            groups.put(ids[i], group);
            for (long claimId : group) {
                members.get(claimId).groupId = ids[i];
            }
            if (!group.equals(before.get(ids[i]))) {
                changed.add(ids[i]);
            }
        }
        for (long groupId : before.keySet()) {
            if (!groups.containsKey(groupId)) {
                changed.add(groupId);
            }
        }
        return changed;
    }
}
