package org.claimcheck.access;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;

import java.util.Map;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import io.restassured.http.ContentType;
import org.junit.jupiter.api.Test;

/** CORS switched on for one dashboard origin: its preflights may send the key; other origins get no CORS headers. */
@QuarkusTest
@TestProfile(AccessCorsTest.DashboardOrigin.class)
class AccessCorsTest {

    private static final String DASHBOARD = "https://dashboard.example.org";
    private static final String ELSEWHERE = "https://elsewhere.example.com";
    private static final String KEY = "cors-test-key-0b7e";

    public static class DashboardOrigin implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("quarkus.http.cors.enabled", "true",
                    "quarkus.http.cors.origins", DASHBOARD,
                    "claimcheck.access.api-key", KEY);
        }
    }

    @Test
    void aPreflightFromTheDashboardMaySendTheKey() {
        given().header("Origin", DASHBOARD)
                .header("Access-Control-Request-Method", "POST")
                .header("Access-Control-Request-Headers", "x-api-key,content-type")
                .when().options("/api/articles")
                .then().statusCode(200)
                .header("Access-Control-Allow-Origin", DASHBOARD)
                .header("Access-Control-Allow-Headers", containsString("X-API-Key"))
                .header("Access-Control-Allow-Headers", containsString("Authorization"))
                .header("Access-Control-Allow-Headers", containsString("Content-Type"))
                .header("Access-Control-Allow-Methods", containsString("POST"));
    }

    @Test
    void aPreflightFromAnotherOriginGetsNoAllowOrigin() {
        given().header("Origin", ELSEWHERE)
                .header("Access-Control-Request-Method", "POST")
                .header("Access-Control-Request-Headers", "x-api-key,content-type")
                .when().options("/api/articles")
                .then().header("Access-Control-Allow-Origin", nullValue());
        given().header("Origin", ELSEWHERE).when().get("/api/articles")
                .then().header("Access-Control-Allow-Origin", nullValue());
    }

    /** The refusal carries the CORS headers too, so that a dashboard elsewhere can read it and ask for the key. */
    @Test
    void aCrossOriginWriteWithoutKeyIsAReadable401() {
        given().header("Origin", DASHBOARD).contentType(ContentType.JSON)
                .body("{\"outlet\": \"Cors Courier\", \"text\": \"No key.\"}")
                .when().post("/api/articles")
                .then().statusCode(401)
                .contentType("application/problem+json")
                .header("Access-Control-Allow-Origin", DASHBOARD)
                .header("Access-Control-Expose-Headers", containsString("WWW-Authenticate"));
    }

    @Test
    void aCrossOriginWriteWithTheKeyIsServed() {
        given().header("Origin", DASHBOARD).header("X-API-Key", KEY).contentType(ContentType.JSON)
                .body("{\"outlet\": \"Cors Courier\", \"text\": \"With the key.\"}")
                .when().post("/api/articles")
                .then().statusCode(201)
                .header("Access-Control-Allow-Origin", DASHBOARD)
                .body("outlet", equalTo("Cors Courier"));
    }
}
