package org.claimcheck.web;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.ValidatableResponse;
import org.junit.jupiter.api.Test;

/** Security headers on the dashboard, the API and its problem documents; the dashboard's files revalidate. */
@QuarkusTest
class SecurityHeadersTest {

    @Test
    void dashboardFilesCarryThePolicyAndRevalidate() {
        for (String path : new String[] {"/", "/index.html", "/app.js", "/app.css"}) {
            String lastModified = secured(given().when().get(path).then().statusCode(200))
                    .header("Cache-Control", equalTo("no-cache"))
                    .header("Cache-Control", not(containsString("immutable")))
                    .header("Last-Modified", notNullValue())
                    .extract().header("Last-Modified");
            // Revalidation is cheap: unchanged files answer 304 with no body.
            given().header("If-Modified-Since", lastModified).when().get(path).then().statusCode(304);
        }
    }

    @Test
    void apiAnswersAndProblemsCarryTheHeaders() {
        secured(given().when().get("/api/outlets").then().statusCode(200));
        secured(given().when().get("/api/articles/01").then().statusCode(404).contentType("application/problem+json"));
        secured(given().when().get("/nothing-here").then().statusCode(404));
    }

    private static ValidatableResponse secured(ValidatableResponse response) {
        return response
                .header("Content-Security-Policy", containsString("script-src 'self'"))
                .header("Content-Security-Policy", containsString("frame-ancestors 'none'"))
                .header("Content-Security-Policy", not(containsString("unsafe-inline")))
                .header("X-Frame-Options", equalTo("DENY"))
                .header("X-Content-Type-Options", equalTo("nosniff"))
                .header("Referrer-Policy", equalTo("no-referrer"));
    }
}
