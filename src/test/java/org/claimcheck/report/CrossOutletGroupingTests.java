package org.claimcheck.report;

import static org.claimcheck.report.ReportTestSupport.groupOf;
import static org.claimcheck.report.ReportTestSupport.report;
import static org.claimcheck.report.ReportTestSupport.together;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.claimcheck.report.ReportTestSupport.Story;
import org.junit.jupiter.api.Test;

/** Which claims end up together, and which look-alikes stay apart, over stories written for the purpose. */
class CrossOutletGroupingTests {

    @Test
    void sameCountInDifferentWordsIsOneGroup() {
        Report report = report(
                new Story("Daily One", "2024-10-23", "Nearly 3,000 North Korean troops are in Russia, the intelligence service said."),
                new Story("Diario Dos", "2024-10-23", "Unos 3.000 soldados norcoreanos se encuentran en Rusia, según los servicios de inteligencia."));
        assertTrue(together(report, "Daily One", "Nearly 3,000", "Diario Dos", "Unos 3.000"));
        assertEquals(GroupStatus.CONSISTENT, groupOf(report, "Daily One", "Nearly 3,000").status());
    }

    @Test
    void killedIsNotDeployedEvenWithTheSameNumber() {
        Report report = report(
                new Story("Daily One", "2024-12-20", "About 3,000 North Korean soldiers were killed or wounded in the Kursk region, Kyiv said."),
                new Story("Other Post", "2024-12-20", "Nearly 3,000 North Korean soldiers were deployed to Russia for training, Seoul said."));
        assertFalse(together(report, "Daily One", "About 3,000", "Other Post", "Nearly 3,000"));
    }

    @Test
    void signingIsNotRatification() {
        Report report = report(
                new Story("Daily One", "2024-12-18", "The two leaders signed the partnership treaty in June 2024 in Pyongyang."),
                new Story("Other Post", "2024-12-19", "The parliament ratified the partnership treaty in mid-November 2024."));
        assertFalse(together(report, "Daily One", "June 2024", "Other Post", "mid-November 2024"));
    }

    @Test
    void everyClaimIsInExactlyOneGroup() {
        Report report = report(
                new Story("A", "2024-06-19", "Putin arrived in Pyongyang on Wednesday for talks with Kim, his first visit in 24 years."),
                new Story("B", "2024-06-19", "Putin landed in North Korea on June 19, 2024, almost a quarter of a century after his last visit."),
                new Story("C", "2024-06-20", "Dozens of soldiers crossed the border; 11,000 troops were sent to Russia in 2024."));
        Set<Object> seen = new HashSet<>();
        int claims = report.articles().stream().mapToInt(article -> article.claims().claims().size()).sum();
        report.groups().forEach(group -> group.claims().forEach(claim -> assertTrue(seen.add(claim.claim()))));
        assertEquals(claims, seen.size());
        assertTrue(together(report, "A", "Wednesday", "B", "June 19, 2024"));
        assertTrue(together(report, "A", "24 years", "B", "almost a quarter of a century"));
    }

    @Test
    void conflictsComeFirstMostSevereOnTop() {
        Report report = report(
                new Story("A", "2024-06-19", "Officials said 120 people were evacuated on Tuesday and the storm destroyed 40 homes."),
                new Story("B", "2024-06-19", "Officials said 950 people were evacuated on Tuesday and the storm destroyed 42 homes."));
        List<GroupStatus> statuses = report.groups().stream().map(ClaimGroup::status).toList();
        assertEquals(GroupStatus.CONFLICT, statuses.get(0));
        assertTrue(together(report, "A", "120", "B", "950"));
        assertTrue(groupOf(report, "A", "120").severity() > 0.5);
    }
}
