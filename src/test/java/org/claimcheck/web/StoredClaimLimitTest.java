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

    @Test
    void articleAtTheLimitIsStoredWithAllItsClaims() {
        long id = TestArticles.create(article(uniqueOutlet(), TestArticles.rescues(3)));
        given().when().get("/api/articles/" + id + "/claims")
                .then().log().ifValidationFails().statusCode(200).body("claims", hasSize(3));
    }

    @Test
    void articleOverTheLimitIs413AndNothingIsStored() {
        String outlet = uniqueOutlet();
        given().contentType(ContentType.JSON).body(article(outlet, TestArticles.rescues(4)))
                .when().post("/api/articles")
                .then().log().ifValidationFails()
                .statusCode(413)
                .contentType("application/problem+json")
                .body("detail", equalTo("text: holds more than 3 claims with checkable values, the limit of one article"));
        assertEquals(0, TestArticles.storedCount(outlet));
    }

    @Test
    void batchWithOneArticleOverTheLimitIs413AndNoneIsStored() {
        String outlet = uniqueOutlet();
        given().contentType(ContentType.JSON)
                .body(Map.of("articles", List.of(article(outlet, TestArticles.rescues(1)), article(outlet, TestArticles.rescues(5)))))
                .when().post("/api/articles/batch")
                .then().log().ifValidationFails()
                .statusCode(413)
                .contentType("application/problem+json")
                .body("detail", equalTo("articles[1].text: holds more than 3 claims with checkable values, the limit of "
                        + "one article"));
        assertEquals(0, TestArticles.storedCount(outlet));
    }
}
