package org.claimcheck.group;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.TreeSet;

import org.claimcheck.extract.Claim;
import org.claimcheck.extract.Modality;
import org.claimcheck.normalize.Language;
import org.claimcheck.normalize.NumericValue;
import org.claimcheck.normalize.ValueKind;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The store's index against a fake engine whose links are a fixed random relation and whose groups split each
 * component of the links by a fact label: whatever articles come and go, in whatever order, the index's groups are
 * those the engine gives for the whole collection, the groups it reports changed are exactly those that did, and
 * it scores each new claim only against the claims of its block.
 */
class GroupIndexTests {

    /** A claim's name is "block:fact:serial", in its subject. */
    private static GroupMember claim(String article, String block, int fact, int serial) {
        Claim claim = new Claim(0, 1, "1", NumericValue.exact(ValueKind.COUNT, java.math.BigDecimal.ONE, null), "1.",
                block + ":" + fact + ":" + serial, null, List.of(), List.of(), List.of(), null, Modality.FACT,
                LocalDate.of(2025, 1, 1), LocalDate.of(2025, 1, 1), Language.EN, false);
        return new GroupMember(article, claim);
    }

    private static final class FakeEngine implements GroupIndex.Engine {
        private final long seed;
        private final double linkShare;
        int linkCalls;

        FakeEngine(long seed, double linkShare) {
            this.seed = seed;
            this.linkShare = linkShare;
        }

        @Override
        public String blockOf(GroupMember member) {
            return member.claim().subject().split(":")[0];
        }

        @Override
        public boolean links(GroupMember a, GroupMember b) {
            linkCalls++;
            return linked(a, b);
        }

        boolean linked(GroupMember a, GroupMember b) {
            if (a.articleId().equals(b.articleId()) || !blockOf(a).equals(blockOf(b))) {
                return false;
            }
            String x = a.claim().subject();
            String y = b.claim().subject();
            String pair = x.compareTo(y) < 0 ? x + "|" + y : y + "|" + x;
            return new Random(seed * 31 + pair.hashCode()).nextDouble() < linkShare;
        }

        /** Components of the links among the members, each split by fact, in order of first member. */
        @Override
        public List<List<Integer>> group(List<GroupMember> members) {
            int[] component = new int[members.size()];
            java.util.Arrays.fill(component, -1);
            for (int i = 0; i < members.size(); i++) {
                if (component[i] >= 0) {
                    continue;
                }
                component[i] = i;
                java.util.ArrayDeque<Integer> frontier = new java.util.ArrayDeque<>(List.of(i));
                while (!frontier.isEmpty()) {
                    int at = frontier.poll();
                    for (int j = 0; j < members.size(); j++) {
                        if (component[j] < 0 && linked(members.get(at), members.get(j))) {
                            component[j] = i;
                            frontier.add(j);
                        }
                    }
                }
            }
            Map<String, List<Integer>> groups = new LinkedHashMap<>();
            for (int i = 0; i < members.size(); i++) {
                String fact = members.get(i).claim().subject().split(":")[1];
                groups.computeIfAbsent(component[i] + "|" + fact, key -> new ArrayList<>()).add(i);
            }
            return new ArrayList<>(groups.values());
        }
    }

    /** The articles of a random run: each holds one to five claims of random blocks and facts. */
    private static Map<String, List<GroupMember>> articles(Random random, int count) {
        Map<String, List<GroupMember>> articles = new LinkedHashMap<>();
        int serial = 0;
        for (int a = 0; a < count; a++) {
            String article = "a" + a;
            List<GroupMember> claims = new ArrayList<>();
            for (int c = 1 + random.nextInt(5); c > 0; c--) {
                claims.add(claim(article, random.nextBoolean() ? "A" : "B", random.nextInt(4), serial++));
            }
            articles.put(article, claims);
        }
        return articles;
    }

    /** The index's groups as sets of claim names, by group id. */
    private static Map<Long, Set<String>> groupsOf(GroupIndex index, Map<Long, GroupMember> byId) {
        Map<Long, Set<String>> groups = new HashMap<>();
        for (long groupId : index.groupIds()) {
            Set<String> names = new TreeSet<>();
            for (long claimId : index.members(groupId)) {
                names.add(byId.get(claimId).claim().subject());
                assertEquals(groupId, index.groupOf(claimId));
            }
            groups.put(groupId, names);
        }
        return groups;
    }

    /** What the engine gives for all present claims at once, in claim-id order. */
    private static Set<Set<String>> expected(FakeEngine engine, SortedMap<Long, GroupMember> present) {
        List<GroupMember> members = new ArrayList<>(present.values());
        Set<Set<String>> groups = new HashSet<>();
        for (List<Integer> group : engine.group(members)) {
            Set<String> names = new TreeSet<>();
            group.forEach(i -> names.add(members.get(i).claim().subject()));
            groups.add(names);
        }
        return groups;
    }

    private static Set<Long> actuallyChanged(Map<Long, Set<String>> before, Map<Long, Set<String>> after) {
        Set<Long> changed = new HashSet<>();
        Set<Long> ids = new HashSet<>(before.keySet());
        ids.addAll(after.keySet());
        for (long id : ids) {
            if (!java.util.Objects.equals(before.get(id), after.get(id))) {
                changed.add(id);
            }
        }
        return changed;
    }

    @ParameterizedTest(name = "seed {0}")
    @ValueSource(longs = {1, 2, 3, 4, 5, 6, 7, 8})
    void articlesComingAndGoingGiveTheEngineGroupsOfTheWholeCollection(long seed) {
        Random random = new Random(seed);
        FakeEngine engine = new FakeEngine(seed, 0.08 + 0.04 * (seed % 4));
        GroupIndex index = new GroupIndex(engine);
        Map<String, List<GroupMember>> articles = articles(random, 24);
        List<String> names = new ArrayList<>(articles.keySet());
        Map<String, List<Long>> stored = new HashMap<>();
        SortedMap<Long, GroupMember> present = new TreeMap<>();
        Map<Long, GroupMember> everyId = new HashMap<>();
        long nextClaimId = 1;
        for (int step = 0; step < 160; step++) {
            String article = names.get(random.nextInt(names.size()));
            Map<Long, Set<String>> before = groupsOf(index, everyId);
            Set<Long> reported;
            if (stored.containsKey(article)) {
                stored.remove(article).forEach(present::remove);
                reported = index.removeArticle(article);
            } else {
                SortedMap<Long, GroupMember> added = new TreeMap<>();
                for (GroupMember claim : articles.get(article)) {
                    added.put(nextClaimId++, claim);
                }
                long blockSize = present.values().stream().filter(m -> !m.articleId().equals(article)).count();
                engine.linkCalls = 0;
                reported = index.add(added);
                assertTrue(engine.linkCalls <= added.size() * blockSize, "only new claims against the rest are scored");
                stored.put(article, new ArrayList<>(added.keySet()));
                present.putAll(added);
                everyId.putAll(added);
            }
            Map<Long, Set<String>> after = groupsOf(index, everyId);
            assertEquals(expected(engine, present), new HashSet<>(after.values()), "step " + step);
            assertEquals(actuallyChanged(before, after), reported, "step " + step + ": the groups reported changed");
            assertEquals(present.size(), index.size());
        }
    }

    @Test
    void restoringTheStoredGroupsChangesNothingAndIdsAreKept() {
        Random random = new Random(11);
        FakeEngine engine = new FakeEngine(11, 0.12);
        GroupIndex index = new GroupIndex(engine);
        SortedMap<Long, GroupMember> all = new TreeMap<>();
        long claimId = 1;
        for (List<GroupMember> article : articles(random, 20).values()) {
            SortedMap<Long, GroupMember> added = new TreeMap<>();
            for (GroupMember claim : article) {
                added.put(claimId++, claim);
            }
            index.add(added);
            all.putAll(added);
        }
        GroupIndex loaded = new GroupIndex(engine);
        all.forEach((id, claim) -> loaded.restore(id, claim, index.groupOf(id)));
        assertEquals(Set.of(), loaded.regroupRestored());
        assertEquals(groupsOf(index, all), groupsOf(loaded, all));

        // Stored with no groups, or with groups another engine made: regrouped, and every group rewritten is named.
        GroupIndex scrambled = new GroupIndex(engine);
        all.forEach((id, claim) -> scrambled.restore(id, claim, id % 3 == 0 ? null : 1 + id % 5));
        Map<Long, Set<String>> before = groupsOf(scrambled, all);
        Set<Long> changed = scrambled.regroupRestored();
        Map<Long, Set<String>> after = groupsOf(scrambled, all);
        assertEquals(expected(engine, all), new HashSet<>(after.values()));
        assertEquals(actuallyChanged(before, after), changed);
    }

    @Test
    void aGroupKeepsTheIdOfTheOldGroupItSharesMostClaimsWith() {
        // x1 (article 1) links y2 (article 2) and z3 (article 3); one fact: one group, whatever joins it.
        GroupIndex.Engine engine = new GroupIndex.Engine() {
            @Override
            public String blockOf(GroupMember member) {
                return "A";
            }

            @Override
            public boolean links(GroupMember a, GroupMember b) {
                return !a.articleId().equals(b.articleId());
            }

            @Override
            public List<List<Integer>> group(List<GroupMember> members) {
                List<Integer> all = new ArrayList<>();
                for (int i = 0; i < members.size(); i++) {
                    all.add(i);
                }
                return List.of(all);
            }
        };
        GroupIndex index = new GroupIndex(engine);
        assertEquals(Set.of(1L), index.add(new TreeMap<>(Map.of(1L, claim("a1", "A", 0, 1)))));
        assertEquals(Set.of(1L), index.add(new TreeMap<>(Map.of(2L, claim("a2", "A", 0, 2)))));
        assertEquals(List.of(1L, 2L), index.members(1));
        assertEquals(Set.of(1L), index.removeArticle("a1"));
        assertEquals(List.of(2L), index.members(1));
        assertEquals(Set.of(1L), index.removeArticle("a2"));
        assertEquals(List.of(), index.members(1));
        assertEquals(Set.of(2L), index.add(new TreeMap<>(Map.of(3L, claim("a3", "A", 0, 3)))), "a fresh id, never reused");
    }

    @Test
    void addingGivesUpOnceTheNewClaimsMakeMoreLinksThanAllowed() {
        FakeEngine engine = new FakeEngine(5, 1.0); // every two claims of one block from two articles link
        GroupIndex index = new GroupIndex(engine);
        index.add(new TreeMap<>(Map.of(1L, claim("a1", "A", 0, 1), 2L, claim("a1", "A", 0, 2))));
        // two new claims, each linking both stored ones: four links
        SortedMap<Long, GroupMember> four = new TreeMap<>(Map.of(3L, claim("a2", "A", 0, 3), 4L, claim("a2", "A", 0, 4)));
        GroupIndex.TooManyLinksException refused = assertThrows(GroupIndex.TooManyLinksException.class,
                () -> index.add(four, Deadline.none(), 3));
        assertEquals(3, refused.limit());

        GroupIndex fresh = new GroupIndex(engine);
        fresh.add(new TreeMap<>(Map.of(1L, claim("a1", "A", 0, 1), 2L, claim("a1", "A", 0, 2))));
        fresh.add(four, Deadline.none(), 4);
        assertEquals(1, fresh.groupIds().size(), "at the limit, the claims are added");
    }

    @Test
    void addingGivesUpAtTheDeadline() {
        GroupIndex index = new GroupIndex(new FakeEngine(5, 1.0));
        assertThrows(Deadline.Exceeded.class, () -> index.add(
                new TreeMap<>(Map.of(1L, claim("a1", "A", 0, 1))), Deadline.after(java.time.Duration.ZERO)));
    }
}
