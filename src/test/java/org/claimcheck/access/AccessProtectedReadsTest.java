package org.claimcheck.access;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;

import java.util.Map;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import org.junit.jupiter.api.Test;

/** With protect-reads on, reads of the API need the key as well; operations endpoints and the dashboard stay open. */
@QuarkusTest
@TestProfile(AccessProtectedReadsTest.ReadsProtected.class)
class AccessProtectedReadsTest {

    private static final String KEY = "reads-need-this-key-81d2";

    public static class ReadsProtected implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("claimcheck.access.api-key", KEY, "claimcheck.access.protect-reads", "true");
        }
    }

    @Test
    void aReadWithoutKeyIs401() {
        given().when().get("/api/articles")
                .then().statusCode(401)
                .contentType("application/problem+json")
                .header("WWW-Authenticate", "Bearer realm=\"claimcheck\"")
                .body("status", equalTo(401));
        given().header("X-API-Key", "not-" + KEY).when().get("/api/outlets").then().statusCode(401);
    }

    @Test
    void aReadWithTheKeyIsServed() {
        given().header("X-API-Key", KEY).when().get("/api/articles").then().statusCode(200);
        given().header("Authorization", "Bearer " + KEY).when().get("/api/outlets").then().statusCode(200);
    }

    @Test
    void healthMetricsAndOpenApiStayOpen() {
        given().when().get("/q/health/ready").then().statusCode(200).body("status", equalTo("UP"));
        given().when().get("/q/metrics").then().statusCode(200);
        given().queryParam("format", "json").when().get("/q/openapi").then().statusCode(200);
    }

    @Test
    void theDashboardStaysOpen() {
        given().when().get("/").then().statusCode(200).body(containsString("<title>claimcheck</title>"));
        given().when().get("/app.js").then().statusCode(200);
    }
}
