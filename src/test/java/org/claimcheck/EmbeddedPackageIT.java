package org.claimcheck;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

import io.restassured.http.ContentType;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The build on the embedded store, as a first-time user runs it (`java -jar target/quarkus-app/quarkus-run.jar`, no
 * database to set up): fixtures load at start, and what was stored is still there after a restart.
 */
class EmbeddedPackageIT {

    private static final String KEY = "embedded-test-key";

    @TempDir
    Path workDir;

    @Test
    void dataSurvivesARestart() throws Exception {
        int port = PackagedService.freePort();
        Map<String, String> environment = Map.of("CLAIMCHECK_ACCESS_API_KEY", KEY);
        long id;
        try (PackagedService first = start(environment, port)) {
            given().port(port).get("/api/articles").then().statusCode(200).body("totalItems", equalTo(5));
            id = given().port(port).contentType(ContentType.JSON).header("X-API-Key", KEY)
                    .body(Map.of("outlet", "Restart Gazette", "text", "Stored before the restart."))
                    .post("/api/articles")
                    .then().statusCode(201).extract().jsonPath().getLong("id");
        }
        try (PackagedService second = start(environment, port)) {
            given().port(port).get("/api/articles/" + id)
                    .then().statusCode(200).body("text", equalTo("Stored before the restart."));
            given().port(port).get("/api/articles").then().statusCode(200).body("totalItems", equalTo(6));
            given().port(port).get("/api/outlets").then().statusCode(200).body("size()", equalTo(6));
        }
        assertTrue(Files.isRegularFile(workDir.resolve("data/claimcheck.mv.db")), "the store is a file under ./data");
    }

    private PackagedService start(Map<String, String> environment, int port) throws Exception {
        return PackagedService.startJar(PackagedService.embeddedJar(), environment, port, workDir,
                "-Dclaimcheck.fixtures.load-on-start=true");
    }
}
