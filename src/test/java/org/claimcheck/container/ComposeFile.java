package org.claimcheck.container;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.StreamSupport;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;

/** docker/compose.yaml as the tests read it. */
record ComposeFile(JsonNode root) {

    static final Path LOCATION = Path.of("docker", "compose.yaml");

    static ComposeFile read() {
        try {
            return new ComposeFile(new ObjectMapper(new YAMLFactory()).readTree(LOCATION.toFile()));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    JsonNode service(String name) {
        JsonNode service = root.path("services").path(name);
        if (service.isMissingNode()) {
            throw new IllegalStateException("compose.yaml has no service " + name);
        }
        return service;
    }

    /** A service's environment as written, values still holding their ${...} references. */
    Map<String, String> environment(String service) {
        Map<String, String> environment = new LinkedHashMap<>();
        service(service).path("environment").fields()
                .forEachRemaining(entry -> environment.put(entry.getKey(), entry.getValue().asText()));
        return environment;
    }

    /** The container ports a service publishes ("8081:8080" publishes 8080). */
    List<Integer> publishedContainerPorts(String service) {
        return StreamSupport.stream(service(service).path("ports").spliterator(), false)
                .map(JsonNode::asText)
                .map(mapping -> mapping.substring(mapping.lastIndexOf(':') + 1))
                .map(port -> Integer.parseInt(port.replace("/tcp", "")))
                .toList();
    }

    /**
     * The value compose gives a variable reference when the variable is not set: "${X:-d}" gives d; "${X:?m}" has
     * none, so the caller must supply one.
     */
    static String defaultOf(String value) {
        if (!value.startsWith("${") || !value.endsWith("}")) {
            return value;
        }
        String reference = value.substring(2, value.length() - 1);
        int dash = reference.indexOf(":-");
        if (dash >= 0) {
            return reference.substring(dash + 2);
        }
        return null;
    }
}
