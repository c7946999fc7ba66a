package org.claimcheck.reconcile;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.claimcheck.extract.ClaimFrame;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * A figure counted anew each day (the missing, people in shelters, a river's level: {@code varies} in the measure
 * lexicon) evolves from one day to the next, up or down, as a toll does; two outlets contradict each other on it only
 * for the same day. A fixed attribute (a magnitude, a length) contradicts itself within a week. A toll from an undated
 * article cannot be placed on any day, so it contradicts no other article's toll; a duration can (the length of an
 * ordeal that ended is stated whole). Each row: the measure, each outlet's value and day, and the status.
 */
class DailyFigureTests {

    private static ReconcileInput input(String id, String measure, String expression, String day) {
        ClaimFrame frame = new ClaimFrame(measure, "flood", null, ClaimFrame.Role.CURRENT, null);
        return TestClaims.claim(id, id, expression, frame, "undated".equals(day) ? null : LocalDate.parse(day));
    }

    @ParameterizedTest(name = "{0}: {1} on {2} / {3} on {4}: {5}")
    @CsvSource(delimiter = '|', value = {
            "missing     | 14        | 2024-06-18 | 10        | 2024-06-19 | EVOLVING",
            "missing     | 14        | 2024-06-19 | 10        | 2024-06-19 | CONFLICT",
            "water_level | 5.1 m     | 2024-06-17 | 7.2 m     | 2024-06-20 | EVOLVING",
            "deaths      | 175       | 2025-02-03 | 398       | 2025-02-05 | EVOLVING",
            "deaths      | 398       | 2025-02-03 | 175       | 2025-02-05 | CONFLICT",
            "magnitude   | magnitude 7.1 | 2017-09-19 | magnitude 7.4 | 2017-09-20 | CONFLICT",
            "length      | 622 m     | 2010-10-13 | 700 m     | 2010-10-15 | CONFLICT",
            "deaths      | 12        | 2017-09-20 | 13        | undated    | EVOLVING",
            "deaths      | 13        | undated    | 12        | 2017-09-20 | EVOLVING",
            "missing     | 40        | undated    | 25        | 2023-09-10 | EVOLVING",
            "deaths      | 154       | undated    | 78        | undated    | EVOLVING",
            "magnitude   | magnitude 7.1 | undated | magnitude 7.4 | 2017-09-20 | CONFLICT",
            "time_trapped | 69 days  | undated    | 70 days   | 2010-10-13 | CONFLICT",
    })
    void dailyFigures(String measure, String one, String oneDay, String two, String twoDay, String status) {
        List<ReconcileInput> group = List.of(input("One", measure, one, oneDay), input("Two", measure, two, twoDay));
        assertEquals(Verdict.Status.valueOf(status), new GroupReconciler().reconcile(group, Map.of()).status());
    }
}
