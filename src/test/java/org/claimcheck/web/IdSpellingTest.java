package org.claimcheck.web;

import static io.restassured.RestAssured.given;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;

import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

/** Another spelling of an article's id names no article: DELETE /api/articles/01 must not delete article 1. */
@QuarkusTest
class IdSpellingTest {

    @Test
    void otherSpellingsOfAnIdLeaveTheArticleAlone() {
        long id = TestArticles.create(TestArticles.article(TestArticles.uniqueOutlet(), "3,000 soldiers crossed."));
        String[] spellings = {"0" + id, "00" + id, "%2B" + id, fullwidth(id), arabicIndic(id), id + "%20", "%20" + id};
        for (String spelling : spellings) {
            given().urlEncodingEnabled(false).when().delete("/api/articles/" + spelling)
                    .then().statusCode(404).contentType("application/problem+json");
            given().urlEncodingEnabled(false).when().get("/api/articles/" + spelling + "/claims")
                    .then().statusCode(404).contentType("application/problem+json");
        }
        given().when().get("/api/articles/" + id).then().statusCode(200);
        given().when().delete("/api/articles/" + id).then().statusCode(204);
    }

    private static String fullwidth(long id) {
        return encodeDigits(id, '\uFF10');
    }

    private static String arabicIndic(long id) {
        return encodeDigits(id, '\u0660');
    }

    private static String encodeDigits(long id, char zero) {
        StringBuilder digits = new StringBuilder();
        for (char c : Long.toString(id).toCharArray()) {
            digits.append((char) (zero + (c - '0')));
        }
        return URLEncoder.encode(digits.toString(), StandardCharsets.UTF_8);
    }
}
