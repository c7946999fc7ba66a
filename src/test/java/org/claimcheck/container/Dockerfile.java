package org.claimcheck.container;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * What the tests need to know of docker/Dockerfile: the build arguments declared before the first FROM (those a
 * FROM may use) with their defaults, every stage's base image as written, and of the final (runtime) stage its
 * entrypoint, environment, user, exposed ports and health check. Reads the instructions the way Docker does:
 * continuation lines joined, comment lines dropped, the last FROM opening the stage that becomes the image.
 */
record Dockerfile(Map<String, String> globalArgs, List<String> baseImages, List<String> entrypoint,
        Map<String, String> environment, String user, List<Integer> exposedPorts, String healthCheck, String workDir,
        List<String> runtimeCopies) {

    static final Path LOCATION = Path.of("docker", "Dockerfile");

    static Dockerfile read() {
        try {
            return parse(Files.readAllLines(LOCATION));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static Dockerfile parse(List<String> lines) {
        Map<String, String> globalArgs = new LinkedHashMap<>();
        List<String> baseImages = new ArrayList<>();
        List<String> entrypoint = List.of();
        Map<String, String> environment = new LinkedHashMap<>();
        String user = "root";
        List<Integer> ports = new ArrayList<>();
        String healthCheck = null;
        String workDir = "/";
        List<String> copies = new ArrayList<>();
        for (String instruction : instructions(lines)) {
            String keyword = instruction.split("\\s+", 2)[0].toUpperCase();
            String arguments = instruction.substring(keyword.length()).trim();
            switch (keyword) {
                case "FROM" -> { // a new stage: only the last one's settings reach the image
                    baseImages.add(arguments.split("\\s+")[0]);
                    entrypoint = List.of();
                    environment.clear();
                    user = "root";
                    ports.clear();
                    healthCheck = null;
                    workDir = "/";
                    copies.clear();
                }
                case "ENTRYPOINT" -> entrypoint = jsonArray(arguments);
                case "ENV" -> environment.putAll(assignments(arguments));
                case "USER" -> user = arguments;
                case "EXPOSE" -> {
                    for (String port : arguments.split("\\s+")) {
                        ports.add(Integer.parseInt(port.replace("/tcp", "")));
                    }
                }
                case "HEALTHCHECK" -> healthCheck = arguments;
                case "WORKDIR" -> workDir = arguments;
                case "COPY" -> copies.add(arguments);
                case "ARG" -> {
                    if (baseImages.isEmpty()) {
                        int equals = arguments.indexOf('=');
                        globalArgs.put(equals < 0 ? arguments : arguments.substring(0, equals),
                                equals < 0 ? null : arguments.substring(equals + 1));
                    }
                }
                default -> { }
            }
        }
        return new Dockerfile(Collections.unmodifiableMap(globalArgs), List.copyOf(baseImages), entrypoint,
                Map.copyOf(environment), user, List.copyOf(ports), healthCheck, workDir, List.copyOf(copies));
    }

    private static List<String> instructions(List<String> lines) {
        List<String> instructions = new ArrayList<>();
        StringBuilder current = new StringBuilder();
        for (String line : lines) {
            String trimmed = line.strip();
            if (trimmed.isEmpty() || trimmed.startsWith("#")) {
                continue;
            }
            if (trimmed.endsWith("\\")) {
                current.append(trimmed, 0, trimmed.length() - 1).append(' ');
                continue;
            }
            current.append(trimmed);
            instructions.add(current.toString());
            current.setLength(0);
        }
        return instructions;
    }

    private static List<String> jsonArray(String text) {
        try {
            return new ObjectMapper().readValue(text, new TypeReference<List<String>>() { });
        } catch (IOException e) {
            throw new IllegalArgumentException("ENTRYPOINT is not in exec (JSON array) form: " + text, e);
        }
    }

    /** ENV's key=value form; the values here hold no spaces or quotes. */
    private static Map<String, String> assignments(String text) {
        Map<String, String> values = new LinkedHashMap<>();
        for (String assignment : text.split("\\s+")) {
            int equals = assignment.indexOf('=');
            if (equals <= 0) {
                throw new IllegalArgumentException("ENV outside the key=value form: " + text);
            }
            values.put(assignment.substring(0, equals), assignment.substring(equals + 1));
        }
        return values;
    }
}
