package org.claimcheck.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import org.claimcheck.extract.ArticleClaims;
import org.claimcheck.extract.Claim;
import org.claimcheck.extract.Modality;
import org.claimcheck.extract.ReferenceDate;
import org.claimcheck.normalize.DateValue;
import org.claimcheck.normalize.Language;
import org.claimcheck.normalize.NumericValue;
import org.claimcheck.normalize.Qualifier;
import org.claimcheck.normalize.Value;
import org.claimcheck.normalize.ValueKind;
import org.claimcheck.report.AnalyzedArticle;
import org.claimcheck.report.ClaimGroup;
import org.claimcheck.report.GroupStatus;
import org.claimcheck.report.Report;
import org.claimcheck.report.ReportedClaim;
import org.claimcheck.web.ReportInvariants.Sent;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * How a report with claims is written, with the application's own JSON settings. The claims are made by hand, so
 * this holds whether or not the extractor finds any; it also shows the invariant checks catch nothing in a
 * well-formed report.
 */
@QuarkusTest
class ReportJsonTest {

    private static final String EL_PAIS = "Nearly 3,000 North Korean soldiers are in Russia, the NIS said on Wednesday.";
    private static final String ESSA = "More than 11,000 troops and $1.5 trillion; talks began last Tuesday.";

    @Inject
    ObjectMapper json;

    private String body;
    private JsonNode report;

    @BeforeEach
    void writeReport() throws Exception {
        ReportedClaim nearly = reported("c1", "a1", "El País", claim(EL_PAIS, "Nearly 3,000",
                new NumericValue(ValueKind.COUNT, new BigDecimal("2700.0"), new BigDecimal("3E+3"), null, Qualifier.APPROXIMATE),
                LocalDate.parse("2024-10-23"), "NIS", false), List.of("c2"));
        ReportedClaim moreThan = reported("c2", "a2", "essanews.com", claim(ESSA, "More than 11,000",
                new NumericValue(ValueKind.COUNT, new BigDecimal("11000"), null, null, Qualifier.AT_LEAST),
                null, null, false), List.of("c1"));
        ReportedClaim money = reported("c3", "a2", "essanews.com", claim(ESSA, "$1.5 trillion",
                NumericValue.exact(ValueKind.MONEY, new BigDecimal("1.5E+12"), "USD"), null, null, false), List.of());
        ReportedClaim wednesday = reported("c4", "a1", "El País", claim(EL_PAIS, "on Wednesday",
                DateValue.of(LocalDate.parse("2024-10-23"), LocalDate.parse("2024-10-23"), Qualifier.EXACT),
                null, "NIS", true), List.of());
        ReportedClaim tuesday = reported("c5", "a2", "essanews.com", claim(ESSA, "last Tuesday",
                DateValue.unresolved(), null, null, true), List.of());

        Report made = new Report(
                List.of(article("a1", "El País", "2024-10-23", new ReferenceDate(LocalDate.parse("2024-10-23"),
                                ReferenceDate.Source.PUBLISHED), List.of(nearly.claim(), wednesday.claim())),
                        article("a2", "essanews.com", null, ReferenceDate.none(),
                                List.of(moreThan.claim(), money.claim(), tuesday.claim()))),
                List.of(new ClaimGroup("g1", "North Korean soldiers in Russia", ValueKind.COUNT, GroupStatus.CONFLICT,
                                List.of("El País", "essanews.com"), List.of(nearly, moreThan), moreThan.claim().value(), 0.5, 2, List.of()),
                        group("g2", money), group("g3", wednesday), group("g4", tuesday)), Map.of());
        body = json.writeValueAsString(ReportView.of(made));
        report = json.readTree(body);
    }

    @Test
    void handMadeReportKeepsEveryInvariant() {
        ReportInvariants.checkReport(body, List.of(new Sent("a1", "El País", EL_PAIS), new Sent("a2", "essanews.com", ESSA)));
    }

    @Test
    void numbersAreWrittenPlain() {
        assertTrue(body.contains("\"min\":2700,\"max\":3000,"), body);
        assertTrue(body.contains("\"min\":1500000000000,\"max\":1500000000000,\"unit\":\"USD\""), body);
        ReportInvariants.assertNoExponents(body);
    }

    @Test
    void claimsCarryTheContractFieldsAndTheExtras() {
        JsonNode claim = claim("c1");
        assertEquals("a1", claim.get("articleId").asText());
        assertEquals("El País", claim.get("outlet").asText());
        assertEquals("Nearly 3,000", claim.get("text").asText());
        assertEquals(0, claim.get("start").asInt());
        assertEquals(12, claim.get("end").asInt());
        assertEquals(EL_PAIS, claim.get("sentence").asText());
        assertEquals("APPROXIMATE", claim.get("value").get("qualifier").asText());
        assertTrue(claim.get("value").get("unit").isNull());
        assertEquals("2024-10-23", claim.get("asOf").asText());
        assertEquals("NIS", claim.get("attribution").asText());
        assertEquals("c2", claim.get("conflictsWith").get(0).asText());
        assertEquals("COUNT", claim.get("kind").asText());
        assertEquals("FACT", claim.get("modality").asText());
        assertEquals("soldiers", claim.get("eventWords").get(0).asText());
        assertEquals("Russia", claim.get("entities").get(0).asText());
        assertEquals("en", claim.get("language").asText());
        assertFalse(claim.get("relative").asBoolean());
        assertFalse(claim.has("resolved"), "only dates say whether they were resolved");
        assertFalse(claim.has("claim"), "the claim's fields sit in the claim itself");
    }

    @Test
    void openSidesAndUnknownsAreNull() {
        JsonNode claim = claim("c2");
        assertEquals(11000, claim.get("value").get("min").asInt());
        assertTrue(claim.get("value").get("max").isNull());
        assertTrue(claim.get("asOf").isNull() && claim.get("attribution").isNull(), "present, as null");
    }

    @Test
    void datesAreIsoDays() {
        JsonNode resolved = claim("c4");
        assertEquals("2024-10-23", resolved.get("value").get("min").asText());
        assertEquals("2024-10-23", resolved.get("value").get("max").asText());
        assertTrue(resolved.get("value").get("unit").isNull());
        assertTrue(resolved.get("resolved").asBoolean());
        assertTrue(resolved.get("relative").asBoolean());

        JsonNode unresolved = claim("c5");
        assertTrue(unresolved.get("value").get("min").isNull() && unresolved.get("value").get("max").isNull());
        assertFalse(unresolved.get("resolved").asBoolean());
    }

    @Test
    void articlesSayHowTheyWereRead() {
        JsonNode first = report.get("articles").get(0);
        assertEquals("a1", first.get("id").asText());
        assertTrue(first.get("url").isNull());
        assertEquals("2024-10-23", first.get("publishedAt").asText());
        assertEquals("en", first.get("language").asText());
        assertEquals("2024-10-23", first.get("referenceDate").asText());
        assertEquals("PUBLISHED", first.get("referenceSource").asText());
        JsonNode second = report.get("articles").get(1);
        assertTrue(second.get("referenceDate").isNull());
        assertEquals("NONE", second.get("referenceSource").asText());
    }

    @Test
    void groupsAreWrittenWithTheirClaims() {
        JsonNode group = report.get("groups").get(0);
        assertEquals("g1", group.get("id").asText());
        assertEquals("North Korean soldiers in Russia", group.get("label").asText());
        assertEquals("COUNT", group.get("kind").asText());
        assertEquals("CONFLICT", group.get("status").asText());
        assertEquals(2, group.get("outlets").size());
        assertEquals(2, group.get("claims").size());
    }

    private JsonNode claim(String id) {
        return ReportInvariants.claimsOf(report).stream()
                .filter(claim -> claim.get("id").asText().equals(id)).findFirst().orElseThrow();
    }

    private static Claim claim(String sentence, String text, Value value, LocalDate asOf, String attribution,
            boolean relative) {
        int start = sentence.indexOf(text);
        return new Claim(start, start + text.length(), text, value, sentence, "North Korean soldiers", "soldiers",
                List.of("soldiers"), List.of("Russia"), List.of(), attribution, Modality.FACT, asOf, asOf, Language.EN, relative);
    }

    private static ReportedClaim reported(String id, String articleId, String outlet, Claim claim, List<String> conflicts) {
        return new ReportedClaim(id, articleId, outlet, claim, conflicts);
    }

    private static AnalyzedArticle article(String id, String outlet, String publishedAt, ReferenceDate reference,
            List<Claim> claims) {
        return new AnalyzedArticle(id, outlet, null, publishedAt, new ArticleClaims(Language.EN, reference, claims));
    }

    private static ClaimGroup group(String id, ReportedClaim claim) {
        return new ClaimGroup(id, claim.claim().text(), claim.claim().value().kind(), GroupStatus.SINGLE_SOURCE,
                List.of(claim.outlet()), List.of(claim), claim.claim().value(), 0, 1, List.of());
    }
}
