package org.claimcheck;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The packaged production build on a 512 MB heap, as an attacker and a careless client would use it: claim-dense
 * articles to the open analysis, a megabyte of figures without a key, concurrent analyses, claim-dense articles to
 * the store, one at the text limit. Throughout, a poller asks {@code /q/health} every quarter second. The service
 * must never run out of memory (it is started with {@code -XX:+ExitOnOutOfMemoryError}, as the container runs it),
 * never answer 5xx, answer the health check within a second every time, answer each analysis within 10 s and each
 * write within 30 s (with its result or a problem document), and every acknowledged write must be readable with all
 * its claims afterwards, and after a restart.
 */
class HostileLoadIT {

    private static final String KEY = "hostile-load-key";
    private static final Duration ANALYSIS_LIMIT = Duration.ofSeconds(10);
    private static final Duration WRITE_LIMIT = Duration.ofSeconds(30);
    private static final Duration HEALTH_LIMIT = Duration.ofSeconds(1);
    private static final Pattern HEAP_USED = Pattern.compile(
            "jvm_memory_used_bytes\\{area=\"heap\",id=\"[^\"]*\"} ([0-9.E+-]+)");
    /** What the heap holds after the last collection: the memory the service really keeps. */
    private static final Pattern LIVE_DATA = Pattern.compile("jvm_gc_live_data_size_bytes ([0-9.E+-]+)");

    @TempDir
    Path workDir;

    private final ObjectMapper json = new ObjectMapper();
    private final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(5)).build();
    private final List<String> failures = new ArrayList<>();

    /** One answer: its status, body and how long it took. */
    private record Answer(int status, String contentType, String body, Duration took) {
    }

    @Test
    void noRequestExhaustsTheServiceAndAcknowledgedWritesAreStoredWhole() throws Exception {
        try (TestDatabase database = TestDatabase.create()) {
            Map<String, String> environment = database.serviceEnvironment(KEY);
            Set<Long> acknowledged = new LinkedHashSet<>();
            int port = PackagedService.freePort();
            try (PackagedService service = PackagedService.startJar(environment, port, workDir, "-Xmx512m",
                    "-XX:+ExitOnOutOfMemoryError")) {
                URI base = URI.create("http://localhost:" + port);
                HealthPoller health = new HealthPoller(base);
                health.start();
                try {
                    attack(base, acknowledged);
                    careless(base, port);
                } finally {
                    health.stop();
                }
                assertTrue(service.process().isAlive(), "the service is still running: no OutOfMemoryError");
                System.out.printf("health: %d checks, slowest %d ms; heap used at most %.0f MB of 512, live data after "
                        + "a collection at most %.0f MB%n", health.checks.get(), health.slowestMillis.get(),
                        health.peakHeapBytes.get() / 1e6, health.peakLiveBytes.get() / 1e6);
                assertTrue(health.problems.isEmpty(), "health answered 200 within a second every time: " + health.problems);
                assertTrue(health.checks.get() > 10);
                assertClaimsStored(base, acknowledged);
            }
            try (PackagedService restarted = PackagedService.startJar(environment, PackagedService.freePort(), workDir,
                    "-Xmx512m", "-XX:+ExitOnOutOfMemoryError")) {
                assertClaimsStored(URI.create("http://localhost:" + restarted.port()), acknowledged);
            }
        }
        assertTrue(failures.isEmpty(), String.join("\n", failures));
    }

    private void attack(URI base, Set<Long> acknowledged) throws Exception {
        // Four claim-dense articles of 250 KB each, and two of 125 KB, to the analysis, which needs no key.
        for (int[] shape : new int[][] {{4, 250}, {2, 125}}) {
            List<Map<String, Object>> articles = new ArrayList<>();
            for (int i = 0; i < shape[0]; i++) {
                articles.add(article("Outlet " + i, dense(shape[1] * 1024, i)));
            }
            Answer answer = send(base, "/api/analyze", Map.of("articles", articles), false);
            System.out.printf("analysis of %d claim-dense articles of %d KB: %d in %d ms, %d bytes%n", shape[0], shape[1],
                    answer.status(), answer.took().toMillis(), answer.body().length());
            expect(answer, ANALYSIS_LIMIT, 200, 413);
        }

        // A mebibyte of "50% of " without a key: refused quickly, with a small answer.
        Answer percents = send(base, "/api/analyze",
                Map.of("articles", List.of(article("Percents", "50% of ".repeat(1024 * 1024 / 7)))), false);
        System.out.printf("1 MiB of percentages: %d in %d ms, %d bytes%n", percents.status(), percents.took().toMillis(),
                percents.body().length());
        expect(percents, ANALYSIS_LIMIT, 413);
        check(percents.body().length() < 10_000, "a refusal is small, not " + percents.body().length() + " bytes");

        // Eight analyses at once, each as large as the limits allow: each answered, none with 5xx.
        ExecutorService pool = Executors.newFixedThreadPool(8);
        try {
            List<Future<Answer>> running = new ArrayList<>();
            for (int client = 0; client < 8; client++) {
                int seed = client;
                running.add(pool.submit(() -> send(base, "/api/analyze", Map.of("articles", List.of(
                        article("Outlet A" + seed, dense(12 * 1024, seed)), article("Outlet B" + seed, dense(12 * 1024, seed + 100)))),
                        false)));
            }
            for (Future<Answer> future : running) {
                Answer answer = future.get(2, TimeUnit.MINUTES);
                System.out.printf("concurrent analysis: %d in %d ms%n", answer.status(), answer.took().toMillis());
                // waiting for a place is bounded by the time budget, then the analysis by it again
                expect(answer, ANALYSIS_LIMIT.multipliedBy(4), 200, 413, 429);
            }
        } finally {
            pool.shutdownNow();
        }

        // Claim-dense articles to the store: one at the text limit, one just under the claim limit, and a batch.
        Answer atLimit = send(base, "/api/articles", article("Dense at the limit", dense(1024 * 1024 - 200, 7)), true);
        System.out.printf("store an article at the text limit: %d in %d ms%n", atLimit.status(), atLimit.took().toMillis());
        expect(atLimit, WRITE_LIMIT, 201, 413);
        record(atLimit, acknowledged);
        for (int seed = 20; seed < 23; seed++) {
            Answer underLimit = send(base, "/api/articles", article("Dense " + seed, dense(32 * 1024, seed)), true);
            System.out.printf("store a claim-dense article of 32 KB: %d in %d ms%n", underLimit.status(),
                    underLimit.took().toMillis());
            expect(underLimit, WRITE_LIMIT, 201, 413);
            record(underLimit, acknowledged);
        }
        List<Map<String, Object>> batch = new ArrayList<>();
        for (int seed = 30; seed < 40; seed++) {
            batch.add(article("Batch " + seed, dense(8 * 1024, seed)));
        }
        Answer stored = send(base, "/api/articles/batch", Map.of("articles", batch), true);
        System.out.printf("store a batch of 10 claim-dense articles of 8 KB: %d in %d ms%n", stored.status(),
                stored.took().toMillis());
        expect(stored, WRITE_LIMIT, 200, 413);
        if (stored.status() == 200) {
            for (JsonNode item : json.readTree(stored.body()).get("items")) {
                acknowledged.add(item.get("article").get("id").asLong());
            }
        }
        check(!acknowledged.isEmpty(), "some claim-dense articles were stored");

        // The store still answers and takes articles.
        Answer plain = send(base, "/api/articles", article("Plain", "About 2,000 soldiers arrived on Monday."), true);
        expect(plain, WRITE_LIMIT, 201);
        record(plain, acknowledged);
        expect(get(base, "/api/groups"), WRITE_LIMIT, 200);
        expect(get(base, "/api/conflicts"), WRITE_LIMIT, 200);
    }

    /**
     * The careless and hostile requests of the HTTP layer: unknown and repeated fields, ids in other digits, a forged
     * Host, junk paths, an over-long URL and a look-alike outlet name.
     */
    private void careless(URI base, int port) throws Exception {
        Answer unknown = sendRaw(base, "/api/articles", "{\"outlet\":\"Careless\",\"text\":\"Some 300 soldiers.\","
                + "\"publishedat\":\"2024-06-19\"}");
        expect(unknown, WRITE_LIMIT, 400);
        check(unknown.body().contains("publishedat"), "the unknown field is named: " + unknown.body());
        Answer repeated = sendRaw(base, "/api/articles", "{\"outlet\":\"A\",\"outlet\":\"B\",\"text\":\"Some 300 soldiers.\"}");
        expect(repeated, WRITE_LIMIT, 400);

        Answer first = send(base, "/api/articles", article("Careless", "Some 300 soldiers arrived on Tuesday."), true);
        expect(first, WRITE_LIMIT, 201);
        long id = json.readTree(first.body()).get("id").asLong();
        for (String other : new String[] {"0" + id, "%2B" + id, otherDigits(id, '\uFF10'), otherDigits(id, '\u0660')}) {
            HttpResponse<String> deleted = http.send(HttpRequest.newBuilder(base.resolve("/api/articles/" + other))
                    .header("X-API-Key", KEY).DELETE().build(), HttpResponse.BodyHandlers.ofString());
            check(deleted.statusCode() == 404, "DELETE /api/articles/" + other + " is 404, not " + deleted.statusCode());
        }
        expect(get(base, "/api/articles/" + id), WRITE_LIMIT, 200);

        // Location never comes from the Host header
        String body = json.writeValueAsString(article("Careless", "About 20 soldiers left on Friday."));
        String raw = "POST /api/articles HTTP/1.1\r\nHost: evil.example\r\nContent-Type: application/json\r\nX-API-Key: " + KEY
                + "\r\nContent-Length: " + body.getBytes(StandardCharsets.UTF_8).length + "\r\nConnection: close\r\n\r\n" + body;
        String forged = raw(port, raw);
        check(forged.startsWith("HTTP/1.1 201"), "a write with a forged Host is stored: " + forged.lines().findFirst().orElse(""));
        check(!forged.contains("evil.example"), "the forged Host is not echoed");

        // junk paths do not crowd the routes out of the metrics
        for (int i = 0; i < 300; i++) {
            get(base, "/junk/" + i);
        }
        expect(get(base, "/api/groups"), WRITE_LIMIT, 200);
        check(get(base, "/q/metrics").body().contains("uri=\"/api/groups\""), "/api/groups is still recorded");

        Answer longUrl = get(base, "/api/articles?outlet=" + "x".repeat(20_000));
        expect(longUrl, WRITE_LIMIT, 414);
        String badEscape = raw(port, "GET /api/articles?outlet=%zz HTTP/1.1\r\nHost: localhost\r\nConnection: close\r\n\r\n");
        check(badEscape.startsWith("HTTP/1.1 400") && badEscape.contains("application/problem+json"),
                "a bad escape is a 400 problem document: " + badEscape.lines().findFirst().orElse(""));
        String hugeHeader = raw(port, "GET /api/groups HTTP/1.1\r\nHost: localhost\r\nX-Junk: " + "j".repeat(20_000)
                + "\r\nConnection: close\r\n\r\n");
        check(hugeHeader.startsWith("HTTP/1.1 431") && hugeHeader.contains("application/problem+json"),
                "huge headers are a 431 problem document: " + hugeHeader.lines().findFirst().orElse(""));

        HttpResponse<String> dashboard = http.send(HttpRequest.newBuilder(base.resolve("/")).build(),
                HttpResponse.BodyHandlers.ofString());
        check(dashboard.headers().firstValue("Content-Security-Policy").orElse("").contains("frame-ancestors 'none'"),
                "the dashboard is served with a CSP");
        check("nosniff".equals(dashboard.headers().firstValue("X-Content-Type-Options").orElse(null)), "nosniff");

        Answer latin = send(base, "/api/articles", article("El País", "Some 40 soldiers left on Monday."), true);
        Answer lookalike = send(base, "/api/articles", article("\u0415l País", "Some 50 soldiers left on Monday."), true);
        expect(latin, WRITE_LIMIT, 201);
        expect(lookalike, WRITE_LIMIT, 201);
        check(json.readTree(latin.body()).get("outletKey").equals(json.readTree(lookalike.body()).get("outletKey")),
                "a look-alike outlet name is the same outlet");
    }

    /** Sends a request as written, and reads the answer until the service closes the connection. */
    private static String raw(int port, String request) throws IOException {
        try (java.net.Socket socket = new java.net.Socket("localhost", port)) {
            socket.setSoTimeout(30_000);
            socket.getOutputStream().write(request.getBytes(StandardCharsets.UTF_8));
            return new String(socket.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    /** The id written in another script's digits (fullwidth, Arabic-Indic), as a path segment. */
    private static String otherDigits(long id, char zero) {
        StringBuilder digits = new StringBuilder();
        for (char digit : Long.toString(id).toCharArray()) {
            digits.append((char) (zero + (digit - '0')));
        }
        return java.net.URLEncoder.encode(digits.toString(), StandardCharsets.UTF_8);
    }

    private Answer sendRaw(URI base, String path, String body) throws IOException, InterruptedException {
        return timed(HttpRequest.newBuilder(base.resolve(path)).timeout(Duration.ofMinutes(2))
                .header("Content-Type", "application/json").header("X-API-Key", KEY)
                .POST(HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8)).build());
    }

    /** Every acknowledged article holds as many stored claims as the analysis of its text finds. */
    private void assertClaimsStored(URI base, Set<Long> acknowledged) throws Exception {
        for (long id : acknowledged) {
            JsonNode article = json.readTree(get(base, "/api/articles/" + id).body());
            Answer claims = get(base, "/api/articles/" + id + "/claims");
            expect(claims, WRITE_LIMIT, 200);
            int stored = json.readTree(claims.body()).get("claims").size();
            Answer analysis = send(base, "/api/analyze", Map.of("articles", List.of(article("Check", article.get("text").asText()))),
                    false);
            expect(analysis, ANALYSIS_LIMIT, 200);
            int found = 0;
            for (JsonNode group : json.readTree(analysis.body()).get("groups")) {
                found += group.get("claims").size();
            }
            check(found > 0, "article " + id + " holds claims");
            check(stored == found, "article " + id + " is stored with all " + found + " claims, not " + stored);
        }
    }

    private void record(Answer answer, Set<Long> acknowledged) throws IOException {
        if (answer.status() == 201) {
            acknowledged.add(json.readTree(answer.body()).get("id").asLong());
        }
    }

    private void expect(Answer answer, Duration within, int... statuses) {
        boolean expected = false;
        for (int status : statuses) {
            expected |= answer.status() == status;
        }
        check(expected, "status " + answer.status() + " is one of " + java.util.Arrays.toString(statuses) + ": "
                + answer.body().substring(0, Math.min(300, answer.body().length())));
        check(answer.took().compareTo(within) <= 0, "answered within " + within + ", not " + answer.took());
        if (answer.status() >= 400) {
            check("application/problem+json".equals(answer.contentType()), "a refusal is a problem document, not "
                    + answer.contentType());
        }
    }

    private void check(boolean condition, String what) {
        if (!condition) {
            synchronized (failures) {
                failures.add(what);
            }
        }
    }

    /**
     * Text of nothing but figures, about {@code bytes} long: counts of dead and injured people and of towns, on a
     * named day, the way a hostile or broken feed would send them.
     */
    private static String dense(int bytes, int seed) {
        String[] towns = {"Lima", "Quito", "Cusco", "Arequipa", "Trujillo", "Piura", "Tacna", "Puno"};
        String[] days = {"Monday", "Tuesday", "Wednesday", "Thursday", "Friday"};
        Random random = new Random(seed);
        StringBuilder text = new StringBuilder(bytes + 100);
        while (text.length() < bytes - 100) {
            text.append("At least ").append(random.nextInt(900) + 10).append(" people died in ")
                    .append(random.nextInt(9) + 2).append(" towns near ").append(towns[random.nextInt(towns.length)])
                    .append(" on ").append(days[random.nextInt(days.length)]).append("; ")
                    .append(random.nextInt(900) + 10).append(" were injured. ");
        }
        return text.toString();
    }

    private static Map<String, Object> article(String outlet, String text) {
        Map<String, Object> article = new LinkedHashMap<>();
        article.put("outlet", outlet);
        article.put("text", text);
        article.put("publishedAt", "2024-06-19");
        return article;
    }

    private Answer send(URI base, String path, Object body, boolean withKey) throws IOException, InterruptedException {
        HttpRequest.Builder request = HttpRequest.newBuilder(base.resolve(path)).timeout(Duration.ofMinutes(2))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(json.writeValueAsString(body), StandardCharsets.UTF_8));
        if (withKey) {
            request.header("X-API-Key", KEY);
        }
        return timed(request.build());
    }

    private Answer get(URI base, String path) throws IOException, InterruptedException {
        return timed(HttpRequest.newBuilder(base.resolve(path)).timeout(Duration.ofMinutes(2)).build());
    }

    private Answer timed(HttpRequest request) throws IOException, InterruptedException {
        long start = System.nanoTime();
        HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
        return new Answer(response.statusCode(), response.headers().firstValue("Content-Type").orElse(null)
                .replaceAll(";.*", ""), response.body(), Duration.ofNanos(System.nanoTime() - start));
    }

    /** Asks for {@code /q/health} every quarter second, and for the heap in use every second. */
    private final class HealthPoller {
        private final URI base;
        private final AtomicBoolean stopped = new AtomicBoolean();
        private final AtomicLong checks = new AtomicLong();
        private final AtomicLong slowestMillis = new AtomicLong();
        private final AtomicLong peakHeapBytes = new AtomicLong();
        private final AtomicLong peakLiveBytes = new AtomicLong();
        private final ConcurrentLinkedQueue<String> problems = new ConcurrentLinkedQueue<>();
        private Thread thread;

        HealthPoller(URI base) {
            this.base = base;
        }

        void start() {
            thread = new Thread(this::run, "health-poller");
            thread.start();
        }

        void stop() throws InterruptedException {
            stopped.set(true);
            thread.join();
        }

        private void run() {
            HttpClient client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
                    .connectTimeout(HEALTH_LIMIT).build();
            while (!stopped.get()) {
                long start = System.nanoTime();
                try {
                    HttpResponse<String> response = client.send(HttpRequest.newBuilder(base.resolve("/q/health"))
                            .timeout(HEALTH_LIMIT).build(), HttpResponse.BodyHandlers.ofString());
                    long millis = TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - start);
                    slowestMillis.accumulateAndGet(millis, Math::max);
                    if (response.statusCode() != 200) {
                        problems.add(response.statusCode() + " " + response.body());
                    }
                    if (checks.incrementAndGet() % 4 == 0) {
                        heap(client);
                    }
                    Thread.sleep(250);
                } catch (IOException e) {
                    problems.add("no answer within " + HEALTH_LIMIT + ": " + e);
                } catch (InterruptedException e) {
                    return;
                }
            }
        }

        private void heap(HttpClient client) throws IOException, InterruptedException {
            String metrics = client.send(HttpRequest.newBuilder(base.resolve("/q/metrics")).timeout(Duration.ofSeconds(5))
                    .build(), HttpResponse.BodyHandlers.ofString()).body();
            double used = 0;
            Matcher matcher = HEAP_USED.matcher(metrics);
            while (matcher.find()) {
                used += Double.parseDouble(matcher.group(1));
            }
            peakHeapBytes.accumulateAndGet((long) used, Math::max);
            Matcher live = LIVE_DATA.matcher(metrics);
            if (live.find()) {
                peakLiveBytes.accumulateAndGet((long) Double.parseDouble(live.group(1)), Math::max);
            }
        }
    }
}
