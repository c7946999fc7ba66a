package org.claimcheck.access;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.nullValue;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import org.junit.jupiter.api.Test;

/** The test profile as it ships: no key, writes open (as in dev), and CORS off. */
@QuarkusTest
class AccessDefaultsTest {

    @Test
    void writesAreOpenWithoutAKey() {
        long id = given().contentType(ContentType.JSON).body("{\"outlet\": \"Open Gazette\", \"text\": \"No key needed.\"}")
                .when().post("/api/articles").then().statusCode(201).extract().jsonPath().getLong("id");
        given().when().delete("/api/articles/" + id).then().statusCode(204);
    }

    @Test
    void corsIsOff() {
        given().header("Origin", "https://dashboard.example.org")
                .header("Access-Control-Request-Method", "POST")
                .header("Access-Control-Request-Headers", "x-api-key")
                .when().options("/api/articles")
                .then().header("Access-Control-Allow-Origin", nullValue());
        given().header("Origin", "https://dashboard.example.org").when().get("/api/articles")
                .then().statusCode(200).header("Access-Control-Allow-Origin", nullValue());
    }
}
