package org.claimcheck.web;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.URL;
import java.time.Duration;

import com.fasterxml.jackson.databind.JsonNode;

import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

/** Errors raised by the HTTP layer itself also answer with problem documents. */
@QuarkusTest
class HttpProtocolErrorTest {

    private static final Duration WAIT = Duration.ofSeconds(10);

    @TestHTTPResource("/")
    URL root;

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

    @Test
    void overLongUrlIs414() throws IOException {
        RawHttp.Answer answer = RawHttp.exchange(root, "GET /api/articles?outlet=" + "a".repeat(20_000)
                + " HTTP/1.1\r\nHost: localhost\r\nConnection: close\r\n\r\n", WAIT);
        assertProblem(answer, 414, "over the limit of 8192");
    }

    @Test
    void hugeHeadersAre431() throws IOException {
        RawHttp.Answer answer = RawHttp.exchange(root, "GET /api/articles HTTP/1.1\r\nHost: localhost\r\n"
                + "X-Junk: " + "j".repeat(30_000) + "\r\nConnection: close\r\n\r\n", WAIT);
        assertProblem(answer, 431, "over the limit of 16384");
    }

    @Test
    void badEscapeIs400() throws IOException {
        for (String target : new String[] {"/api/articles/%zz", "/api/articles?outlet=%E", "/api/articles/%"}) {
            RawHttp.Answer answer = RawHttp.exchange(root, "GET " + target + " HTTP/1.1\r\n"
                    + "Host: localhost\r\nConnection: close\r\n\r\n", WAIT);
            assertProblem(answer, 400, "not a valid URI");
        }
    }

    private static void assertProblem(RawHttp.Answer answer, int status, String detail) {
        assertEquals(status, answer.status(), answer.toString());
        assertTrue(answer.header("Content-Type").startsWith("application/problem+json"), answer.toString());
        JsonNode problem = ReportInvariants.parse(answer.body());
        assertEquals(status, problem.path("status").asInt(), answer.body());
        assertTrue(problem.path("detail").asText().contains(detail), answer.body());
        assertTrue(!problem.path("title").asText().isBlank(), answer.body());
    }
}
