package org.claimcheck.report;

import java.util.ArrayList;
import java.util.List;

import org.claimcheck.extract.Claim;

/**
 * Builds a report from analyzed articles. Until cross-outlet grouping lands, every claim is a group of its
 * own, which the contract allows: such a group is SINGLE_SOURCE.
 */
public final class ReportAssembler {

    public Report assemble(List<AnalyzedArticle> articles) {
        List<ClaimGroup> groups = new ArrayList<>();
        int claimNumber = 0;
        for (AnalyzedArticle article : articles) {
            for (Claim claim : article.claims().claims()) {
                claimNumber++;
                ReportedClaim reported = new ReportedClaim("c" + claimNumber, article.id(), article.outlet(), claim, List.of());
                groups.add(new ClaimGroup("g" + claimNumber, label(claim), claim.value().kind(),
                        GroupStatus.SINGLE_SOURCE, List.of(article.outlet()), List.of(reported)));
            }
        }
        return new Report(articles, groups);
    }

    private static String label(Claim claim) {
        return claim.subject() == null || claim.subject().isBlank() ? claim.text() : claim.subject();
    }
}
