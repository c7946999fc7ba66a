package org.claimcheck.bench;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A load test of a running service: {@code users} simulated users, each sending one request after the other with no
 * pause, for {@code seconds}, in a fixed mix of ingest and report reads. Reports per operation and overall the
 * throughput, the latency percentiles and the errors (any answer but 2xx, or no answer), and exits with 1 when there
 * was any error. Writes carry CLAIMCHECK_ACCESS_API_KEY, when set, as X-API-Key.
 *
 * <p>Run with {@code ./mvnw -Pbench test -Dbench.main=org.claimcheck.bench.LoadTest -Dbench.args="http://localhost:8080 60 16"}.
 */
public final class LoadTest {

    /** The mix: each user draws its next operation with these weights (percent). */
    enum Operation {
        POST_ARTICLE(20), POST_BATCH(5), LIST_GROUPS(40), GET_GROUP(20), CONFLICTS(10), LIST_ARTICLES(5);

        final int weight;

        Operation(int weight) {
            this.weight = weight;
        }
    }

    private static final int BATCH_SIZE = 10;
    /** Share of posted articles that were posted before by the same user: the store must answer them 200, once. */
    private static final double REPEATS = 0.1;
    private static final int OUTLETS = 40;
    private static final Pattern GROUP_ID = Pattern.compile("\"id\":\"g(\\d+)\"");

    private static final String[] NOUNS = {"soldiers", "people", "residents", "vehicles", "homes", "prisoners", "schools",
        "drones", "containers", "refugees"};
    private static final String[] VERBS = {"were evacuated from", "were deployed to", "were destroyed in",
        "were counted in", "were released in", "arrived in"};
    private static final String[] MONTHS = {"January", "February", "March", "April", "May", "June", "July", "August",
        "September", "October", "November", "December"};
    private static final String[] STATUSES = {"CONFLICT", "EVOLVING", "CONSISTENT", "SINGLE_SOURCE"};
    private static final String[] KINDS = {"COUNT", "DATE"};

    private final URI base;
    private final String apiKey;
    private final String run = Long.toString(System.currentTimeMillis(), 36);
    private final List<String> places;
    private final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(10)).build();
    /** Group ids seen in listings, for GET /api/groups/{id}. */
    private final List<Long> groupIds = new CopyOnWriteArrayList<>();

    private LoadTest(URI base, String apiKey) {
        this.base = base;
        this.apiKey = apiKey;
        Random random = new Random(5);
        List<String> names = new ArrayList<>();
        for (int i = 0; i < 300; i++) {
            StringBuilder name = new StringBuilder();
            for (int s = 0; s < 3; s++) {
                name.append("bcdfghklmnprstvz".charAt(random.nextInt(16))).append("aeiou".charAt(random.nextInt(5)));
            }
            names.add(Character.toUpperCase(name.charAt(0)) + name.substring(1));
        }
        this.places = List.copyOf(names);
    }

    public static void main(String[] args) throws Exception {
        if (args.length < 3) {
            System.err.println("usage: LoadTest BASE_URL SECONDS USERS   e.g. http://localhost:8080 60 16");
            System.exit(2);
        }
        URI base = URI.create(args[0].endsWith("/") ? args[0] : args[0] + "/");
        int seconds = Integer.parseInt(args[1]);
        int users = Integer.parseInt(args[2]);
        String key = System.getenv("CLAIMCHECK_ACCESS_API_KEY");
        LoadTest test = new LoadTest(base, key == null || key.isBlank() ? null : key);
        System.out.printf("load test: %s, %d s, %d users, mix %s, writes %s an API key%n", base, seconds, users,
                Arrays.toString(Operation.values()), test.apiKey == null ? "without" : "with");
        long started = System.nanoTime();
        Map<Operation, Recorder> totals = test.run(seconds, users);
        // Requests under way at the deadline are waited for and counted, so the rate is over the whole time taken.
        double elapsed = (System.nanoTime() - started) / 1e9;
        long errors = report(totals, elapsed);
        System.exit(errors > 0 ? 1 : 0);
    }

    private Map<Operation, Recorder> run(int seconds, int users) throws InterruptedException {
        List<User> all = new ArrayList<>();
        CountDownLatch start = new CountDownLatch(1);
        List<Thread> threads = new ArrayList<>();
        long[] deadline = new long[1];
        for (int i = 0; i < users; i++) {
            User user = new User(i);
            all.add(user);
            Thread thread = new Thread(() -> {
                try {
                    start.await();
                    user.loop(deadline[0]);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
            }, "user-" + i);
            threads.add(thread);
            thread.start();
        }
        deadline[0] = System.nanoTime() + seconds * 1_000_000_000L;
        start.countDown(); // the latch publishes the deadline to the users
        for (Thread thread : threads) {
            thread.join();
        }
        Map<Operation, Recorder> totals = new EnumMap<>(Operation.class);
        for (Operation operation : Operation.values()) {
            Recorder total = new Recorder();
            all.forEach(user -> total.addAll(user.recorders.get(operation)));
            totals.put(operation, total);
        }
        return totals;
    }

    /** One simulated user: its own random stream, its own recordings, the articles it posted (for repeats). */
    private final class User {

        private final int id;
        private final Random random;
        private final Map<Operation, Recorder> recorders = new EnumMap<>(Operation.class);
        private final List<String> posted = new ArrayList<>();
        private int next;

        User(int id) {
            this.id = id;
            this.random = new Random(1000L + id);
            for (Operation operation : Operation.values()) {
                recorders.put(operation, new Recorder());
            }
        }

        void loop(long deadline) {
            while (System.nanoTime() < deadline) {
                Operation operation = draw();
                HttpRequest request = request(operation);
                long started = System.nanoTime();
                String failure = null;
                try {
                    HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
                    if (response.statusCode() / 100 != 2) {
                        failure = response.statusCode() + " " + abbreviated(response.body());
                    } else if (request.uri().getPath().endsWith("/api/groups")) {
                        remember(response.body());
                    }
                } catch (IOException e) {
                    failure = e.toString();
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    return;
                }
                recorders.get(operation).add(System.nanoTime() - started, failure == null ? null
                        : request.method() + " " + request.uri().getRawPath() + ": " + failure);
            }
        }

        private Operation draw() {
            int roll = random.nextInt(100);
            for (Operation operation : Operation.values()) {
                roll -= operation.weight;
                if (roll < 0) {
                    return operation;
                }
            }
            throw new IllegalStateException("weights add up to 100");
        }

        private HttpRequest request(Operation operation) {
            return switch (operation) {
                case POST_ARTICLE -> write("api/articles", article());
                case POST_BATCH -> {
                    StringBuilder batch = new StringBuilder("{\"articles\":[");
                    for (int i = 0; i < BATCH_SIZE; i++) {
                        batch.append(i == 0 ? "" : ",").append(article());
                    }
                    yield write("api/articles/batch", batch.append("]}").toString());
                }
                case LIST_GROUPS -> read("api/groups?size=20&page=" + random.nextInt(3) + groupFilter());
                case GET_GROUP -> groupIds.isEmpty() ? read("api/groups?size=20")
                        : read("api/groups/g" + groupIds.get(random.nextInt(groupIds.size())));
                case CONFLICTS -> read("api/conflicts");
                case LIST_ARTICLES -> read("api/articles?size=20&page=" + random.nextInt(5)
                        + (random.nextBoolean() ? "&outlet=" + encoded(outlet(random.nextInt(OUTLETS))) : ""));
            };
        }

        private String groupFilter() {
            return switch (random.nextInt(5)) {
                case 0 -> "";
                case 1 -> "&status=" + STATUSES[random.nextInt(STATUSES.length)];
                case 2 -> "&kind=" + KINDS[random.nextInt(KINDS.length)];
                case 3 -> "&outlet=" + encoded(outlet(random.nextInt(OUTLETS)));
                default -> "&q=" + encoded(places.get(random.nextInt(places.size())));
            };
        }

        /** A new synthetic article, or now and then one this user posted before. */
        private String article() {
            if (!posted.isEmpty() && random.nextDouble() < REPEATS) {
                return posted.get(random.nextInt(posted.size()));
            }
            int number = next++;
            String here = places.get(random.nextInt(places.size()));
            String there = places.get(random.nextInt(places.size()));
            StringBuilder text = new StringBuilder();
            int sentences = 3 + random.nextInt(5);
            for (int s = 0; s < sentences; s++) {
                text.append("Officials in ").append(here).append(" said ")
                        .append(String.format(Locale.ROOT, "%,d", 20 + random.nextInt(90_000))).append(' ')
                        .append(NOUNS[random.nextInt(NOUNS.length)]).append(' ').append(VERBS[random.nextInt(VERBS.length)])
                        .append(' ').append(there).append(" on ").append(MONTHS[random.nextInt(12)]).append(' ')
                        .append(1 + random.nextInt(28)).append(", 2024. ");
            }
            String json = String.format(Locale.ROOT,
                    "{\"outlet\":\"%s\",\"url\":\"https://load.example/%s/%d/%d\",\"publishedAt\":\"2024-12-%02d\",\"text\":\"%s\"}",
                    outlet(random.nextInt(OUTLETS)), run, id, number, 1 + random.nextInt(28), text.toString().strip());
            posted.add(json);
            return json;
        }
    }

    private static String outlet(int index) {
        return "Load Outlet " + index;
    }

    private void remember(String groupsPage) {
        Matcher ids = GROUP_ID.matcher(groupsPage);
        while (ids.find() && groupIds.size() < 10_000) {
            groupIds.add(Long.parseLong(ids.group(1)));
        }
    }

    private HttpRequest read(String path) {
        return HttpRequest.newBuilder(base.resolve(path)).timeout(Duration.ofSeconds(60)).GET().build();
    }

    private HttpRequest write(String path, String body) {
        HttpRequest.Builder request = HttpRequest.newBuilder(base.resolve(path)).timeout(Duration.ofSeconds(60))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body));
        if (apiKey != null) {
            request.header("X-API-Key", apiKey);
        }
        return request.build();
    }

    private static String encoded(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }

    private static String abbreviated(String body) {
        return body.length() <= 300 ? body : body.substring(0, 300) + "...";
    }

    /** Latencies in nanoseconds and failures of one operation; one per user, so not shared between threads. */
    private static final class Recorder {
        private long[] latencies = new long[1024];
        private int count;
        private long errors;
        private final List<String> samples = new ArrayList<>();

        void add(long nanos, String failure) {
            if (count == latencies.length) {
                latencies = Arrays.copyOf(latencies, count * 2);
            }
            latencies[count++] = nanos;
            if (failure != null) {
                errors++;
                if (samples.size() < 5) {
                    samples.add(failure);
                }
            }
        }

        void addAll(Recorder other) {
            for (int i = 0; i < other.count; i++) {
                add(other.latencies[i], null);
            }
            errors += other.errors;
            other.samples.stream().limit(5L - Math.min(5, samples.size())).forEach(samples::add);
        }

        long[] sorted() {
            long[] copy = Arrays.copyOf(latencies, count);
            Arrays.sort(copy);
            return copy;
        }
    }

    /** Prints the table and the error samples; returns the number of errors. */
    private static long report(Map<Operation, Recorder> totals, double seconds) {
        Recorder all = new Recorder();
        totals.values().forEach(all::addAll);
        System.out.printf("%n%-14s %8s %7s %8s %9s %9s %9s %9s%n", "operation", "requests", "errors", "req/s",
                "p50 ms", "p90 ms", "p99 ms", "max ms");
        totals.forEach((operation, recorder) -> line(operation.name(), recorder, seconds));
        line("all", all, seconds);
        for (Recorder recorder : totals.values()) {
            recorder.samples.forEach(sample -> System.out.println("error: " + sample));
        }
        System.out.printf(Locale.ROOT, "%nerrors: %d, over %.1f s%n", all.errors, seconds);
        return all.errors;
    }

    private static void line(String name, Recorder recorder, double seconds) {
        long[] sorted = recorder.sorted();
        System.out.printf(Locale.ROOT, "%-14s %8d %7d %8.1f %9.1f %9.1f %9.1f %9.1f%n", name, sorted.length, recorder.errors,
                sorted.length / seconds, percentile(sorted, 0.50), percentile(sorted, 0.90),
                percentile(sorted, 0.99), sorted.length == 0 ? 0 : sorted[sorted.length - 1] / 1e6);
    }

    /** The nearest-rank percentile, in milliseconds. */
    private static double percentile(long[] sorted, double quantile) {
        if (sorted.length == 0) {
            return 0;
        }
        int rank = (int) Math.ceil(quantile * sorted.length);
        return sorted[Math.max(0, rank - 1)] / 1e6;
    }
}
