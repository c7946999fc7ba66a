package org.claimcheck.access;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import io.restassured.http.ContentType;
import org.eclipse.microprofile.config.ConfigProvider;
import org.junit.jupiter.api.Test;

/** The service says at start-up that a key is required, in one line, and never writes the key to its log. */
@QuarkusTest
@TestProfile(AccessLogTest.LoggedToAFile.class)
class AccessLogTest {

    private static final String KEY = "never-in-the-log-3c91f7d2a6e4";

    /** The whole log of this run, start-up included, goes to a file of its own. */
    public static class LoggedToAFile implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("claimcheck.access.api-key", KEY,
                    "quarkus.log.file.enabled", "true",
                    "quarkus.log.file.path", "target/access-log-test/" + UUID.randomUUID() + ".log");
        }
    }

    private static List<String> log() throws IOException {
        Path file = Path.of(ConfigProvider.getConfig().getValue("quarkus.log.file.path", String.class));
        return Files.readAllLines(file, StandardCharsets.UTF_8);
    }

    @Test
    void oneStartUpLineSaysAKeyIsRequired() throws IOException {
        List<String> accessLines = log().stream().filter(line -> line.contains(AccessGuard.class.getSimpleName() + "]")).toList();
        assertEquals(1, accessLines.size(), "one line about access: " + accessLines);
        assertTrue(accessLines.get(0).contains("INFO") && accessLines.get(0).endsWith("API key required for writes"),
                accessLines.get(0));
    }

    @Test
    void neitherTheKeyNorAWrongOneIsLogged() throws IOException {
        String wrong = "XX" + KEY.substring(2);
        given().contentType(ContentType.JSON).header("X-API-Key", wrong).body("{\"outlet\": \"Log\", \"text\": \"x\"}")
                .when().post("/api/articles").then().statusCode(401);
        given().contentType(ContentType.JSON).header("Authorization", "Bearer " + KEY).body("{\"outlet\": \"Log\", \"text\": \"x\"}")
                .when().post("/api/articles").then().statusCode(201);
        given().contentType(ContentType.JSON).header("X-API-Key", KEY).body("{\"outlet\": 1")
                .when().post("/api/articles").then().statusCode(400);

        List<String> lines = log();
        assertFalse(lines.isEmpty(), "the log file is written");
        assertTrue(lines.stream().noneMatch(line -> line.contains(KEY)), "the key is in the log");
        assertTrue(lines.stream().noneMatch(line -> line.contains(wrong)), "a wrong key is in the log");
    }
}
