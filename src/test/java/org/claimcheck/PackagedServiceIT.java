package org.claimcheck;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import io.restassured.http.ContentType;
import io.restassured.specification.RequestSpecification;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The packaged service on its embedded file store, as a user runs it: fixtures load at start, and what was
 * stored is still there after a restart.
 */
class PackagedServiceIT {

    private static final Duration START_TIMEOUT = Duration.ofSeconds(60);

    @TempDir
    Path workDir;

    @Test
    void dataSurvivesARestart() throws Exception {
        int port = freePort();
        RequestSpecification api = given().baseUri("http://localhost").port(port);

        long id;
        Process first = start(port);
        try {
            api.get("/api/articles").then().statusCode(200).body("totalItems", equalTo(5));
            id = api.contentType(ContentType.JSON)
                    .body(Map.of("outlet", "Restart Gazette", "text", "Stored before the restart."))
                    .post("/api/articles")
                    .then().statusCode(201).extract().jsonPath().getLong("id");
        } finally {
            stop(first);
        }

        Process second = start(port);
        try {
            given().baseUri("http://localhost").port(port).get("/api/articles/" + id)
                    .then().statusCode(200).body("text", equalTo("Stored before the restart."));
            given().baseUri("http://localhost").port(port).get("/api/articles")
                    .then().statusCode(200).body("totalItems", equalTo(6));
            given().baseUri("http://localhost").port(port).get("/api/outlets")
                    .then().statusCode(200).body("size()", equalTo(6));
        } finally {
            stop(second);
        }
        assertTrue(Files.isRegularFile(workDir.resolve("data/claimcheck.mv.db")), "the store is a file under ./data");
    }

    private Process start(int port) throws IOException, InterruptedException {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        String jar = Path.of(System.getProperty("quarkus.app.jar", "target/quarkus-app/quarkus-run.jar")).toAbsolutePath().toString();
        long startedAt = System.nanoTime();
        Process process = new ProcessBuilder(List.of(java,
                "-Dquarkus.http.port=" + port,
                "-Dclaimcheck.fixtures.load-on-start=true",
                "-jar", jar))
                .directory(workDir.toFile())
                .redirectErrorStream(true)
                .redirectOutput(workDir.resolve("service.log").toFile())
                .start();
        awaitReady(process, port);
        System.out.printf("packaged service ready in %d ms%n", TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - startedAt));
        return process;
    }

    private void awaitReady(Process process, int port) throws IOException, InterruptedException {
        HttpClient client = HttpClient.newHttpClient();
        HttpRequest ready = HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/q/health/ready")).build();
        long deadline = System.nanoTime() + START_TIMEOUT.toNanos();
        while (System.nanoTime() < deadline) {
            if (!process.isAlive()) {
                throw new IllegalStateException("the service exited:\n" + Files.readString(workDir.resolve("service.log")));
            }
            try {
                if (client.send(ready, HttpResponse.BodyHandlers.discarding()).statusCode() == 200) {
                    return;
                }
            } catch (IOException notListeningYet) {
                // keep polling
            }
            Thread.sleep(100);
        }
        process.destroyForcibly();
        throw new IllegalStateException("the service did not become ready within " + START_TIMEOUT);
    }

    private static void stop(Process process) throws InterruptedException {
        process.destroy();
        if (!process.waitFor(30, TimeUnit.SECONDS)) {
            process.destroyForcibly().waitFor();
        }
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }
}
