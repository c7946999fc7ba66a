package org.claimcheck;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.greaterThanOrEqualTo;
import static org.hamcrest.Matchers.hasItem;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The sentence-embedding model loads in both packaged builds, where its libraries (ONNX Runtime, DJL) sit in lib/boot
 * on the system class path rather than in the application's class loader: readiness reports it UP, grouping uses it,
 * and the log holds no sign of it failing (a missing class, SLF4J without a provider, the old fallback's warning).
 */
class EmbeddingModelPackageIT {

    private static final String KEY = "embedding-model-test-key";

    /** Two outlets naming the same people with different words: grouping them takes the model's help. */
    private static final Map<String, Object> ANALYSIS = Map.of("articles", List.of(
            Map.of("outlet", "Gazette", "publishedAt", "2024-10-23",
                    "text", "About 3,000 North Korean troops have arrived in Russia, officials said on Wednesday."),
            Map.of("outlet", "Courier", "publishedAt", "2024-10-23",
                    "text", "Some 3,000 soldiers from North Korea are now in Russia, according to officials.")));

    @TempDir
    Path workDir;

    @Test
    void theEmbeddedBuildLoadsTheModel() throws Exception {
        int port = PackagedService.freePort();
        try (PackagedService service = PackagedService.startJar(PackagedService.embeddedJar(),
                Map.of("CLAIMCHECK_ACCESS_API_KEY", KEY), port, workDir)) {
            checkTheModel(service);
        }
    }

    @Test
    void theProductionBuildLoadsTheModel() throws Exception {
        try (TestDatabase database = TestDatabase.create()) {
            int port = PackagedService.freePort();
            Map<String, String> environment = database.serviceEnvironment(KEY);
            try (PackagedService service = PackagedService.startJar(PackagedService.jar(), environment, port, workDir)) {
                checkTheModel(service);
            }
        }
    }

    private static void checkTheModel(PackagedService service) throws Exception {
        int port = service.port();
        JsonPath ready = given().port(port).get("/q/health/ready").then().statusCode(200)
                .body("status", equalTo("UP"))
                .body("checks.name", hasItem("embedding-model"))
                .extract().jsonPath();
        String check = "checks.find { it.name == 'embedding-model' }";
        System.out.printf("embedding model: %s%n", ready.getMap(check));
        given().port(port).get("/q/health/ready").then()
                .body(check + ".status", equalTo("UP"))
                .body(check + ".data.model", equalTo("all-MiniLM-L6-v2 (quantized, ONNX Runtime)"))
                .body(check + ".data.loadMillis", greaterThanOrEqualTo(0));

        given().port(port).contentType(ContentType.JSON).body(ANALYSIS).post("/api/analyze")
                .then().statusCode(200).body("articles.size()", equalTo(2));

        String log = service.log();
        for (String sign : List.of("cannot run here", "cannot be loaded", "NoClassDefFoundError", "SLF4J(W)",
                "No SLF4J providers")) {
            assertFalse(log.contains(sign), () -> "the log says '" + sign + "':\n" + log);
        }
    }
}
