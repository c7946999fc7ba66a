package org.claimcheck.web;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;

import java.util.Map;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import io.restassured.http.ContentType;
import org.junit.jupiter.api.Test;

/** A body over the HTTP limit is refused before it is read, with a problem document like every other error. */
@QuarkusTest
@TestProfile(RequestBodyLimitTest.SmallBodies.class)
class RequestBodyLimitTest {

    public static class SmallBodies implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("quarkus.http.limits.max-body-size", "64K");
        }
    }

    @Test
    void bodyOverTheLimitIs413() {
        given().contentType(ContentType.JSON)
                .body(TestArticles.article(TestArticles.uniqueOutlet(), "x".repeat(70_000)))
                .when().post("/api/articles")
                .then().statusCode(413)
                .contentType("application/problem+json")
                .body("status", equalTo(413))
                .body("detail", containsString("limit of 65536 bytes"));
    }

    @Test
    void bodyUnderTheLimitIsRead() {
        TestArticles.post(TestArticles.article(TestArticles.uniqueOutlet(), "x".repeat(60_000))).statusCode(201);
    }
}
