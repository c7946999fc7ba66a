package org.claimcheck.web;

import static io.restassured.RestAssured.given;
import static org.claimcheck.web.TestArticles.article;
import static org.claimcheck.web.TestArticles.uniqueOutlet;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Map;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import io.restassured.http.ContentType;
import org.junit.jupiter.api.Test;

/**
 * A write whose claims cannot be grouped within the time budget is refused with a 413 and rolled back whole: the
 * article is not stored, and the store goes on answering and taking articles without claims. With a budget of zero,
 * every article with claims is refused.
 */
@QuarkusTest
@TestProfile(StoredTimeBudgetTest.NoTime.class)
class StoredTimeBudgetTest {

    public static class NoTime implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("claimcheck.ingest.time-budget", "0S");
        }
    }

    @Test
    void writeOverItsTimeBudgetIs413AndNothingIsStored() {
        String outlet = uniqueOutlet();
        given().contentType(ContentType.JSON).body(article(outlet, "About 2,000 soldiers arrived on Monday."))
                .when().post("/api/articles")
                .then().log().ifValidationFails()
                .statusCode(413)
                .contentType("application/problem+json")
                .body("detail", equalTo("text: could not be grouped with the stored claims within the time budget of 0 s; "
                        + "nothing was stored"));
        given().contentType(ContentType.JSON)
                .body(Map.of("articles", List.of(article(outlet, "No figures."), article(outlet, "Some 3,000 soldiers."))))
                .when().post("/api/articles/batch")
                .then().log().ifValidationFails()
                .statusCode(413)
                .body("detail", equalTo("articles: could not be grouped with the stored claims within the time budget of "
                        + "0 s; nothing was stored"));
        assertEquals(0, TestArticles.storedCount(outlet));

        // the store is still usable: an article with nothing to group is stored, and the groups still answer
        TestArticles.create(article(outlet, "No figures at all."));
        assertEquals(1, TestArticles.storedCount(outlet));
        given().when().get("/api/groups").then().statusCode(200);
        given().when().get("/api/conflicts").then().statusCode(200);
    }
}
