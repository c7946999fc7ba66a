package org.claimcheck.reconcile;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.claimcheck.extract.ClaimFrame;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Outlets that each print both figures do not disagree on them (ANNOTATION.md): when a group has gathered the figures
 * of two facts ("217 dead" nationwide, "43 in Puebla"), an outlet's 43 is no contradiction of another's 217 if that
 * other outlet prints 43 as well. A bound ("up to 12,000") agrees with too much to count as printing a figure. Each row:
 * the values of outlet One, of outlet Two (separated by semicolons), and whether the group is a conflict.
 */
class BothFiguresPrintedTests {

    private static final LocalDate DAY = LocalDate.of(2017, 9, 20);
    private static final ClaimFrame FRAME = new ClaimFrame("people_counted", "earthquake", null, ClaimFrame.Role.CURRENT, null);

    private static ReconcileInput input(String id, String outlet, String expression) {
        return TestClaims.claim(id, outlet, expression, FRAME, DAY);
    }

    @ParameterizedTest(name = "One: {0} / Two: {1} conflict: {2}")
    @CsvSource(delimiter = '|', value = {
            "217; 43             | 43           | false",
            "217; 43             | 43; 217      | false",
            "217                 | 43           | true",
            "217; 43             | 225          | true",
            "41.2%; 42.1%        | 42.1%        | false",
            "41.2%               | 42.1%        | true",
            "1,832               | 2,059; 1,832 | false",
            "up to 12,000        | 11,000       | false",
            "up to 12,000; 10,000 | 11,000      | true",
            "more than 100; 78   | 154          | true",
    })
    void bothFiguresPrinted(String one, String two, boolean conflict) {
        List<ReconcileInput> group = new ArrayList<>();
        for (String value : one.split(";")) {
            group.add(input("c" + (group.size() + 1), "One", value.strip()));
        }
        for (String value : two.split(";")) {
            group.add(input("c" + (group.size() + 1), "Two", value.strip()));
        }
        assertEquals(conflict, new GroupReconciler().reconcile(group, Map.of()).status() == Verdict.Status.CONFLICT);
    }
}
