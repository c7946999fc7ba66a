package org.claimcheck.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import org.claimcheck.normalize.DateValue;
import org.claimcheck.normalize.NumericValue;
import org.claimcheck.normalize.Qualifier;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Extraction over the five seed articles: the values, their context, and what must not be a claim. */
class SeedArticleClaimsTests {

    private static final Map<String, String> TEXTS = new HashMap<>();
    private static final Map<String, ArticleClaims> CLAIMS = new HashMap<>();

    @BeforeAll
    static void extractSeeds() throws IOException {
        JsonNode root = new ObjectMapper().readTree(Files.readString(Path.of("claims-fixtures/seed-articles.json")));
        ClaimExtractor extractor = new ClaimExtractor();
        for (JsonNode article : root.get("articles")) {
            String outlet = article.get("outlet").asText();
            String text = article.get("text").asText();
            LocalDate published = article.get("publishedAt").isNull() ? null : LocalDate.parse(article.get("publishedAt").asText());
            TEXTS.put(outlet, text);
            CLAIMS.put(outlet, extractor.extract(new ArticleInput(text, null, published)));
        }
    }

    private static Claim claim(String outlet, String text) {
        return CLAIMS.get(outlet).claims().stream().filter(c -> c.text().equals(text)).findFirst()
                .orElseThrow(() -> new AssertionError("no claim " + text + " in " + outlet + ": "
                        + CLAIMS.get(outlet).claims().stream().map(Claim::text).toList()));
    }

    private static List<String> texts(String outlet) {
        return CLAIMS.get(outlet).claims().stream().map(Claim::text).toList();
    }

    @Test
    void everySpanIsTheClaimTextInTheArticle() {
        CLAIMS.forEach((outlet, found) -> {
            String text = TEXTS.get(outlet);
            for (Claim claim : found.claims()) {
                assertEquals(claim.text(), text.substring(claim.start(), claim.end()), outlet);
                assertTrue(claim.sentence().contains(claim.text()), claim.text());
            }
        });
    }

    @Test
    void troopCountWithItsSubjectAttributionAndDate() {
        Claim nearly = claim("El País", "nearly 3,000");
        NumericValue value = (NumericValue) nearly.value();
        assertEquals(0, value.min().compareTo(new BigDecimal("2700")));
        assertEquals(0, value.max().compareTo(new BigDecimal("3000")));
        assertEquals(Qualifier.APPROXIMATE, value.qualifier());
        assertEquals("North Korean soldiers", nearly.subject());
        assertEquals("South Korean intelligence services", nearly.attribution());
        assertEquals(Modality.FACT, nearly.modality());
        assertEquals(LocalDate.of(2024, 10, 23), nearly.asOf());
    }

    @Test
    void projectionRefersToTheDayItProjects() {
        Claim expected = claim("El País", "10,000");
        assertEquals(Modality.PROJECTION, expected.modality());
        assertEquals(LocalDate.of(2024, 12, 31), expected.asOf());
    }

    @Test
    void weekdayResolvesAgainstThePublicationDay() {
        Claim wednesday = claim("Noticias Caracol", "Wednesday");
        assertEquals(LocalDate.of(2024, 6, 19), ((DateValue) wednesday.value()).first());
        assertTrue(wednesday.relative());
    }

    @Test
    void withoutADateRelativeDaysStayUnresolved() {
        assertEquals(ReferenceDate.Source.NONE, CLAIMS.get("China Topix").reference().source());
        DateValue monday = (DateValue) claim("China Topix", "Monday").value();
        assertFalse(monday.resolved());
        assertNull(monday.first());
        DateValue war = (DateValue) claim("China Topix", "1950 - 1953").value();
        assertEquals(LocalDate.of(1950, 1, 1), war.first());
        assertEquals(LocalDate.of(1953, 12, 31), war.last());
    }

    @Test
    void captionsStateFactsButCreditsTimestampsAndListNumbersDoNot() {
        assertTrue(texts("Unnamed outlet (000)").contains("January 5, 2024"));
        assertFalse(texts("Unnamed outlet (000)").contains("1"), "the list number of a related-article link");
        assertFalse(texts("essanews.com").contains("December 18, 2024"), "the page's own timestamp");
        assertFalse(texts("essanews.com").stream().anyMatch(t -> t.contains("2024") && !t.contains("November")),
                "the photo credit's year");
        assertFalse(texts("Noticias Caracol").contains("25"), "a number inside the source URL");
    }

    @Test
    void moneyWithQualifierAndScale() {
        NumericValue upTo = (NumericValue) claim("essanews.com", "up to $5.5 billion").value();
        assertEquals("USD", upTo.unit());
        assertNull(upTo.min());
        assertEquals(0, upTo.max().compareTo(new BigDecimal("5500000000")));
    }

    @Test
    void unitPairsAreTwoValuesInMetres() {
        assertEquals(0, ((NumericValue) claim("China Topix", "about 100 kilometers").value()).min().compareTo(new BigDecimal("90000")));
        assertEquals(0, ((NumericValue) claim("China Topix", "62 miles").value()).min().compareTo(new BigDecimal("99779.328")));
    }

    @Test
    void attributionFollowsTheSpeakerAcrossAnInsertedClause() {
        assertEquals("South Korean authorities", claim("Unnamed outlet (000)", "between 20 and 30").attribution());
        assertEquals("Unification Ministry in Seoul", claim("China Topix", "over 20,000").attribution());
    }
}
