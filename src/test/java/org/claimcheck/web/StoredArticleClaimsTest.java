package org.claimcheck.web;

import static io.restassured.RestAssured.given;
import static org.claimcheck.web.TestArticles.article;
import static org.claimcheck.web.TestArticles.uniqueOutlet;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Map;
import java.util.Set;

import com.fasterxml.jackson.databind.JsonNode;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import org.junit.jupiter.api.Test;

/** GET /api/articles/{id}/claims extracts the claims of a stored article, with spans into its stored text. */
@QuarkusTest
class StoredArticleClaimsTest {

    private static JsonNode claimsOf(long id) {
        String body = given().when().get("/api/articles/" + id + "/claims")
                .then().log().ifValidationFails()
                .statusCode(200)
                .contentType(ContentType.JSON)
                .extract().asString();
        ReportInvariants.assertNoExponents(body);
        return ReportInvariants.parse(body);
    }

    private static String storedText(long id) {
        return given().when().get("/api/articles/" + id).then().statusCode(200).extract().jsonPath().getString("text");
    }

    private static void checkClaims(JsonNode answer, String text) {
        JsonNode claims = answer.get("claims");
        assertTrue(claims.isArray(), "claims is an array");
        int previousStart = -1;
        for (int i = 0; i < claims.size(); i++) {
            ReportInvariants.checkArticleClaim(claims.get(i), text, "claims[" + i + "]");
            int start = claims.get(i).get("start").asInt();
            assertTrue(start >= previousStart, "claims are in text order");
            previousStart = start;
        }
    }

    @Test
    void claimsOfADatedArticle() {
        String outlet = uniqueOutlet();
        Map<String, Object> submitted = article(outlet, "Putin arrived on Wednesday, his first visit in 24 years. "
                + "Between 20 and 30 soldiers crossed the line, the second incursion since 11 June.");
        submitted.put("publishedAt", "2024-06-19");
        submitted.put("language", "en");
        long id = TestArticles.create(submitted);

        JsonNode answer = claimsOf(id);

        assertEquals(id, answer.get("articleId").asLong());
        assertEquals(outlet, answer.get("outlet").asText());
        assertEquals("2024-06-19", answer.get("referenceDate").asText());
        assertEquals("PUBLISHED", answer.get("referenceSource").asText());
        assertTrue(Set.of("en", "es").contains(answer.get("language").asText()), "a language the extractor reads");
        checkClaims(answer, storedText(id));
    }

    @Test
    void eachClaimNamesItsStoredIdAndItsGroup() {
        long id = TestArticles.create(article(uniqueOutlet(), "Nearly 3,000 soldiers crossed the border on Monday."));

        JsonNode claims = claimsOf(id).get("claims");

        assertTrue(claims.size() > 0, "the article has claims");
        for (JsonNode claim : claims) {
            String group = claim.get("group").asText();
            assertTrue(claim.get("claimId").asText().matches("c\\d+"), "claimId is c and a number: " + claim);
            assertTrue(group.matches("g\\d+"), "group is g and a number: " + claim);
            given().when().get("/api/groups/" + group)
                    .then().statusCode(200)
                    .body("claims.id", hasItem(claim.get("claimId").asText()));
        }
    }

    @Test
    void claimsOfAnUndatedArticleSayWhereTheirReferenceDayCameFrom() {
        long id = TestArticles.create(article(uniqueOutlet(), "SEOUL, Aug. 3 -- More than 11,000 troops were sent."));

        JsonNode answer = claimsOf(id);

        String source = answer.get("referenceSource").asText();
        assertTrue(Set.of("DATELINE", "NONE").contains(source), "no publication day: " + source);
        assertEquals(source.equals("NONE"), answer.get("referenceDate").isNull(), "a reference day unless NONE");
        checkClaims(answer, storedText(id));
    }

    @Test
    void spansOfAnHtmlArticleAreOffsetsIntoItsStoredText() {
        long id = TestArticles.create(article(uniqueOutlet(),
                "<html><body><p>Nearly <b>3,000</b> soldiers are in Russia.</p><p>By December, 10,000.</p></body></html>"));

        checkClaims(claimsOf(id), storedText(id));
    }

    @Test
    void unknownArticleIs404() {
        given().when().get("/api/articles/987654321/claims")
                .then().statusCode(404)
                .contentType("application/problem+json")
                .body("detail", equalTo("No article with id 987654321"))
                .body("instance", equalTo("/api/articles/987654321/claims"));
    }

    @Test
    void deletedArticleIs404() {
        long id = TestArticles.create(article(uniqueOutlet(), "Deleted before anyone asked."));
        given().when().delete("/api/articles/" + id).then().statusCode(204);

        given().when().get("/api/articles/" + id + "/claims")
                .then().statusCode(404).contentType("application/problem+json");
    }

    @Test
    void nonNumericIdIs404() {
        given().when().get("/api/articles/abc/claims")
                .then().statusCode(404).contentType("application/problem+json");
    }
}
