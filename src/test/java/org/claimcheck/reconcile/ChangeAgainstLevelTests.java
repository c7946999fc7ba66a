package org.claimcheck.reconcile;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.claimcheck.extract.ClaimFrame;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * A difference and a level of the same measure are never set against each other (issue 17): "shares fell 2.1%" and
 * "shares stood at 5.3%" are not a conflict, nor "up 19 cents" and "$3.05". Two changes of one direction are compared
 * as any two levels are. Each row: one outlet's value and role against the other's, and whether they conflict.
 */
class ChangeAgainstLevelTests {

    private static final LocalDate DAY = LocalDate.of(2024, 6, 19);

    private static ReconcileInput input(String id, String outlet, String expression, String role, String direction) {
        ClaimFrame frame = new ClaimFrame("stock_change", "stocks", null, ClaimFrame.Role.valueOf(role),
                direction.equals("-") ? null : ClaimFrame.Direction.valueOf(direction));
        return TestClaims.claim(id, outlet, expression, frame, DAY);
    }

    @ParameterizedTest(name = "{0} {1} / {3} {4} conflict: {6}")
    @CsvSource(delimiter = '|', value = {
            "2.1%     | CHANGE  | DOWN | 5.3%        | CURRENT | -    | false",
            "19 cents | CHANGE  | UP   | $3.05       | CURRENT | -    | false",
            "300      | CHANGE  | UP   | 2,975       | CURRENT | -    | false",
            "2.1%     | CHANGE  | DOWN | 2.1%        | CHANGE  | DOWN | false",
            "2.1%     | CHANGE  | DOWN | 4.5%        | CHANGE  | DOWN | true",
            "5.3%     | CURRENT | -    | 7.9%        | CURRENT | -    | true",
            "64       | PREVIOUS | -   | 2,975       | CURRENT | -    | false",
    })
    void changeAgainstLevel(String first, String firstRole, String firstDirection, String second, String secondRole,
            String secondDirection, boolean conflict) {
        List<ReconcileInput> group = List.of(input("c1", "One", first, firstRole, firstDirection),
                input("c2", "Two", second, secondRole, secondDirection));
        assertEquals(conflict, new GroupReconciler().reconcile(group, Map.of()).status() == Verdict.Status.CONFLICT);
    }
}
