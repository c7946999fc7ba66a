package org.claimcheck.access;

import static io.restassured.RestAssured.given;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import org.junit.jupiter.api.Test;

/** The test profile as it ships: no key, and writes open (as in dev). */
@QuarkusTest
class AccessDefaultsTest {

    @Test
    void writesAreOpenWithoutAKey() {
        long id = given().contentType(ContentType.JSON).body("{\"outlet\": \"Open Gazette\", \"text\": \"No key needed.\"}")
                .when().post("/api/articles").then().statusCode(201).extract().jsonPath().getLong("id");
        given().when().delete("/api/articles/" + id).then().statusCode(204);
    }
}
