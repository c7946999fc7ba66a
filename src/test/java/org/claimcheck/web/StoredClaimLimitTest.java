package org.claimcheck.web;

import static io.restassured.RestAssured.given;
import static org.claimcheck.web.TestArticles.article;
import static org.claimcheck.web.TestArticles.uniqueOutlet;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Map;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import io.restassured.http.ContentType;
import org.junit.jupiter.api.Test;

/**
 * An article is stored with all its claims or not at all: one with more claims than an article may hold is refused
 * before anything is written, alone or in a batch, and the store is left as it was.
 */
@QuarkusTest
@TestProfile(StoredClaimLimitTest.ThreeClaims.class)
class StoredClaimLimitTest {

    public static class ThreeClaims implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("claimcheck.ingest.max-claims-per-article", "3");
        }
    }

    private static String counts(int count) {
        StringBuilder text = new StringBuilder();
        for (int i = 0; i < count; i++) {
            text.append("In town ").append((char) ('A' + i)).append(", ").append(100 + i).append(" people were rescued. ");
        }
        return text.toString();
    }

    private static long storedArticles(String outlet) {
        return given().queryParam("outlet", outlet).when().get("/api/articles")
                .then().statusCode(200).extract().jsonPath().getLong("totalItems");
    }

    @Test
    void articleAtTheLimitIsStoredWithAllItsClaims() {
        long id = TestArticles.create(article(uniqueOutlet(), counts(3)));
        given().when().get("/api/articles/" + id + "/claims")
                .then().log().ifValidationFails().statusCode(200).body("claims", hasSize(3));
    }

    @Test
    void articleOverTheLimitIs413AndNothingIsStored() {
        String outlet = uniqueOutlet();
        given().contentType(ContentType.JSON).body(article(outlet, counts(4)))
                .when().post("/api/articles")
                .then().log().ifValidationFails()
                .statusCode(413)
                .contentType("application/problem+json")
                .body("detail", equalTo("text: holds more than 3 claims with checkable values, the limit of one article"));
        assertEquals(0, storedArticles(outlet));
    }

    @Test
    void batchWithOneArticleOverTheLimitIs413AndNoneIsStored() {
        String outlet = uniqueOutlet();
        given().contentType(ContentType.JSON)
                .body(Map.of("articles", List.of(article(outlet, counts(1)), article(outlet, counts(5)))))
                .when().post("/api/articles/batch")
                .then().log().ifValidationFails()
                .statusCode(413)
                .contentType("application/problem+json")
                .body("detail", equalTo("articles[1].text: holds more than 3 claims with checkable values, the limit of "
                        + "one article"));
        assertEquals(0, storedArticles(outlet));
    }
}
