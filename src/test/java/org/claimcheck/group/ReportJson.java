package org.claimcheck.group;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

import org.claimcheck.extract.ArticleClaims;
import org.claimcheck.extract.Claim;
import org.claimcheck.extract.ReferenceDate;
import org.claimcheck.normalize.DateValue;
import org.claimcheck.normalize.NumericValue;
import org.claimcheck.report.AnalyzedArticle;
import org.claimcheck.report.ClaimGroup;
import org.claimcheck.report.Report;
import org.claimcheck.report.ReportAssembler;
import org.claimcheck.report.ReportedClaim;

/** The analyze report of a corpus under a given grouper, in the fields of CONTRACT.md that score.py reads. */
final class ReportJson {

    private ReportJson() {
    }

    static String of(Corpus corpus, ClaimGrouper grouper) throws JsonProcessingException {
        List<AnalyzedArticle> analyzed = new ArrayList<>();
        for (int i = 0; i < corpus.articles().size(); i++) {
            String id = "a" + (i + 1);
            List<Claim> claims = corpus.members().stream().filter(m -> m.articleId().equals(id)).map(GroupMember::claim).toList();
            Corpus.Article article = corpus.articles().get(i);
            analyzed.add(new AnalyzedArticle(id, article.outlet(), article.url(), article.published(),
                    new ArticleClaims(null, article.published() == null ? ReferenceDate.none()
                            : new ReferenceDate(LocalDate.parse(article.published().substring(0, 10)), ReferenceDate.Source.PUBLISHED), claims)));
        }
        Report report = new ReportAssembler(grouper).assemble(analyzed);
        List<Object> articles = new ArrayList<>();
        report.articles().forEach(article -> articles.add(Map.of("id", article.id())));
        List<Object> groups = new ArrayList<>();
        for (ClaimGroup group : report.groups()) {
            List<Object> claims = new ArrayList<>();
            for (ReportedClaim claim : group.claims()) {
                Map<String, Object> row = new LinkedHashMap<>();
                row.put("id", claim.id());
                row.put("articleId", claim.articleId());
                row.put("start", claim.claim().start());
                row.put("end", claim.claim().end());
                row.put("value", value(claim.claim()));
                row.put("frame", claim.claim().frame().toString());
                row.put("text", claim.claim().text());
                row.put("asOf", claim.claim().asOf() == null ? null : claim.claim().asOf().toString());
                row.put("conflictsWith", claim.conflictsWith());
                claims.add(row);
            }
            groups.add(Map.of("id", group.id(), "status", group.status().name(), "claims", claims));
        }
        return new ObjectMapper().writerWithDefaultPrettyPrinter().writeValueAsString(Map.of("articles", articles, "groups", groups));
    }

    private static Map<String, Object> value(Claim claim) {
        Map<String, Object> value = new LinkedHashMap<>();
        if (claim.value() instanceof NumericValue number) {
            value.put("min", number.min());
            value.put("max", number.max());
            value.put("unit", number.unit());
            value.put("qualifier", number.qualifier().name());
        } else if (claim.value() instanceof DateValue date) {
            value.put("min", date.first() == null ? null : date.first().toString());
            value.put("max", date.last() == null ? null : date.last().toString());
            value.put("unit", null);
            value.put("qualifier", date.qualifier().name());
        }
        return value;
    }
}
