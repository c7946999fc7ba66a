package org.claimcheck.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.OutputStream;
import java.net.Socket;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Map;

import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import org.junit.jupiter.api.Test;

/** An idle connection, and a request whose body trickles in, are closed within the configured seconds. */
@QuarkusTest
@TestProfile(SlowConnectionTest.ShortTimeouts.class)
class SlowConnectionTest {

    public static class ShortTimeouts implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("quarkus.http.idle-timeout", "2S", "claimcheck.http.body-timeout", "2S");
        }
    }

    /** Well past the two seconds configured, well short of the default of 30 minutes. */
    private static final Duration LATEST = Duration.ofSeconds(8);

    @TestHTTPResource("/")
    URL root;

    @Test
    void idleConnectionIsClosed() throws IOException {
        try (Socket socket = new Socket(root.getHost(), root.getPort())) {
            socket.setSoTimeout((int) LATEST.toMillis());
            long started = System.nanoTime();
            assertEquals(-1, socket.getInputStream().read(), "the server closes the connection without a word");
            Duration took = Duration.ofNanos(System.nanoTime() - started);
            assertTrue(took.compareTo(Duration.ofMillis(1500)) > 0, "closed after " + took.toMillis() + " ms");
        }
    }

    @Test
    void connectionIdleAfterAnAnswerIsClosed() throws IOException {
        try (Socket socket = new Socket(root.getHost(), root.getPort())) {
            socket.setSoTimeout((int) LATEST.toMillis());
            socket.getOutputStream().write("GET /q/health/live HTTP/1.1\r\nHost: localhost\r\n\r\n"
                    .getBytes(StandardCharsets.US_ASCII));
            long started = System.nanoTime();
            String answer = new String(RawHttp.readUntilClosed(socket.getInputStream()), StandardCharsets.UTF_8);
            Duration took = Duration.ofNanos(System.nanoTime() - started);
            assertTrue(answer.startsWith("HTTP/1.1 200"), answer);
            // readUntilClosed returns at the socket's time-out when the server keeps the connection.
            assertTrue(took.compareTo(LATEST.minusSeconds(2)) < 0, "still open after " + took.toMillis() + " ms");
        }
    }

    @Test
    void bodyTricklingInIs408() throws IOException, InterruptedException {
        try (Socket socket = new Socket(root.getHost(), root.getPort())) {
            socket.setSoTimeout((int) LATEST.toMillis());
            OutputStream out = socket.getOutputStream();
            out.write(("POST /api/analyze HTTP/1.1\r\nHost: localhost\r\nContent-Type: application/json\r\n"
                    + "Content-Length: 1000\r\n\r\n{\"articles\": [").getBytes(StandardCharsets.US_ASCII));
            out.flush();
            long started = System.nanoTime();
            String answer = "";
            // One byte every half second: never idle, never done.
            for (int i = 0; i < 12 && answer.isEmpty(); i++) {
                Thread.sleep(500);
                try {
                    out.write(' ');
                    out.flush();
                } catch (IOException closed) {
                    break;
                }
                if (socket.getInputStream().available() > 0) {
                    answer = new String(RawHttp.readUntilClosed(socket.getInputStream()), StandardCharsets.UTF_8);
                }
            }
            if (answer.isEmpty()) {
                answer = new String(RawHttp.readUntilClosed(socket.getInputStream()), StandardCharsets.UTF_8);
            }
            Duration took = Duration.ofNanos(System.nanoTime() - started);
            assertTrue(answer.startsWith("HTTP/1.1 408"), answer);
            assertTrue(answer.contains("application/problem+json"), answer);
            assertTrue(answer.contains("did not arrive within 2 s"), answer);
            assertTrue(took.compareTo(LATEST) < 0, "answered after " + took.toMillis() + " ms");
        }
    }
}
