package org.claimcheck.web;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.matchesPattern;

import java.util.Map;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import io.restassured.http.ContentType;
import org.junit.jupiter.api.Test;

/** With claimcheck.http.public-url set, Location is absolute on it, path included, whatever Host the client sent. */
@QuarkusTest
@TestProfile(PublicUrlLocationTest.PublicUrl.class)
class PublicUrlLocationTest {

    public static class PublicUrl implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("claimcheck.http.public-url", "https://claims.example.org/service");
        }
    }

    @Test
    void locationIsBuiltFromThePublicUrl() {
        given().header("Host", "evil.example").contentType(ContentType.JSON)
                .body(TestArticles.article(TestArticles.uniqueOutlet(), "3,000 soldiers crossed."))
                .when().post("/api/articles")
                .then().statusCode(201)
                .header("Location", matchesPattern("https://claims\\.example\\.org/service/api/articles/[1-9][0-9]*"));
    }
}
