package org.claimcheck.group;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import org.claimcheck.extract.ArticleInput;
import org.claimcheck.extract.ClaimExtractor;
import org.claimcheck.extract.TooManyClaimsException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * What bounds the work of grouping: the pairs it compares are counted before any is compared, a deadline stops it,
 * and extraction stops at a claim limit.
 */
class GroupingBudgetTests {

    private static final ClaimExtractor EXTRACTOR = new ClaimExtractor();
    private static final ClaimGrouper GROUPER = new ClaimGrouper();

    private static List<GroupMember> members(List<String> texts) {
        List<GroupMember> members = new ArrayList<>();
        for (int i = 0; i < texts.size(); i++) {
            String article = "a" + (i + 1);
            EXTRACTOR.extract(new ArticleInput(texts.get(i), "en", LocalDate.of(2024, 5, 1))).claims()
                    .forEach(claim -> members.add(new GroupMember(article, claim)));
        }
        return members;
    }

    static Stream<Arguments> comparisons() {
        return Stream.of(
                Arguments.of(List.of("About 100 people were rescued."), 0),
                Arguments.of(List.of("About 100 people were rescued.", "Some 200 people were rescued."), 1),
                Arguments.of(List.of("In Lima 100 people were rescued. In Quito 200 people were rescued.",
                        "Some 300 people were rescued."), 2),
                Arguments.of(List.of("In Lima 100 people were rescued. In Quito 200 people were rescued. "
                        + "In Cusco 300 people were rescued."), 0),
                Arguments.of(List.of("About 100 people were rescued.", "The quake was 5 km deep."), 0),
                Arguments.of(List.of("About 100 people were rescued. The quake was 5 km deep.",
                        "Some 300 people were rescued. The quake was 7 km deep."), 2),
                Arguments.of(List.of("About 100 people were rescued.", "Some 200 people were rescued.",
                        "Some 300 people were rescued."), 3),
                Arguments.of(List.of("In Lima 100 people were rescued. In Quito 200 people were rescued.",
                        "In Lima 300 people were rescued. In Quito 400 people were rescued.",
                        "In Lima 500 people were rescued."), 8));
    }

    @ParameterizedTest
    @MethodSource
    void comparisons(List<String> articles, long expected) {
        assertEquals(expected, ClaimGrouper.comparisons(members(articles)));
    }

    @Test
    void groupingGivesUpAtItsDeadline() {
        List<GroupMember> members = members(List.of("About 100 people were rescued.", "Some 200 people were rescued."));
        assertThrows(Deadline.Exceeded.class, () -> GROUPER.group(members, Deadline.after(Duration.ZERO)));
    }

    @Test
    void groupingWithinItsDeadlineGivesTheSameGroups() {
        List<GroupMember> members = members(List.of("About 100 people were rescued. The quake was 5 km deep.",
                "Some 300 people were rescued. The quake was 7 km deep.", "Rescuers saved 250 people."));
        assertEquals(GROUPER.group(members), GROUPER.group(members, Deadline.after(Duration.ofMinutes(5))));
    }

    @Test
    void extractionStopsAtTheClaimLimit() {
        ArticleInput input = new ArticleInput("In Lima 100 people were rescued. In Quito 200 people were rescued. "
                + "In Cusco 300 people were rescued.", "en", LocalDate.of(2024, 5, 1));
        assertEquals(3, EXTRACTOR.extract(input, 3).claims().size());
        TooManyClaimsException refused = assertThrows(TooManyClaimsException.class, () -> EXTRACTOR.extract(input, 2));
        assertEquals(2, refused.limit());
    }
}
