package org.claimcheck.web;

import static io.restassured.RestAssured.given;
import static org.claimcheck.web.TestArticles.article;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;

import java.util.List;
import java.util.Map;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import io.restassured.http.ContentType;
import org.junit.jupiter.api.Test;

/**
 * An analysis that cannot be cross-checked within its time budget is refused with a 413 that says so; with a budget
 * of zero, any analysis with claims to group is.
 */
@QuarkusTest
@TestProfile(AnalysisTimeBudgetTest.NoTime.class)
class AnalysisTimeBudgetTest {

    public static class NoTime implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("claimcheck.analyze.time-budget", "0S");
        }
    }

    @Test
    void analysisOverItsTimeBudgetIs413() {
        given().contentType(ContentType.JSON)
                .body(Map.of("articles", List.of(article("One", "About 2,000 soldiers arrived."),
                        article("Two", "Some 3,000 soldiers arrived."))))
                .when().post("/api/analyze")
                .then().log().ifValidationFails()
                .statusCode(413)
                .contentType("application/problem+json")
                .body("status", equalTo(413))
                .body("detail", equalTo("articles: could not be cross-checked within the time budget of 0 s per analysis; "
                        + "send fewer or shorter articles"));
    }

    @Test
    void analysisWithNothingToGroupNeedsNoTime() {
        given().contentType(ContentType.JSON)
                .body(Map.of("articles", List.of(article("One", "No figures here."))))
                .when().post("/api/analyze")
                .then().log().ifValidationFails()
                .statusCode(200)
                .body("groups", hasSize(0));
    }
}
