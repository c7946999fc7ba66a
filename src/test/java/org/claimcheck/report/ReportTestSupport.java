package org.claimcheck.report;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.claimcheck.extract.ArticleInput;
import org.claimcheck.extract.ClaimExtractor;

/** Builds reports from short articles written in the tests. */
final class ReportTestSupport {

    private static final ClaimExtractor EXTRACTOR = new ClaimExtractor();

    record Story(String outlet, String published, String text) {
    }

    private ReportTestSupport() {
    }

    static Report report(Story... stories) {
        List<AnalyzedArticle> articles = new ArrayList<>();
        for (int i = 0; i < stories.length; i++) {
            Story story = stories[i];
            LocalDate day = story.published() == null ? null : LocalDate.parse(story.published());
            articles.add(new AnalyzedArticle("a" + (i + 1), story.outlet(), null, story.published(),
                    EXTRACTOR.extract(new ArticleInput(story.text(), null, day))));
        }
        return new ReportAssembler().assemble(articles);
    }

    /** The group holding a claim whose text is {@code claimText} in the article of that outlet. */
    static ClaimGroup groupOf(Report report, String outlet, String claimText) {
        return report.groups().stream()
                .filter(group -> group.claims().stream()
                        .anyMatch(claim -> claim.outlet().equals(outlet) && claim.claim().text().equals(claimText)))
                .findFirst()
                .orElseThrow(() -> new AssertionError("no claim '" + claimText + "' from " + outlet + " in "
                        + report.groups().stream().flatMap(g -> g.claims().stream()).map(c -> c.outlet() + ":" + c.claim().text()).toList()));
    }

    static boolean together(Report report, String outletA, String textA, String outletB, String textB) {
        return groupOf(report, outletA, textA).id().equals(groupOf(report, outletB, textB).id());
    }
}
