package org.claimcheck.web;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.matchesPattern;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import org.junit.jupiter.api.Test;

/** Without a configured public URL, Location is a path: never built from the client's Host header. */
@QuarkusTest
class LocationHeaderTest {

    @Test
    void locationIsARelativeReferenceWhateverTheHost() {
        String location = given().header("Host", "evil.example").contentType(ContentType.JSON)
                .body(TestArticles.article(TestArticles.uniqueOutlet(), "3,000 soldiers crossed."))
                .when().post("/api/articles")
                .then().statusCode(201)
                .header("Location", matchesPattern("/api/articles/[1-9][0-9]*"))
                .extract().header("Location");
        given().when().get(location).then().statusCode(200);
    }
}
