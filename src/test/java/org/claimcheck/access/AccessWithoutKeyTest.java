package org.claimcheck.access;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Map;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;
import org.junit.jupiter.api.Test;

/** Production without a key: writes are refused with 403, whatever key a client sends; reads are served. */
@QuarkusTest
@TestProfile(AccessWithoutKeyTest.ProductionWithoutKey.class)
class AccessWithoutKeyTest {

    public static class ProductionWithoutKey implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("claimcheck.access.open-writes-without-key", "false");
        }
    }

    private static final String ARTICLE = "{\"outlet\": \"Refused Times\", \"text\": \"Nothing is stored.\"}";

    private static ValidatableResponse isDisabled(ValidatableResponse response) {
        return response.statusCode(403)
                .contentType("application/problem+json")
                .header("WWW-Authenticate", nullValue())
                .body("status", equalTo(403))
                .body("title", equalTo("Forbidden"))
                .body("detail", equalTo("Writes are disabled until CLAIMCHECK_ACCESS_API_KEY is set"));
    }

    private static int storedArticles() {
        return given().when().get("/api/articles").then().statusCode(200).extract().jsonPath().getInt("totalItems");
    }

    @Test
    void writesAre403AndStoreNothing() {
        int before = storedArticles();
        isDisabled(given().contentType(ContentType.JSON).body(ARTICLE).when().post("/api/articles").then());
        isDisabled(given().contentType(ContentType.JSON).body("{\"articles\": [" + ARTICLE + "]}")
                .when().post("/api/articles/batch").then());
        isDisabled(given().when().delete("/api/articles/1").then());
        assertEquals(before, storedArticles());
    }

    @Test
    void aKeySentChangesNothing() {
        isDisabled(given().contentType(ContentType.JSON).header("X-API-Key", "anything").body(ARTICLE)
                .when().post("/api/articles").then());
    }

    @Test
    void readsAreServed() {
        given().when().get("/api/articles").then().statusCode(200).body("items", org.hamcrest.Matchers.notNullValue());
        given().when().get("/api/conflicts").then().statusCode(200);
        given().when().get("/").then().statusCode(200).body(containsString("claimcheck"));
    }

    @Test
    void theStatelessAnalysisIsServed() {
        given().contentType(ContentType.JSON)
                .body("{\"articles\": [{\"outlet\": \"Analyzed Times\", \"text\": \"Officials said 40 people were hurt.\"}]}")
                .when().post("/api/analyze")
                .then().statusCode(200).body("articles.size()", equalTo(1));
    }
}
