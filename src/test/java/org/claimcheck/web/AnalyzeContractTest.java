package org.claimcheck.web;

import static io.restassured.RestAssured.given;
import static org.claimcheck.web.TestArticles.article;
import static org.claimcheck.web.TestArticles.uniqueOutlet;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.hasItem;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import org.claimcheck.web.ReportInvariants.Sent;
import org.junit.jupiter.api.Test;

/** POST /api/analyze answers the report of CONTRACT.md, whatever claims the extractor finds. */
@QuarkusTest
class AnalyzeContractTest {

    private static final Path SEED_ARTICLES = Path.of("claims-fixtures/seed-articles.json");

    /** A String or a Map: REST Assured would write a byte[] given as Object as a base64 string. */
    private static String analyze(Object body) {
        return given().contentType(ContentType.JSON).body(body)
                .when().post("/api/analyze")
                .then().log().ifValidationFails()
                .statusCode(200)
                .contentType(ContentType.JSON)
                .extract().asString();
    }

    @Test
    void seedArticlesAnswerTheContractShape() throws Exception {
        String file = Files.readString(SEED_ARTICLES);
        JsonNode seeds = ReportInvariants.parse(file).get("articles");

        String body = analyze(file);

        List<Sent> sent = new ArrayList<>();
        for (int i = 0; i < seeds.size(); i++) {
            sent.add(new Sent("a" + (i + 1), seeds.get(i).get("outlet").asText(), seeds.get(i).get("text").asText()));
        }
        ReportInvariants.checkReport(body, sent);
        JsonNode articles = ReportInvariants.parse(body).get("articles");
        for (int i = 0; i < seeds.size(); i++) {
            assertEquals(seeds.get(i).get("url"), articles.get(i).get("url"), "url of a" + (i + 1));
            assertEquals(seeds.get(i).get("publishedAt"), articles.get(i).get("publishedAt"), "publishedAt of a" + (i + 1));
        }
    }

    @Test
    void metadataIsEchoedAsSubmitted() {
        Map<String, Object> dated = article(uniqueOutlet(), "Putin arrived in Pyongyang on Wednesday.");
        dated.put("url", "https://news.example.org/world/putin?id=7");
        dated.put("publishedAt", "2024-06-19T08:30:00+09:00");
        dated.put("language", "en");
        Map<String, Object> bare = article(uniqueOutlet(), "Nearly 3,000 North Korean soldiers are in Russia.");

        JsonNode articles = ReportInvariants.parse(analyze(Map.of("articles", List.of(dated, bare)))).get("articles");

        assertEquals("https://news.example.org/world/putin?id=7", articles.get(0).get("url").asText());
        assertEquals("2024-06-19T08:30:00+09:00", articles.get(0).get("publishedAt").asText());
        assertEquals("2024-06-19", articles.get(0).get("referenceDate").asText(), "relative dates resolve against the day published");
        assertEquals("PUBLISHED", articles.get(0).get("referenceSource").asText());
        assertTrue(articles.get(1).get("url").isNull() && articles.get(1).get("publishedAt").isNull(),
                "absent metadata is null, not left out");
    }

    @Test
    void textIsAnalysedExactlyAsSent() {
        // Markup and characters outside the BMP both shift offsets if the service altered or re-encoded the text.
        String html = "<p>Nearly <b>3,000</b> soldiers 🇰🇵 crossed on Wednesday.</p><p>By December, 10,000.</p>";
        String astral = "𝐍𝐊 👣 More than 11,000 troops, up from 3,000 in October 2024; costs of $1.5 billion.";
        Map<String, Object> first = article("El País", html);
        first.put("publishedAt", "2024-10-23");
        Map<String, Object> second = article("essanews.com", astral);
        second.put("publishedAt", "2024-12-18");

        String body = analyze(Map.of("articles", List.of(first, second)));

        ReportInvariants.checkReport(body, List.of(new Sent("a1", "El País", html), new Sent("a2", "essanews.com", astral)));
    }

    @Test
    void analysisStoresNothing() {
        String outlet = uniqueOutlet();
        analyze(Map.of("articles", List.of(article(outlet, "Between 20 and 30 soldiers crossed the line."))));

        given().queryParam("outlet", outlet).when().get("/api/articles")
                .then().statusCode(200).body("totalItems", equalTo(0));
        given().when().get("/api/outlets")
                .then().statusCode(200).body("name", not(hasItem(outlet)));
    }

    @Test
    void sameArticlesGiveTheSameReport() throws Exception {
        String file = Files.readString(SEED_ARTICLES);
        assertEquals(analyze(file), analyze(file));
    }
}
