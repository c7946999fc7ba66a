package org.claimcheck.reconcile;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.claimcheck.extract.Claim;
import org.claimcheck.extract.Modality;
import org.claimcheck.normalize.Language;
import org.claimcheck.normalize.Value;
import org.claimcheck.normalize.ValueNormalizer;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Status of a two-outlet group by the values and the days they refer to: each row is one outlet's expression and
 * day against the other's.
 */
class GroupReconcilerTests {

    private static final ValueNormalizer NORMALIZER = new ValueNormalizer();

    private static ReconcileInput input(String id, String outlet, String expression, String asOfFrom, String asOf) {
        LocalDate reference = LocalDate.parse(asOf);
        Value value = NORMALIZER.normalize(expression, Language.EN, reference).orElseThrow();
        Claim claim = new Claim(0, expression.length(), expression, value, expression, "soldiers", "soldiers", List.of(),
                List.of(), List.of(), null, Modality.FACT, reference, LocalDate.parse(asOfFrom), Language.EN, false);
        return new ReconcileInput(id, outlet, outlet, claim);
    }

    @ParameterizedTest(name = "{0} / {3} -> {6}")
    @CsvSource(delimiter = '|', value = {
            "more than 11,000 | 2024-06-18 | 2024-06-18 | 20,000              | 2024-12-18 | 2024-12-18 | CONSISTENT",
            "between 20 and 30 | 2024-06-18 | 2024-06-18 | dozens of soldiers | 2024-06-19 | 2024-06-19 | CONSISTENT",
            "some 5,000       | 2024-06-18 | 2024-06-18 | more than 11,000    | 2024-06-18 | 2024-06-18 | CONFLICT",
            "100 kilometers   | 2015-06-15 | 2015-06-15 | 62 miles            | 2015-06-15 | 2015-06-15 | CONSISTENT",
            "June 2024        | 2024-10-23 | 2024-10-23 | June 19, 2024       | 2024-06-19 | 2024-06-19 | CONSISTENT",
            "June 18, 2024    | 2024-10-23 | 2024-10-23 | June 19, 2024       | 2024-06-19 | 2024-06-19 | CONFLICT",
            "175 people       | 2024-03-01 | 2024-03-01 | 398 people          | 2024-03-03 | 2024-03-03 | CONFLICT",
            "175 people       | 2024-03-01 | 2024-03-01 | 398 people          | 2024-03-10 | 2024-03-10 | EVOLVING",
            "10,000 soldiers  | 2024-12-01 | 2024-12-31 | 11,000 soldiers     | 2024-12-18 | 2024-12-18 | CONFLICT",
            "nearly 3,000     | 2024-10-23 | 2024-10-23 | 11,000 soldiers     | 2024-12-18 | 2024-12-18 | EVOLVING",
            "up to 12,000     | 2024-10-23 | 2024-10-23 | 11,000 soldiers     | 2024-12-18 | 2024-12-18 | CONSISTENT",
            "11,000 soldiers  | 2024-12-18 | 2024-12-18 | 11,040 soldiers     | 2024-12-18 | 2024-12-18 | CONSISTENT",
            "11,000 soldiers  | 2024-12-18 | 2024-12-18 | 12,000 soldiers     | 2024-12-18 | 2024-12-18 | CONFLICT",
            "24 years         | 2024-06-18 | 2024-06-18 | almost a quarter of a century | 2024-06-19 | 2024-06-19 | CONSISTENT",
    })
    void statusOfTwoOutlets(String first, String firstFrom, String firstAsOf, String second, String secondFrom,
            String secondAsOf, Verdict.Status status) {
        List<ReconcileInput> group = new ArrayList<>(List.of(
                input("c1", "One", first, firstFrom, firstAsOf), input("c2", "Two", second, secondFrom, secondAsOf)));
        Verdict verdict = new GroupReconciler().reconcile(group, Map.of());
        assertEquals(status, verdict.status());
        if (status == Verdict.Status.CONFLICT) {
            assertEquals(List.of("c2"), verdict.conflictsWith().get("c1"));
            assertTrue(verdict.severity() > 0);
        } else {
            assertTrue(verdict.conflictsWith().getOrDefault("c1", List.of()).isEmpty());
            assertEquals(0, verdict.severity());
        }
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "one outlet only | 1",
    })
    void aGroupFromOneArticleIsSingleSource(String why, int ignored) {
        ReconcileInput a = input("c1", "One", "11,000 soldiers", "2024-12-18", "2024-12-18");
        ReconcileInput b = new ReconcileInput("c2", "One", "One", input("c2", "One", "3,000 soldiers", "2024-12-18", "2024-12-18").claim());
        assertEquals(Verdict.Status.SINGLE_SOURCE, new GroupReconciler().reconcile(List.of(a, b), Map.of()).status());
    }

    @org.junit.jupiter.api.Test
    void outletsCitingTheSameSourceAreOneSourceAndReliabilityTipsTheConsensus() {
        ReconcileInput a = input("c1", "One", "11,000 soldiers", "2024-12-18", "2024-12-18");
        ReconcileInput b = input("c2", "Two", "12,000 soldiers", "2024-12-18", "2024-12-18");
        Verdict even = new GroupReconciler().reconcile(List.of(a, b), Map.of());
        assertEquals(2, even.sources());
        Verdict weighted = new GroupReconciler().reconcile(List.of(a, b), Map.of("One", 0.2, "Two", 1.0));
        assertEquals(b.claim().value(), weighted.consensus());
        Verdict reversed = new GroupReconciler().reconcile(List.of(a, b), Map.of("One", 1.0, "Two", 0.2));
        assertEquals(a.claim().value(), reversed.consensus());
    }
}
