package org.claimcheck.container;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import io.restassured.http.ContentType;
import io.restassured.specification.RequestSpecification;
import org.claimcheck.PackagedService;
import org.claimcheck.TestDatabase;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The packaged production build started the way the container image starts it: docker/Dockerfile's ENTRYPOINT
 * command line, and the environment that the Dockerfile and docker/compose.yaml give it, with the values pointing
 * at the real PostgreSQL instead of the compose network. Then the checks a deployment needs: ready, the fixtures
 * load with the documented command, the conflict report is there, and the data outlives a restart.
 */
class ContainerEntrypointIT {

    private static final Path FIXTURES = Path.of("claims-fixtures", "seed-articles.json");

    @TempDir
    Path workDir;

    @Test
    void theImagesCommandServesTheStoreOnPostgreSql() throws Exception {
        String apiKey = UUID.randomUUID().toString();
        try (TestDatabase database = TestDatabase.create()) {
            int port = PackagedService.freePort();
            Map<String, String> environment = containerEnvironment(database, apiKey, port);
            List<String> command = entrypointCommand();

            try (PackagedService service = PackagedService.start(command, environment, port, workDir)) {
                RequestSpecification api = given().baseUri("http://localhost").port(port);
                api.get("/q/health/ready").then().statusCode(200)
                        .body("status", equalTo("UP"))
                        .body("checks.name", hasItem("Database connections health check"));
                assertFalse(service.log().contains(apiKey), "the API key is never logged");

                given().baseUri("http://localhost").port(port).contentType(ContentType.JSON).body(FIXTURES.toFile())
                        .post("/api/articles/batch")
                        .then().statusCode(401).contentType("application/problem+json");
                given().baseUri("http://localhost").port(port).contentType(ContentType.JSON).body(FIXTURES.toFile())
                        .header("X-API-Key", apiKey)
                        .post("/api/articles/batch")
                        .then().statusCode(200).body("created", equalTo(5));

                given().baseUri("http://localhost").port(port).get("/api/conflicts").then().statusCode(200)
                        .body("groups.status", hasItem("CONFLICT"));
                assertTrue(database.count("article") == 5, "the articles are in the PostgreSQL schema");
                assertTrue(database.count("stored_claim") > 0, "their claims too");
            }

            long claims = database.count("stored_claim");
            try (PackagedService restarted = PackagedService.start(command, environment, port, workDir)) {
                given().baseUri("http://localhost").port(port).get("/api/articles")
                        .then().statusCode(200).body("totalItems", equalTo(5));
                given().baseUri("http://localhost").port(port).get("/api/conflicts").then().statusCode(200)
                        .body("groups.status", hasItem("CONFLICT"));
                assertEquals(claims, database.count("stored_claim"), "a restart neither loses nor repeats claims");
            }
        }
    }

    /** The ENTRYPOINT, with the image's paths replaced by the local JDK and package. */
    private static List<String> entrypointCommand() {
        Dockerfile dockerfile = Dockerfile.read();
        String imageJar = dockerfile.workDir() + "/quarkus-run.jar";
        List<String> command = new ArrayList<>();
        for (String argument : dockerfile.entrypoint()) {
            if (argument.equals("java")) {
                command.add(PackagedService.java());
            } else if (argument.equals(imageJar)) {
                command.add(PackagedService.jar().toString());
            } else {
                command.add(argument);
            }
        }
        assertTrue(command.contains(PackagedService.jar().toString()), "the entrypoint runs " + imageJar);
        return command;
    }

    /**
     * The Dockerfile's ENV, overlaid by compose's environment for the service, each variable either at its compose
     * default or, where compose points at its own network or requires a value, at a local equivalent.
     */
    private static Map<String, String> containerEnvironment(TestDatabase database, String apiKey, int port) {
        Map<String, String> local = database.serviceEnvironment(apiKey);
        Map<String, String> environment = new HashMap<>(Dockerfile.read().environment());
        ComposeFile.read().environment("app").forEach((name, value) -> {
            String resolved = local.containsKey(name) ? local.get(name) : ComposeFile.defaultOf(value);
            if (resolved == null) {
                throw new IllegalStateException(name + " has no default in compose.yaml and no local value here");
            }
            environment.put(name, resolved);
        });
        local.forEach((name, value) -> assertTrue(environment.containsKey(name), "compose.yaml sets " + name));
        // The one difference from the container: the host's port 8080 may be taken.
        environment.put("QUARKUS_HTTP_PORT", Integer.toString(port));
        return environment;
    }
}
