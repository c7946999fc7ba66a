package org.claimcheck.container;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;

import io.restassured.http.ContentType;
import io.restassured.specification.RequestSpecification;
import org.claimcheck.PackagedService;
import org.claimcheck.TestDatabase;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Readiness follows the database. The packaged service reaches the real PostgreSQL through a relay; cutting the relay
 * makes the service not ready (while it stays alive and answers 503), and opening it again makes the service ready
 * and working by itself, with nothing lost.
 */
class DatabaseOutageIT {

    private static final Duration WAIT = Duration.ofSeconds(45);
    private static final String KEY = "outage-test-key";

    @TempDir
    Path workDir;

    @Test
    void readinessFollowsTheDatabaseAndTheServiceRecoversByItself() throws Exception {
        String[] target = TestDatabase.hostAndPort().split(":");
        try (TestDatabase database = TestDatabase.create();
             TcpProxy proxy = new TcpProxy(PackagedService.freePort(), target[0], Integer.parseInt(target[1]))) {
            proxy.open();
            int port = PackagedService.freePort();
            Map<String, String> environment = Map.of(
                    "QUARKUS_DATASOURCE_JDBC_URL", database.jdbcUrlThrough("127.0.0.1:" + proxy.port()),
                    "QUARKUS_DATASOURCE_USERNAME", TestDatabase.user(),
                    "QUARKUS_DATASOURCE_PASSWORD", TestDatabase.password(),
                    "CLAIMCHECK_ACCESS_API_KEY", KEY);
            try (PackagedService service = PackagedService.startJar(environment, port, workDir)) {
                RequestSpecification api = given().baseUri("http://localhost").port(port);
                long before = post(port, "Stored before the outage: 12 people were hurt.");

                proxy.cut();
                service.awaitStatus("/q/health/ready", 503, WAIT);
                given().baseUri("http://localhost").port(port).get("/q/health/ready").then()
                        .body("status", equalTo("DOWN"));
                assertEquals(200, service.status("/q/health/live"), "the process stays alive: no restart needed");
                given().baseUri("http://localhost").port(port).get("/api/articles").then()
                        .statusCode(503).contentType("application/problem+json")
                        .header("Retry-After", equalTo("5"));
                given().baseUri("http://localhost").port(port).contentType(ContentType.JSON).header("X-API-Key", KEY)
                        .body(Map.of("outlet", "Outage Gazette", "text", "Posted while the database is away."))
                        .post("/api/articles").then().statusCode(503).contentType("application/problem+json");

                proxy.open();
                service.awaitStatus("/q/health/ready", 200, WAIT);
                api.get("/api/articles/" + before).then().statusCode(200);
                long after = post(port, "Stored after the outage: 40 people were hurt.");
                assertNotEquals(before, after);
                assertEquals(2, database.count("article"), "nothing from the outage was half-stored");
                assertTrue(service.process().isAlive());
            }
        }
    }

    private static long post(int port, String text) {
        return given().baseUri("http://localhost").port(port).contentType(ContentType.JSON).header("X-API-Key", KEY)
                .body(Map.of("outlet", "Outage Gazette", "text", text))
                .post("/api/articles").then().statusCode(201).extract().jsonPath().getLong("id");
    }
}
