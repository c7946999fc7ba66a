package org.claimcheck.web;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;

import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

/** Errors raised by the HTTP layer itself also answer with problem documents. */
@QuarkusTest
class HttpProtocolErrorTest {

    @Test
    void wrongContentTypeIs415() {
        given().contentType("text/plain").body("outlet=x")
                .when().post("/api/articles")
                .then().statusCode(415)
                .contentType("application/problem+json")
                .body("status", equalTo(415))
                .body("detail", containsString("must be application/json, not text/plain"));
    }

    @Test
    void missingContentTypeIs415() {
        given().body(new byte[] {'{', '}'})
                .when().post("/api/articles/batch")
                .then().statusCode(415)
                .contentType("application/problem+json");
    }

    @Test
    void unknownArticleIs404() {
        given().when().get("/api/articles/987654321")
                .then().statusCode(404)
                .contentType("application/problem+json")
                .body("detail", equalTo("No article with id 987654321"))
                .body("instance", equalTo("/api/articles/987654321"));
    }

    @Test
    void nonNumericIdIs404() {
        given().when().get("/api/articles/abc")
                .then().statusCode(404)
                .contentType("application/problem+json");
    }

    @Test
    void unsupportedMethodIs405() {
        given().contentType("application/json").body("{}")
                .when().put("/api/articles")
                .then().statusCode(405)
                .contentType("application/problem+json")
                .body("detail", equalTo("PUT is not allowed on /api/articles"));
    }

    @Test
    void unacceptableMediaTypeIs406() {
        given().accept("text/csv")
                .when().get("/api/articles")
                .then().statusCode(406)
                .contentType("application/problem+json");
    }
}
