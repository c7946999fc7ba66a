package org.claimcheck.container;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

import com.fasterxml.jackson.databind.JsonNode;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

/**
 * docker/Dockerfile and docker/compose.yaml agree with the application they run: ports, environment variable names,
 * the health check's path and the user. There is no container engine on the build machines, so this is what keeps
 * the two files from drifting away from the code.
 */
@QuarkusTest
class ContainerFilesTest {

    private final Dockerfile dockerfile = Dockerfile.read();
    private final ComposeFile compose = ComposeFile.read();

    @Test
    void theImageExposesThePortTheServiceListensOn() {
        // Quarkus listens on 8080 unless application.properties says otherwise (the tests' own port aside).
        int servicePort = Integer.parseInt(ConfigurationKeys.productionValue("quarkus.http.port").orElse("8080"));
        assertEquals(List.of(servicePort), dockerfile.exposedPorts());
        assertEquals(List.of(servicePort), compose.publishedContainerPorts("app"));
        assertEquals(servicePort, healthCheckUrl().getPort());
    }

    @Test
    void theHealthCheckProbesReadinessIncludingTheDatabase() {
        String path = healthCheckUrl().getPath();
        assertEquals("/q/health/ready", path);
        given().get(path).then().statusCode(200)
                .body("status", equalTo("UP"))
                .body("checks.name", hasItem("Database connections health check"));
        JsonNode composeCheck = compose.service("app").path("healthcheck");
        assertTrue(composeCheck.isMissingNode(), "compose.yaml leaves the health check to the image");
    }

    @Test
    void theServiceRunsAsAnUnprivilegedUser() {
        String uid = dockerfile.user().split(":")[0];
        assertTrue(uid.matches("[0-9]+") && Integer.parseInt(uid) > 0,
                "USER is a numeric, non-root uid (so runAsNonRoot can verify it): " + dockerfile.user());
        assertTrue(compose.service("app").path("user").isMissingNode(), "compose.yaml keeps the image's user");
        assertTrue(dockerfile.runtimeCopies().stream().allMatch(copy -> copy.contains("--chown=" + dockerfile.user())),
                "the service's files belong to its user");
    }

    @Test
    void everyEnvironmentVariableSetsAConfigurationKeyOfTheApplication() {
        Map<String, String> byVariable = new TreeMap<>();
        for (String key : ConfigurationKeys.declared()) {
            byVariable.put(ConfigurationKeys.environmentVariable(key), key);
        }
        Set<String> variables = new TreeSet<>(compose.environment("app").keySet());
        variables.addAll(dockerfile.environment().keySet());
        Set<String> unknown = new TreeSet<>(variables);
        unknown.removeAll(byVariable.keySet());
        assertTrue(unknown.isEmpty(), "variables that set nothing the application declares: " + unknown);
    }

    @Test
    void composeGivesTheServiceTheDatabaseItStarts() {
        Map<String, String> db = compose.environment("db");
        Map<String, String> app = compose.environment("app");
        URI jdbc = URI.create(app.get("QUARKUS_DATASOURCE_JDBC_URL").substring("jdbc:".length()));
        assertEquals("postgresql", jdbc.getScheme());
        assertEquals("db", jdbc.getHost());
        assertEquals(5432, jdbc.getPort());
        assertEquals("/" + db.get("POSTGRES_DB"), jdbc.getPath());
        assertEquals(db.get("POSTGRES_USER"), app.get("QUARKUS_DATASOURCE_USERNAME"));
        assertEquals(db.get("POSTGRES_PASSWORD"), app.get("QUARKUS_DATASOURCE_PASSWORD"));
        assertEquals(null, ComposeFile.defaultOf(app.get("QUARKUS_DATASOURCE_PASSWORD")),
                "the password has no default: compose refuses to start without one");
        assertEquals("service_healthy", compose.service("app").path("depends_on").path("db").path("condition").asText());
        assertFalse(compose.service("db").path("healthcheck").isMissingNode());
        String volume = compose.service("db").path("volumes").get(0).asText();
        assertTrue(volume.endsWith(":/var/lib/postgresql/data"), volume);
        assertTrue(compose.root().path("volumes").has(volume.substring(0, volume.indexOf(':'))),
                "the database lives in a named volume");
    }

    @Test
    void writesNeedAKeyThatComposeRequires() {
        String key = compose.environment("app").get("CLAIMCHECK_ACCESS_API_KEY");
        assertNotNull(key);
        assertEquals(null, ComposeFile.defaultOf(key), "compose refuses to start without an API key");
    }

    @Test
    void theEntrypointRunsThePackagedJarWithContainerAwareMemory() {
        List<String> entrypoint = dockerfile.entrypoint();
        assertEquals("java", entrypoint.get(0));
        assertTrue(entrypoint.stream().anyMatch(flag -> flag.startsWith("-XX:MaxRAMPercentage=")), entrypoint.toString());
        assertEquals(dockerfile.workDir() + "/quarkus-run.jar", entrypoint.get(entrypoint.size() - 1));
        assertEquals("-jar", entrypoint.get(entrypoint.size() - 2));
        assertTrue(dockerfile.runtimeCopies().stream()
                        .anyMatch(copy -> copy.contains("target/postgresql/*.jar " + dockerfile.workDir() + "/")),
                "the image holds the package's run jar in its working directory");
    }

    @Test
    void theBaseImagesArePinnedOfficialTagsThatBuildArgumentsReplace() {
        // docker/test-image.sh builds this file against local bases where the registry cannot be reached.
        assertEquals(List.of("${BUILD_IMAGE}", "${RUNTIME_IMAGE}"), dockerfile.baseImages());
        String build = dockerfile.globalArgs().get("BUILD_IMAGE");
        String runtime = dockerfile.globalArgs().get("RUNTIME_IMAGE");
        assertNotNull(build, "ARG BUILD_IMAGE before the first FROM, with a default");
        assertNotNull(runtime, "ARG RUNTIME_IMAGE before the first FROM, with a default");
        assertTrue(build.matches("eclipse-temurin:17\\.[0-9.]+_[0-9]+-jdk-[a-z]+"),
                "a pinned JDK 17 by default: " + build);
        assertTrue(runtime.matches("eclipse-temurin:17\\.[0-9.]+_[0-9]+-jre-[a-z]+"),
                "a pinned JRE 17 by default: " + runtime);
        assertEquals(build.replace("-jdk-", "-"), runtime.replace("-jre-", "-"),
                "the same Java release and distribution");
    }

    private URI healthCheckUrl() {
        String check = dockerfile.healthCheck();
        assertNotNull(check, "the image has a HEALTHCHECK");
        int start = check.indexOf("http://");
        int end = check.indexOf(' ', start);
        return URI.create(check.substring(start, end < 0 ? check.length() : end));
    }
}
