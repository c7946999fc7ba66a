package org.claimcheck.group;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.stream.Stream;

import org.claimcheck.extract.Claim;
import org.claimcheck.normalize.Value;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Which fact a claim states is decided from what it says, never from its value: shuffling the values among the
 * claims of a story (within a kind and unit, so that each claim stays in its block) leaves every group as it was.
 */
class ValueBlindGroupingTest {

    private static final ClaimGrouper GROUPER = new ClaimGrouper();

    static Stream<Path> corpora() {
        List<Path> dirs = Corpus.directories();
        assertTrue(dirs.size() >= 3, "the evaluation stories are at ../shared/eval/corpus and claims-fixtures/corpora");
        return dirs.stream();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("corpora")
    void shuffledValuesGiveTheSameGroups(Path dir) {
        List<GroupMember> members = Corpus.read(dir).members();
        List<GroupMember> shuffled = shuffleValues(members, new Random(20261130));
        int moved = 0;
        for (int i = 0; i < members.size(); i++) {
            moved += members.get(i).claim().value().equals(shuffled.get(i).claim().value()) ? 0 : 1;
        }
        assertTrue(moved > members.size() / 4, "the shuffle moved only " + moved + " of " + members.size() + " values");
        assertEquals(GROUPER.group(members), GROUPER.group(shuffled));
    }

    private static List<GroupMember> shuffleValues(List<GroupMember> members, Random random) {
        Map<String, List<Integer>> byBlock = new HashMap<>();
        for (int i = 0; i < members.size(); i++) {
            byBlock.computeIfAbsent(ClaimGrouper.blockOf(members.get(i)), key -> new ArrayList<>()).add(i);
        }
        List<GroupMember> shuffled = new ArrayList<>(members);
        for (List<Integer> block : byBlock.values()) {
            List<Value> values = new ArrayList<>(block.stream().map(i -> members.get(i).claim().value()).toList());
            Collections.shuffle(values, random);
            for (int k = 0; k < block.size(); k++) {
                GroupMember member = members.get(block.get(k));
                shuffled.set(block.get(k), new GroupMember(member.articleId(), withValue(member.claim(), values.get(k))));
            }
        }
        return shuffled;
    }

    private static Claim withValue(Claim c, Value value) {
        return new Claim(c.start(), c.end(), c.text(), value, c.sentence(), c.subject(), c.counted(), c.eventWords(),
                c.entities(), c.precedingWords(), c.attribution(), c.modality(), c.asOf(), c.asOfFrom(), c.language(),
                c.relative(), c.frame());
    }
}
