package org.claimcheck.web;

import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;

import org.claimcheck.web.ReportInvariants.Sent;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The invariant checks pass vacuously while the extractor finds nothing; these show they fail on what they must
 * catch, so that they are worth something once claims appear.
 */
class ReportInvariantsTests {

    private static final String TEXT = "Nearly 3,000 soldiers are in Russia.";
    private static final List<Sent> SENT = List.of(new Sent("a1", "El País", TEXT), new Sent("a2", "essanews.com", "x"));
    private static final String ARTICLES = "\"articles\": [{\"id\": \"a1\", \"outlet\": \"El País\", \"url\": null, "
            + "\"publishedAt\": null}, {\"id\": \"a2\", \"outlet\": \"essanews.com\", \"url\": null, \"publishedAt\": null}]";
    private static final String CLAIM = "{\"id\": \"c1\", \"articleId\": \"a1\", \"outlet\": \"El País\", \"text\": \"Nearly 3,000\", "
            + "\"start\": 0, \"end\": 12, \"sentence\": \"" + TEXT + "\", \"subject\": \"soldiers\", \"value\": {\"min\": 2700, "
            + "\"max\": 3000, \"unit\": null, \"qualifier\": \"APPROXIMATE\"}, \"asOf\": null, \"attribution\": null, "
            + "\"conflictsWith\": [], \"kind\": \"COUNT\", \"modality\": \"FACT\", \"eventWords\": [], \"entities\": [], "
            + "\"language\": \"en\", \"relative\": false}";
    private static final String GROUP = "{\"id\": \"g1\", \"label\": \"soldiers\", \"kind\": \"COUNT\", "
            + "\"status\": \"SINGLE_SOURCE\", \"outlets\": [\"El País\"], \"claims\": [" + CLAIM + "]}";

    private static String report(String groups) {
        return "{" + ARTICLES + ", \"groups\": [" + groups + "]}";
    }

    @Test
    void wellFormedReportPasses() {
        ReportInvariants.checkReport(report(GROUP), SENT);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "span not the text      | '\"start\": 0, \"end\": 12'        | '\"start\": 1, \"end\": 13'",
            "span past the text     | '\"start\": 0, \"end\": 12'        | '\"start\": 30, \"end\": 99'",
            "unknown article        | '\"articleId\": \"a1\"'            | '\"articleId\": \"a9\"'",
            "outlet not its article | '\"outlet\": \"El País\", \"text\"' | '\"outlet\": \"essanews.com\", \"text\"'",
            "min above max          | '\"min\": 2700'                    | '\"min\": 3700'",
            "exponent               | '\"max\": 3000'                    | '\"max\": 3E+3'",
            "string number          | '\"max\": 3000'                    | '\"max\": \"3000\"'",
            "both sides open        | '\"min\": 2700, \"max\": 3000'     | '\"min\": null, \"max\": null'",
            "unknown qualifier      | APPROXIMATE                        | ROUGHLY",
            "unknown status         | SINGLE_SOURCE                      | UNSURE",
            "kind not the group's   | '\"kind\": \"COUNT\", \"modality\"' | '\"kind\": \"PERCENT\", \"modality\"'",
            "resolved on a number   | '\"relative\": false'              | '\"relative\": false, \"resolved\": true'",
            "conflict outside group | '\"conflictsWith\": []'            | '\"conflictsWith\": [\"c7\"]'",
            "missing asOf           | '\"asOf\": null, '                 | ''",
    })
    void brokenReportFails(String why, String original, String broken) {
        assertThrows(AssertionError.class, () -> ReportInvariants.checkReport(report(GROUP.replace(original, broken)), SENT));
    }

    @Test
    void claimInTwoGroupsFails() {
        assertThrows(AssertionError.class,
                () -> ReportInvariants.checkReport(report(GROUP + ", " + GROUP.replace("g1", "g2")), SENT));
    }

    @Test
    void articlesOutOfOrderFail() {
        assertThrows(AssertionError.class, () -> ReportInvariants.checkReport(report(GROUP), List.of(SENT.get(1), SENT.get(0))));
    }

    @Test
    void undatedDateBoundsFail() {
        String date = GROUP.replace("\"kind\": \"COUNT\"", "\"kind\": \"DATE\"")
                .replace("\"min\": 2700, \"max\": 3000", "\"min\": \"2024-02-01\", \"max\": \"2024-02-30\"")
                .replace("\"relative\": false", "\"relative\": false, \"resolved\": true");
        assertThrows(AssertionError.class, () -> ReportInvariants.checkReport(report(date), SENT));
    }
}
