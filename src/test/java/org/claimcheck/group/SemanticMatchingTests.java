package org.claimcheck.group;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;

import org.claimcheck.extract.ArticleInput;
import org.claimcheck.extract.Claim;
import org.claimcheck.extract.ClaimExtractor;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** What the sentence-embedding model adds to word matching: synonyms no vocabulary lists. */
class SemanticMatchingTests {

    private static final Semantics SEMANTICS = new Semantics();
    private static final ClaimExtractor EXTRACTOR = new ClaimExtractor();

    private static Claim claim(String text) {
        return EXTRACTOR.extract(new ArticleInput(text, "en", LocalDate.of(2025, 3, 5))).claims().get(0);
    }

    @ParameterizedTest(name = "{0} ~ {1}")
    @CsvSource({"physicians, doctors", "automobiles, cars", "troops, soldiers", "fatalities, deaths"})
    void synonymsAreClose(String a, String b) {
        assertTrue(SEMANTICS.similarity(a, b) >= 0.75, a + " ~ " + b + ": " + SEMANTICS.similarity(a, b));
    }

    @ParameterizedTest(name = "{0} !~ {1}")
    @CsvSource({"physicians, trucks", "automobiles, pupils", "containers, students"})
    void unrelatedNounsAreNot(String a, String b) {
        assertTrue(SEMANTICS.similarity(a, b) < 0.75, a + " !~ " + b + ": " + SEMANTICS.similarity(a, b));
    }

    @Test
    void aSynonymousCountedNounRaisesThePairScore() {
        ClaimFeatures left = ClaimFeatures.of(0, new GroupMember("a1",
                claim("Officials said 420 physicians left the besieged city of Korvath on Tuesday.")));
        ClaimFeatures right = ClaimFeatures.of(1, new GroupMember("a2",
                claim("Aid groups said 420 doctors have left the besieged city of Korvath.")));
        InverseFrequency rarity = InverseFrequency.of(List.of(left, right));
        double words = new PairScorer(rarity).score(left, right);
        double meaning = new PairScorer(rarity, SEMANTICS, false).score(left, right);
        assertEquals(0.3, meaning - words, 1e-9); // from "another noun" (-0.2) to "the same noun" (+0.1)
    }
}
