package org.claimcheck;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * The packaged production build (target/postgresql, made by `./mvnw package`) started as a separate process, the way a user
 * or the container image runs it, for the tests of the package (the *IT classes).
 */
public final class PackagedService implements AutoCloseable {

    private static final Duration START_TIMEOUT = Duration.ofSeconds(90);

    private final Process process;
    private final int port;
    private final Path log;

    private PackagedService(Process process, int port, Path log) {
        this.process = process;
        this.port = port;
        this.log = log;
    }

    /** The production build's main jar, as Maven's failsafe configuration names it. */
    public static Path jar() {
        return Path.of(System.getProperty("quarkus.app.jar", "target/postgresql/quarkus-run.jar")).toAbsolutePath();
    }

    /** The main jar of the build on the embedded H2 store, which `java -jar` runs with no database to set up. */
    public static Path embeddedJar() {
        return Path.of(System.getProperty("quarkus.embedded.jar", "target/quarkus-app/quarkus-run.jar")).toAbsolutePath();
    }

    /** The java launcher of the JVM running the tests. */
    public static String java() {
        return Path.of(System.getProperty("java.home"), "bin", "java").toString();
    }

    /**
     * Starts {@code command} in {@code workDir} with {@code environment} added to this process's own, and waits
     * until the service is ready on {@code port}.
     */
    public static PackagedService start(List<String> command, Map<String, String> environment, int port, Path workDir)
            throws IOException, InterruptedException {
        PackagedService service = launch(command, environment, port, workDir);
        service.awaitReady();
        return service;
    }

    /** Starts the packaged jar with the given system properties and environment, and waits until it is ready. */
    public static PackagedService startJar(Map<String, String> environment, int port, Path workDir, String... systemProperties)
            throws IOException, InterruptedException {
        return startJar(jar(), environment, port, workDir, systemProperties);
    }

    /** Starts {@code jar} with the given system properties and environment, and waits until it is ready. */
    public static PackagedService startJar(Path jar, Map<String, String> environment, int port, Path workDir,
            String... systemProperties) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>();
        command.add(java());
        command.add("-Dquarkus.http.port=" + port);
        command.addAll(List.of(systemProperties));
        command.add("-jar");
        command.add(jar.toString());
        return start(command, environment, port, workDir);
    }

    /** Starts the command without waiting for readiness. */
    public static PackagedService launch(List<String> command, Map<String, String> environment, int port, Path workDir)
            throws IOException {
        Path log = Files.createTempFile(workDir, "service-", ".log");
        ProcessBuilder builder = new ProcessBuilder(command)
                .directory(workDir.toFile())
                .redirectErrorStream(true)
                .redirectOutput(log.toFile());
        builder.environment().putAll(environment);
        return new PackagedService(builder.start(), port, log);
    }

    public int port() {
        return port;
    }

    public Process process() {
        return process;
    }

    public String log() throws IOException {
        return Files.readString(log);
    }

    /** The status {@code path} answers, or -1 while nothing listens. */
    public int status(String path) throws InterruptedException {
        HttpRequest request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                .timeout(Duration.ofSeconds(10)).build();
        try {
            return HttpClient.newHttpClient().send(request, HttpResponse.BodyHandlers.discarding()).statusCode();
        } catch (IOException notListening) {
            return -1;
        }
    }

    public void awaitReady() throws IOException, InterruptedException {
        long startedAt = System.nanoTime();
        try {
            awaitStatus("/q/health/ready", 200, START_TIMEOUT);
        } catch (IllegalStateException notReady) {
            process.destroyForcibly();
            throw notReady;
        }
        System.out.printf("packaged service ready in %d ms%n", TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - startedAt));
    }

    /** Waits until {@code path} answers {@code expected}; fails with the log if the process ends or time runs out. */
    public void awaitStatus(String path, int expected, Duration timeout) throws IOException, InterruptedException {
        long deadline = System.nanoTime() + timeout.toNanos();
        int last = -1;
        while (System.nanoTime() < deadline) {
            if (!process.isAlive()) {
                throw new IllegalStateException("the service exited with " + process.exitValue() + ":\n" + log());
            }
            last = status(path);
            if (last == expected) {
                return;
            }
            Thread.sleep(100);
        }
        throw new IllegalStateException(path + " answered " + last + ", not " + expected + ", within " + timeout
                + ":\n" + log());
    }

    /** SIGKILL: the process gets no chance to finish anything. */
    public void kill() throws InterruptedException {
        process.destroyForcibly().waitFor();
    }

    /** SIGTERM, as `docker stop` sends; SIGKILL if it has not ended within 30 s. */
    @Override
    public void close() throws InterruptedException {
        process.destroy();
        if (!process.waitFor(30, TimeUnit.SECONDS)) {
            process.destroyForcibly().waitFor();
        }
    }

    public static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }
}
