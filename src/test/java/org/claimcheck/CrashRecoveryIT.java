package org.claimcheck;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The packaged production build is killed with SIGKILL while clients stream single and batch ingests into it, one of
 * them a large batch in flight, then restarted on the same PostgreSQL schema. An article commits with its claims, so
 * at the kill no stored article lacks them. Afterwards every acknowledged article is there; every stored article,
 * acknowledged or not, holds exactly the claims a lone analysis of its text finds; no batch is stored in part; the groups agree with their
 * claims, in the database and in the grouping index rebuilt after the restart; and the service takes new writes.
 */
class CrashRecoveryIT {

    private static final String KEY = "crash-test-key";
    private static final int STREAMING_CLIENTS = 3;
    private static final int UNITS = 150;
    private static final int SMALL_BATCH = 12;
    private static final int LARGE_BATCH = 200;
    /** The large batch waits for this many acknowledged requests, so that some writes are known to have been promised. */
    private static final int ACKS_BEFORE_KILL = 10;
    private static final Duration WAIT = Duration.ofMinutes(3);
    /** How long after the large batch is sent the process is killed. */
    private static final Duration LARGE_BATCH_HEAD_START = Duration.ofMillis(150);

    private static final String[] PLACES = {"Kharvo", "Delmira", "Ostrava", "Punolu", "Zerbani", "Tamsik"};
    private static final String[] NOUNS = {"residents", "soldiers", "vehicles", "homes", "prisoners", "refugees"};
    private static final String[] VERBS = {"were evacuated from", "were deployed to", "were destroyed in",
        "were released in", "arrived in"};
    private static final String[] MONTHS = {"January", "February", "March", "April", "May", "June", "July",
        "August", "September", "October", "November", "December"};

    @TempDir
    Path workDir;

    private final ObjectMapper json = new ObjectMapper();
    private final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(5)).build();

    /** Articles posted together: one article alone (POST /api/articles) or a batch. Units share no article. */
    private record Unit(boolean batch, List<Integer> articles) {
    }

    /** What a unit's request came to: acknowledged (a 2xx answer received) or cut off by the kill. */
    private record Outcome(Unit unit, boolean acknowledged, int status, String body) {
    }

    @Test
    void acknowledgedWritesSurviveAKillAndNothingIsHalfWritten() throws Exception {
        List<Map<String, Object>> corpus = new ArrayList<>();
        List<Unit> units = plan(corpus);
        Unit large = units.get(0);

        try (TestDatabase database = TestDatabase.create()) {
            Map<String, String> environment = database.serviceEnvironment(KEY);

            List<Outcome> outcomes;
            int port = PackagedService.freePort();
            try (PackagedService service = PackagedService.startJar(environment, port, workDir)) {
                outcomes = ingestUntilKilled(service, database, corpus, units, large);
            }
            int unclaimedAtKill = articlesWithoutClaims(database);
            System.out.printf("killed with %d requests acknowledged, %d cut off; %d stored articles had no claims%n",
                    outcomes.stream().filter(Outcome::acknowledged).count(),
                    outcomes.stream().filter(o -> !o.acknowledged()).count(), unclaimedAtKill);
            assertEquals(0, unclaimedAtKill, "an article is committed with its claims, never without them");
            assertTrue(outcomes.stream().anyMatch(o -> !o.acknowledged()), "the kill cut off requests in flight");

            port = PackagedService.freePort();
            try (PackagedService restarted = PackagedService.startJar(environment, port, workDir)) {
                URI base = URI.create("http://localhost:" + port);
                Map<String, Long> stored = storedArticles(database);
                assertAcknowledgedArticlesPresent(corpus, outcomes, stored);
                assertNoBatchInPart(corpus, outcomes, stored);
                assertClaimsComplete(base, database, corpus, stored);
                assertGroupsConsistent(base, database);
                assertAcceptsWrites(base, database, corpus, outcomes, large);
                assertFalse(restarted.log().contains(KEY), "the API key is never logged");
            }
        }
    }

    // ---- the crash -------------------------------------------------------------------------------------------

    /**
     * Three clients stream the small units; once some are acknowledged, a fourth posts the large batch. While it is in
     * flight (its articles read for claims, or being written with them), the process is killed, with the streaming
     * clients' requests in flight too.
     */
    private List<Outcome> ingestUntilKilled(PackagedService service, TestDatabase database,
            List<Map<String, Object>> corpus, List<Unit> units, Unit large) throws Exception {
        URI base = URI.create("http://localhost:" + service.port());
        ConcurrentLinkedQueue<Unit> queue = new ConcurrentLinkedQueue<>(units.subList(1, units.size()));
        List<Outcome> outcomes = new CopyOnWriteArrayList<>();
        List<String> failuresBeforeKill = new CopyOnWriteArrayList<>();
        CountDownLatch acknowledged = new CountDownLatch(ACKS_BEFORE_KILL);
        AtomicBoolean killed = new AtomicBoolean();
        ExecutorService pool = Executors.newFixedThreadPool(STREAMING_CLIENTS + 1);
        try {
            List<Future<?>> clients = new ArrayList<>();
            CountDownLatch largeSent = new CountDownLatch(1);
            clients.add(pool.submit(() -> {
                acknowledged.await();
                largeSent.countDown();
                send(base, corpus, large, outcomes, failuresBeforeKill, acknowledged, killed);
                return null;
            }));
            for (int i = 0; i < STREAMING_CLIENTS; i++) {
                clients.add(pool.submit(() -> {
                    Unit unit;
                    while (!killed.get() && (unit = queue.poll()) != null) {
                        send(base, corpus, unit, outcomes, failuresBeforeKill, acknowledged, killed);
                    }
                }));
            }
            assertTrue(acknowledged.await(WAIT.toSeconds(), TimeUnit.SECONDS), "requests were acknowledged");
            assertTrue(largeSent.await(WAIT.toSeconds(), TimeUnit.SECONDS));
            Thread.sleep(LARGE_BATCH_HEAD_START.toMillis()); // the batch of 200 takes longer than this to be answered
            assertTrue(failuresBeforeKill.isEmpty(), "no request failed before the kill: " + failuresBeforeKill);
            killed.set(true);
            service.kill();
            for (Future<?> client : clients) {
                client.get(WAIT.toSeconds(), TimeUnit.SECONDS);
            }
        } finally {
            pool.shutdownNow();
        }
        assertTrue(failuresBeforeKill.isEmpty(), "no request failed before the kill: " + failuresBeforeKill);
        return outcomes;
    }

    private void send(URI base, List<Map<String, Object>> corpus, Unit unit, List<Outcome> outcomes,
            List<String> failuresBeforeKill, CountDownLatch acknowledged, AtomicBoolean killed) {
        try {
            List<Map<String, Object>> articles = unit.articles().stream().map(corpus::get).toList();
            String body = json.writeValueAsString(unit.batch() ? Map.of("articles", articles) : articles.get(0));
            HttpResponse<String> response = http.send(write(base, unit.batch() ? "/api/articles/batch" : "/api/articles", body),
                    HttpResponse.BodyHandlers.ofString());
            boolean ok = response.statusCode() / 100 == 2;
            outcomes.add(new Outcome(unit, ok, response.statusCode(), response.body()));
            if (ok) {
                acknowledged.countDown();
            } else {
                failuresBeforeKill.add(response.statusCode() + " " + response.body());
            }
        } catch (IOException cutOff) {
            outcomes.add(new Outcome(unit, false, -1, null));
            if (!killed.get()) {
                failuresBeforeKill.add(cutOff.toString());
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    // ---- after the restart -----------------------------------------------------------------------------------

    private void assertAcknowledgedArticlesPresent(List<Map<String, Object>> corpus, List<Outcome> outcomes,
            Map<String, Long> stored) throws Exception {
        int checked = 0;
        for (Outcome outcome : outcomes) {
            if (!outcome.acknowledged()) {
                continue;
            }
            JsonNode body = json.readTree(outcome.body());
            for (int i = 0; i < outcome.unit().articles().size(); i++) {
                String url = (String) corpus.get(outcome.unit().articles().get(i)).get("url");
                long id = outcome.unit().batch() ? body.get("items").get(i).get("article").get("id").asLong() : body.get("id").asLong();
                assertEquals(Long.valueOf(id), stored.get(url), "acknowledged article " + url + " is stored under its id");
                checked++;
            }
        }
        assertTrue(checked >= ACKS_BEFORE_KILL);
    }

    /** Units share no article, so a batch that was cut off is stored whole or not at all. */
    private void assertNoBatchInPart(List<Map<String, Object>> corpus, List<Outcome> outcomes, Map<String, Long> stored) {
        for (Outcome outcome : outcomes) {
            if (!outcome.unit().batch()) {
                continue;
            }
            long present = outcome.unit().articles().stream().filter(i -> stored.containsKey((String) corpus.get(i).get("url"))).count();
            int size = outcome.unit().articles().size();
            assertTrue(present == 0 || present == size, "a batch of " + size + " is stored whole or not at all, not "
                    + present + (outcome.acknowledged() ? " (acknowledged)" : " (cut off)"));
            if (outcome.acknowledged()) {
                assertEquals(size, present);
            }
        }
    }

    /**
     * Every stored article, acknowledged or not, holds exactly the claims POST /api/analyze finds in its text (which
     * stores nothing), each once, in text order, each in a group.
     */
    private void assertClaimsComplete(URI base, TestDatabase database, List<Map<String, Object>> corpus,
            Map<String, Long> stored) throws Exception {
        List<Map<String, Object>> storedArticles = corpus.stream().filter(a -> stored.containsKey((String) a.get("url"))).toList();
        assertFalse(storedArticles.isEmpty());
        Map<Long, List<String>> storedSpans = storedClaimSpans(database);
        for (int from = 0; from < storedArticles.size(); from += 50) {
            List<Map<String, Object>> chunk = storedArticles.subList(from, Math.min(storedArticles.size(), from + 50));
            List<List<String>> expected = analyzedSpans(base, chunk);
            for (int i = 0; i < chunk.size(); i++) {
                long id = stored.get((String) chunk.get(i).get("url"));
                assertFalse(expected.get(i).isEmpty(), "the test's texts hold claims");
                assertEquals(expected.get(i), storedSpans.getOrDefault(id, List.of()),
                        "article " + id + " holds every claim of its text, each once");
            }
        }
        assertEquals(0, database.number("SELECT count(*) FROM stored_claim WHERE group_id IS NULL"), "every claim is grouped");
    }

    /**
     * Each group row counts its claims, and the grouping index, rebuilt from the database on first use after the
     * restart, holds the same claims in the same groups: the store-wide conflict report is built from the index.
     */
    private void assertGroupsConsistent(URI base, TestDatabase database) throws Exception {
        assertEquals(0, database.number("SELECT count(*) FROM claim_group g WHERE g.claim_count <> "
                + "(SELECT count(*) FROM stored_claim c WHERE c.group_id = g.id)"), "each group row counts its claims");
        long groups = database.number("SELECT count(*) FROM claim_group");
        JsonNode page = get(base, "/api/groups?size=20");
        assertEquals(groups, page.get("totalItems").asLong(), "the group listing works after the restart");
        Map<Long, Set<Long>> members = groupMembers(database);
        JsonNode first = get(base, "/api/groups/" + page.get("items").get(0).get("id").asText());
        assertEquals(members.get(Long.parseLong(first.get("id").asText().substring(1))), claimIds(first.get("claims")));

        JsonNode conflicts = get(base, "/api/conflicts");
        assertFalse(conflicts.get("groups").isEmpty(), "the corpus holds conflicting counts");
        for (JsonNode group : conflicts.get("groups")) {
            long id = Long.parseLong(group.get("id").asText().substring(1));
            assertEquals(members.get(id), claimIds(group.get("claims")), "group " + id + ": index and database agree");
        }
    }

    /**
     * The restarted service takes writes: a cut-off unit posted again is stored whole, an acknowledged one is found,
     * and a new article's claims are stored and placed in groups that list them.
     */
    private void assertAcceptsWrites(URI base, TestDatabase database, List<Map<String, Object>> corpus,
            List<Outcome> outcomes, Unit large) throws Exception {
        Unit again = outcomes.stream().filter(o -> !o.acknowledged() && o.unit().batch() && o.unit() != large)
                .map(Outcome::unit).findFirst().orElse(large);
        HttpResponse<String> batch = http.send(write(base, "/api/articles/batch",
                json.writeValueAsString(Map.of("articles", again.articles().stream().map(corpus::get).toList()))),
                HttpResponse.BodyHandlers.ofString());
        assertEquals(200, batch.statusCode(), batch.body());
        Map<String, Long> stored = storedArticles(database);
        Map<Long, List<String>> spans = storedClaimSpans(database);
        for (int i : again.articles()) {
            Long id = stored.get((String) corpus.get(i).get("url"));
            assertTrue(id != null && !spans.getOrDefault(id, List.of()).isEmpty(), "posted again, article " + i + " is stored with its claims");
        }

        Outcome acked = outcomes.stream().filter(o -> o.acknowledged() && !o.unit().batch()).findFirst().orElseThrow();
        HttpResponse<String> same = http.send(write(base, "/api/articles",
                json.writeValueAsString(corpus.get(acked.unit().articles().get(0)))), HttpResponse.BodyHandlers.ofString());
        assertEquals(200, same.statusCode(), "an acknowledged article is found, not stored again: " + same.body());
        assertEquals(json.readTree(acked.body()).get("id"), json.readTree(same.body()).get("id"));

        Map<String, Object> fresh = new LinkedHashMap<>(corpus.get(0));
        fresh.put("outlet", "Outlet after the restart");
        fresh.put("url", "https://crash.example/after-restart");
        HttpResponse<String> created = http.send(write(base, "/api/articles", json.writeValueAsString(fresh)),
                HttpResponse.BodyHandlers.ofString());
        assertEquals(201, created.statusCode(), created.body());
        long id = json.readTree(created.body()).get("id").asLong();
        JsonNode claims = get(base, "/api/articles/" + id + "/claims").get("claims");
        assertFalse(claims.isEmpty());
        for (JsonNode claim : claims) {
            assertFalse(claim.get("group").isNull(), "a new claim is stored and grouped");
            JsonNode group = get(base, "/api/groups/" + claim.get("group").asText());
            Set<Long> listed = claimIds(group.get("claims"));
            assertTrue(listed.contains(Long.parseLong(claim.get("claimId").asText().substring(1))), "its group lists it");
            assertEquals(listed.size(), group.get("claimCount").asInt());
        }
        assertEquals(200, http.send(HttpRequest.newBuilder(base.resolve("/q/health/ready")).build(),
                HttpResponse.BodyHandlers.discarding()).statusCode());
    }

    // ---- helpers ---------------------------------------------------------------------------------------------

    /** The large batch first, then small batches and single articles alternating; every article in one unit. */
    private static List<Unit> plan(List<Map<String, Object>> corpus) {
        Random random = new Random(11);
        List<Unit> units = new ArrayList<>();
        units.add(new Unit(true, articles(corpus, random, LARGE_BATCH)));
        for (int i = 0; i < UNITS; i++) {
            units.add(i % 2 == 0 ? new Unit(true, articles(corpus, random, SMALL_BATCH)) : new Unit(false, articles(corpus, random, 1)));
        }
        return units;
    }

    private static List<Integer> articles(List<Map<String, Object>> corpus, Random random, int count) {
        List<Integer> indexes = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            indexes.add(corpus.size());
            corpus.add(article(random, corpus.size()));
        }
        return indexes;
    }

    /** Four sentences, each a count and a date, about a few places, so that outlets agree and disagree. */
    private static Map<String, Object> article(Random random, int index) {
        StringBuilder text = new StringBuilder();
        for (int s = 0; s < 4; s++) {
            text.append("Officials in ").append(PLACES[random.nextInt(PLACES.length)]).append(" said ")
                    .append(String.format(Locale.ROOT, "%,d", 20 + random.nextInt(9000))).append(' ')
                    .append(NOUNS[random.nextInt(NOUNS.length)]).append(' ').append(VERBS[random.nextInt(VERBS.length)])
                    .append(' ').append(PLACES[random.nextInt(PLACES.length)]).append(" on ")
                    .append(MONTHS[random.nextInt(MONTHS.length)]).append(' ').append(1 + random.nextInt(28))
                    .append(", 2024. ");
        }
        Map<String, Object> article = new LinkedHashMap<>();
        article.put("outlet", "Outlet " + (index % 9));
        article.put("url", "https://crash.example/articles/" + index);
        article.put("publishedAt", String.format(Locale.ROOT, "2024-12-%02d", 1 + index % 28));
        article.put("text", text.toString().strip());
        return article;
    }

    /** A POST under /api, with the API key that production requires of writes (POST /api/analyze takes it too). */
    private static HttpRequest write(URI base, String path, String body) {
        return HttpRequest.newBuilder(base.resolve(path)).timeout(WAIT)
                .header("Content-Type", "application/json").header("X-API-Key", KEY)
                .POST(HttpRequest.BodyPublishers.ofString(body)).build();
    }

    private JsonNode get(URI base, String path) throws Exception {
        HttpResponse<String> response = http.send(HttpRequest.newBuilder(base.resolve(path)).timeout(WAIT).build(),
                HttpResponse.BodyHandlers.ofString());
        assertEquals(200, response.statusCode(), path + ": " + response.body());
        return json.readTree(response.body());
    }

    /** Per article sent, the spans of the claims POST /api/analyze finds in its text, in text order. */
    private List<List<String>> analyzedSpans(URI base, List<Map<String, Object>> articles) throws Exception {
        List<Map<String, Object>> sent = articles.stream().map(a -> {
            Map<String, Object> copy = new LinkedHashMap<>(a);
            copy.remove("url");
            return copy;
        }).toList();
        HttpResponse<String> response = http.send(write(base, "/api/analyze", json.writeValueAsString(Map.of("articles", sent))),
                HttpResponse.BodyHandlers.ofString());
        assertEquals(200, response.statusCode(), response.body());
        JsonNode report = json.readTree(response.body());
        Map<String, Integer> position = new HashMap<>();
        for (int i = 0; i < articles.size(); i++) {
            position.put(report.get("articles").get(i).get("id").asText(), i);
        }
        List<List<int[]>> found = new ArrayList<>();
        articles.forEach(a -> found.add(new ArrayList<>()));
        for (JsonNode group : report.get("groups")) {
            for (JsonNode claim : group.get("claims")) {
                found.get(position.get(claim.get("articleId").asText()))
                        .add(new int[] {claim.get("start").asInt(), claim.get("end").asInt()});
            }
        }
        return found.stream().map(spans -> spans.stream()
                .sorted((a, b) -> a[0] != b[0] ? Integer.compare(a[0], b[0]) : Integer.compare(a[1], b[1]))
                .map(span -> span[0] + "-" + span[1]).toList()).toList();
    }

    private static Set<Long> claimIds(JsonNode claims) {
        Set<Long> ids = new TreeSet<>();
        claims.forEach(claim -> ids.add(Long.parseLong(claim.get("id").asText().substring(1))));
        return ids;
    }

    // ---- the database, read directly -------------------------------------------------------------------------

    private static int articlesWithoutClaims(TestDatabase database) throws SQLException {
        return (int) database.number("SELECT count(*) FROM article a WHERE NOT EXISTS "
                + "(SELECT 1 FROM stored_claim c WHERE c.article_id = a.id)");
    }

    /** Stored articles by URL. */
    private static Map<String, Long> storedArticles(TestDatabase database) throws SQLException {
        Map<String, Long> stored = new HashMap<>();
        try (Connection connection = database.connect();
             ResultSet rows = connection.createStatement().executeQuery("SELECT url, id FROM article")) {
            while (rows.next()) {
                stored.put(rows.getString(1), rows.getLong(2));
            }
        }
        return stored;
    }

    /** Per article, the spans of its stored claims in position order. */
    private Map<Long, List<String>> storedClaimSpans(TestDatabase database) throws Exception {
        Map<Long, List<String>> spans = new HashMap<>();
        try (Connection connection = database.connect(); ResultSet rows = connection.createStatement()
                .executeQuery("SELECT article_id, body FROM stored_claim ORDER BY article_id, position")) {
            while (rows.next()) {
                JsonNode claim = json.readTree(rows.getString(2));
                spans.computeIfAbsent(rows.getLong(1), id -> new ArrayList<>())
                        .add(claim.get("start").asInt() + "-" + claim.get("end").asInt());
            }
        }
        return spans;
    }

    private static Map<Long, Set<Long>> groupMembers(TestDatabase database) throws SQLException {
        Map<Long, Set<Long>> members = new HashMap<>();
        try (Connection connection = database.connect();
             ResultSet rows = connection.createStatement().executeQuery("SELECT group_id, id FROM stored_claim")) {
            while (rows.next()) {
                members.computeIfAbsent(rows.getLong(1), id -> new TreeSet<>()).add(rows.getLong(2));
            }
        }
        return members;
    }
}
