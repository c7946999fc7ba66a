package org.claimcheck.access;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.net.Socket;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.UUID;

import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;
import org.junit.jupiter.api.Test;

/** With a key configured, writes to the API need it and reads stay open. */
@QuarkusTest
@TestProfile(AccessKeyTest.KeyConfigured.class)
class AccessKeyTest {

    static final String KEY = "k3y-for-access-tests-5f0c2a9e";

    public static class KeyConfigured implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("claimcheck.access.api-key", KEY);
        }
    }

    @TestHTTPResource("/")
    URL root;

    private static String article(String text) {
        return "{\"outlet\": \"Access " + UUID.randomUUID() + "\", \"text\": \"" + text + "\"}";
    }

    private static int storedArticles() {
        return given().when().get("/api/articles").then().statusCode(200).extract().jsonPath().getInt("totalItems");
    }

    private static ValidatableResponse isUnauthorized(ValidatableResponse response) {
        return response.statusCode(401)
                .contentType("application/problem+json")
                .header("WWW-Authenticate", "Bearer realm=\"claimcheck\"")
                .body("status", equalTo(401))
                .body("title", equalTo("Unauthorized"));
    }

    @Test
    void postWithoutKeyIs401WithAChallenge() {
        isUnauthorized(given().contentType(ContentType.JSON).body(article("No key."))
                .when().post("/api/articles").then())
                .body("detail", containsString("X-API-Key"))
                .body("instance", equalTo("/api/articles"));
    }

    @Test
    void deleteWithoutKeyIs401AndDeletesNothing() {
        long id = given().contentType(ContentType.JSON).header("X-API-Key", KEY).body(article("Kept."))
                .when().post("/api/articles").then().statusCode(201).extract().jsonPath().getLong("id");

        isUnauthorized(given().when().delete("/api/articles/" + id).then());
        given().when().get("/api/articles/" + id).then().statusCode(200);
    }

    @Test
    void wrongKeyIs401AndIsNotEchoed() {
        String wrong = KEY.substring(0, KEY.length() - 1) + "X";
        isUnauthorized(given().contentType(ContentType.JSON).header("X-API-Key", wrong).body(article("Wrong key."))
                .when().post("/api/articles").then())
                .body(not(containsString(wrong)))
                .body(not(containsString(KEY)));
        isUnauthorized(given().contentType(ContentType.JSON).header("Authorization", "Bearer " + wrong).body(article("Wrong key."))
                .when().post("/api/articles").then());
    }

    @Test
    void wrongKeysOfOtherLengthsAre401() {
        for (String wrong : new String[] {KEY + "0", KEY.substring(0, 8), KEY + KEY, "x"}) {
            isUnauthorized(given().contentType(ContentType.JSON).header("X-API-Key", wrong).body(article("Wrong length."))
                    .when().post("/api/articles").then());
        }
    }

    @Test
    void otherAuthorizationSchemesAreNoKey() {
        isUnauthorized(given().contentType(ContentType.JSON).header("Authorization", "Basic " + KEY).body(article("Basic."))
                .when().post("/api/articles").then());
    }

    @Test
    void theKeyAsBearerTokenIsAccepted() {
        given().contentType(ContentType.JSON).header("Authorization", "Bearer " + KEY).body(article("Bearer."))
                .when().post("/api/articles").then().statusCode(201);
    }

    @Test
    void theKeyAsXApiKeyIsAcceptedForPostAndDelete() {
        long id = given().contentType(ContentType.JSON).header("X-API-Key", KEY).body(article("X-API-Key."))
                .when().post("/api/articles").then().statusCode(201).extract().jsonPath().getLong("id");
        given().header("X-API-Key", KEY).when().delete("/api/articles/" + id).then().statusCode(204);
    }

    @Test
    void readsStayOpen() {
        given().when().get("/api/articles").then().statusCode(200);
        given().when().get("/api/outlets").then().statusCode(200);
        given().when().get("/api/groups").then().statusCode(200);
    }

    @Test
    void fixturesLoadWithTheKeyOnly() throws Exception {
        String seeds = Files.readString(Path.of("claims-fixtures/seed-articles.json"));
        isUnauthorized(given().contentType(ContentType.JSON).body(seeds).when().post("/api/articles/batch").then());
        given().contentType(ContentType.JSON).header("X-API-Key", KEY).body(seeds)
                .when().post("/api/articles/batch").then().statusCode(200);
    }

    @Test
    void aRefusedWriteStoresNothing() {
        int before = storedArticles();
        isUnauthorized(given().contentType(ContentType.JSON).body(article("Refused.")).when().post("/api/articles").then());
        isUnauthorized(given().contentType(ContentType.JSON).header("X-API-Key", "guess")
                .body("{\"articles\": [" + article("Refused one.") + ", " + article("Refused two.") + "]}")
                .when().post("/api/articles/batch").then());
        assertEquals(before, storedArticles());
    }

    /** Not JSON at all: had the body been parsed, the answer would be 400. */
    @Test
    void aLargeBodyWithoutKeyIs401WithoutBeingParsed() {
        String body = "{" + "x".repeat(10 * 1024 * 1024);
        isUnauthorized(given().contentType(ContentType.JSON).body(body).when().post("/api/articles").then());
        given().contentType(ContentType.JSON).header("X-API-Key", KEY).body("{")
                .when().post("/api/articles").then().statusCode(400);
    }

    /**
     * The router sends these spellings to the article resource too (201 with the key), so each must be guarded.
     * Sent over a bare socket: HTTP clients tidy paths up before sending them.
     */
    @Test
    void otherSpellingsOfTheApiPathAreGuardedToo() throws IOException {
        for (String path : new String[] {"//api/articles", "/%61pi/articles", "/x/../api/articles", "/api;v=1/articles",
                "/./api/articles"}) {
            assertEquals(401, rawPost(path, null), path + " without the key");
            assertEquals(201, rawPost(path, KEY), path + " with the key");
        }
    }

    private int rawPost(String path, String key) throws IOException {
        byte[] body = article("Spelled " + path).getBytes(StandardCharsets.UTF_8);
        String head = "POST " + path + " HTTP/1.1\r\nHost: localhost\r\nConnection: close\r\n"
                + "Content-Type: application/json\r\nContent-Length: " + body.length + "\r\n"
                + (key == null ? "" : "X-API-Key: " + key + "\r\n") + "\r\n";
        try (Socket socket = new Socket(root.getHost(), root.getPort())) {
            socket.getOutputStream().write(head.getBytes(StandardCharsets.US_ASCII));
            socket.getOutputStream().write(body);
            String statusLine = new BufferedReader(new InputStreamReader(socket.getInputStream(), StandardCharsets.US_ASCII))
                    .readLine();
            return Integer.parseInt(statusLine.split(" ")[1]);
        }
    }
}
