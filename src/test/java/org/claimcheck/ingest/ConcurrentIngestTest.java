package org.claimcheck.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;

import org.claimcheck.claimstore.ClaimCatalog;
import org.claimcheck.reconcile.ReconcileInput;
import org.junit.jupiter.api.Test;

/**
 * Eight clients post overlapping batches and single articles (the same articles, in different orders and spellings)
 * at the same instant. Afterwards each article is stored once, was created by exactly one request, and has the
 * claims a lone extraction of its text finds, each stored once and in exactly one group, in the database as in the
 * grouping index. Runs on H2 and, with -Dquarkus.test.profile=pg, on PostgreSQL.
 */
@QuarkusTest
class ConcurrentIngestTest {

    private static final int CLIENTS = 8;
    private static final int FACTS = 6;
    private static final int BATCHES_PER_CLIENT = 3;
    private static final String[] OUTLETS = {"Wire Alpha", "Courier Beta", "Gazette Gamma"};

    @TestHTTPResource("/")
    URI base;

    @Inject
    EntityManager entityManager;

    @Inject
    ClaimCatalog catalog;

    @Inject
    ObjectMapper json;

    private final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(10)).build();

    /** One article of the corpus: its identity in this test, its canonical URL (null when it has none) and body. */
    private record Source(int index, String url, Map<String, Object> body) {
    }

    /** One request a client sent: which corpus articles it carried, in order, and what came back. */
    private record Sent(int client, List<Integer> articles, boolean batch, int status, String body) {
    }

    @Test
    void overlappingConcurrentIngestStoresEveryArticleAndClaimExactlyOnce() throws Exception {
        String tag = letters(UUID.randomUUID());
        List<Source> corpus = corpus(tag);

        List<Sent> sent = postConcurrently(corpus);

        List<String> failures = sent.stream().filter(s -> s.status() != 200 && s.status() != 201)
                .map(s -> "client " + s.client() + (s.batch() ? " batch " : " single ") + s.articles() + ": "
                        + s.status() + " " + s.body())
                .toList();
        assertTrue(failures.isEmpty(), "every request succeeds, none 409 or 500:\n" + String.join("\n", failures));

        Map<Integer, Long> ids = idsAgreedByEveryAnswer(corpus, sent);
        assertEquals(corpus.size(), new HashSet<>(ids.values()).size(), "distinct articles get distinct ids");
        assertStoredOnce(tag, corpus, ids);
        assertClaimsStoredOnceAndComplete(corpus, ids);
    }

    // ---- the race --------------------------------------------------------------------------------------------

    private List<Sent> postConcurrently(List<Source> corpus) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(CLIENTS);
        CountDownLatch ready = new CountDownLatch(CLIENTS);
        CountDownLatch go = new CountDownLatch(1);
        try {
            List<Future<List<Sent>>> clients = new ArrayList<>();
            for (int client = 0; client < CLIENTS; client++) {
                int id = client;
                clients.add(pool.submit(() -> {
                    List<Request> plan = plan(id, corpus); // bodies built before the gate, so the posts start together
                    ready.countDown();
                    go.await();
                    List<Sent> answers = new ArrayList<>();
                    for (Request request : plan) {
                        HttpResponse<String> response = http.send(HttpRequest.newBuilder(base.resolve(request.path()))
                                .timeout(Duration.ofSeconds(120))
                                .header("Content-Type", "application/json")
                                .POST(HttpRequest.BodyPublishers.ofString(request.body())).build(),
                                HttpResponse.BodyHandlers.ofString());
                        answers.add(new Sent(id, request.articles(), request.path().endsWith("batch"),
                                response.statusCode(), response.body()));
                    }
                    return answers;
                }));
            }
            assertTrue(ready.await(30, TimeUnit.SECONDS), "every client prepared its requests");
            go.countDown();
            List<Sent> all = new ArrayList<>();
            for (Future<List<Sent>> client : clients) {
                all.addAll(client.get(5, TimeUnit.MINUTES));
            }
            return all;
        } finally {
            pool.shutdownNow();
        }
    }

    private record Request(String path, List<Integer> articles, String body) {
    }

    /**
     * A client's requests: the whole corpus shuffled its own way and cut into batches, each followed by a single
     * POST of some article. URLs and outlet names are spelled differently by different clients; they name the same
     * articles and outlets.
     */
    private List<Request> plan(int client, List<Source> corpus) throws Exception {
        Random random = new Random(client * 7919L + 1);
        List<Integer> order = new ArrayList<>();
        corpus.forEach(source -> order.add(source.index()));
        Collections.shuffle(order, random);
        int per = (order.size() + BATCHES_PER_CLIENT - 1) / BATCHES_PER_CLIENT;
        List<Request> plan = new ArrayList<>();
        for (int from = 0; from < order.size(); from += per) {
            List<Integer> batch = order.subList(from, Math.min(order.size(), from + per));
            List<Map<String, Object>> bodies = batch.stream().map(i -> spelled(corpus.get(i), client)).toList();
            plan.add(new Request("/api/articles/batch", List.copyOf(batch), json.writeValueAsString(Map.of("articles", bodies))));
            int single = order.get(random.nextInt(order.size()));
            plan.add(new Request("/api/articles", List.of(single), json.writeValueAsString(spelled(corpus.get(single), client))));
        }
        return plan;
    }

    /** The same article as another client may write it: URL host and scheme in upper case, outlet in upper case. */
    private static Map<String, Object> spelled(Source source, int client) {
        Map<String, Object> body = new LinkedHashMap<>(source.body());
        if (client % 2 == 1) {
            body.put("outlet", ((String) body.get("outlet")).toUpperCase(Locale.ROOT));
            if (source.url() != null) {
                body.put("url", source.url().replace("https://news.example", "HTTPS://News.Example:443") + "#comments");
            }
        }
        return body;
    }

    // ---- what the answers and the store say ------------------------------------------------------------------

    /** Every answer that names an article names the same id for it; exactly one answer created it. */
    private Map<Integer, Long> idsAgreedByEveryAnswer(List<Source> corpus, List<Sent> sent) throws Exception {
        Map<Integer, Set<Long>> named = new HashMap<>();
        Map<Integer, Integer> creations = new HashMap<>();
        for (Sent answer : sent) {
            JsonNode body = json.readTree(answer.body());
            if (answer.batch()) {
                JsonNode items = body.get("items");
                assertEquals(answer.articles().size(), items.size(), "a batch answers each of its articles");
                for (int i = 0; i < items.size(); i++) {
                    int article = answer.articles().get(i);
                    named.computeIfAbsent(article, k -> new HashSet<>()).add(items.get(i).get("article").get("id").asLong());
                    if (items.get(i).get("status").asText().equals("CREATED")) {
                        creations.merge(article, 1, Integer::sum);
                    }
                }
            } else {
                int article = answer.articles().get(0);
                named.computeIfAbsent(article, k -> new HashSet<>()).add(body.get("id").asLong());
                if (answer.status() == 201) {
                    creations.merge(article, 1, Integer::sum);
                }
            }
        }
        Map<Integer, Long> ids = new HashMap<>();
        for (Source source : corpus) {
            Set<Long> names = named.get(source.index());
            assertNotNull(names, "article " + source.index() + " was posted");
            assertEquals(1, names.size(), "every answer names one id for article " + source.index() + ": " + names);
            assertEquals(1, creations.getOrDefault(source.index(), 0),
                    "exactly one request created article " + source.index());
            ids.put(source.index(), names.iterator().next());
        }
        return ids;
    }

    private void assertStoredOnce(String tag, List<Source> corpus, Map<Integer, Long> ids) {
        List<String> keys = List.of(OUTLETS).stream().map(name -> OutletKey.of(name + " " + tag).orElseThrow().value()).toList();
        QuarkusTransaction.requiringNew().run(() -> {
            List<Object[]> rows = entityManager.createQuery(
                    "select a.id, a.url from Article a where a.outlet.key in :keys", Object[].class)
                    .setParameter("keys", keys).getResultList();
            assertEquals(corpus.size(), rows.size(), "one row per article");
            Set<Long> stored = new HashSet<>();
            List<String> urls = new ArrayList<>();
            for (Object[] row : rows) {
                stored.add((Long) row[0]);
                if (row[1] != null) {
                    urls.add((String) row[1]);
                }
            }
            assertEquals(new HashSet<>(ids.values()), stored, "the rows are the articles the answers named");
            assertEquals(corpus.stream().filter(s -> s.url() != null).map(Source::url).sorted().toList(),
                    urls.stream().sorted().toList(), "each URL once, in its canonical spelling");
            long outlets = entityManager.createQuery("select count(o) from Outlet o where o.key in :keys", Long.class)
                    .setParameter("keys", keys).getSingleResult();
            assertEquals(OUTLETS.length, outlets, "each outlet once, however it was spelled");
        });
    }

    /**
     * Each stored article holds exactly the claims that a lone analysis of its text finds (POST /api/analyze, which
     * stores nothing), each once; each claim is in one group, and the database, the grouping index and the group
     * API agree on every group's members.
     */
    private void assertClaimsStoredOnceAndComplete(List<Source> corpus, Map<Integer, Long> ids) throws Exception {
        Map<Integer, List<String>> expectedSpans = analyzedSpans(corpus);
        Map<Long, Set<Long>> membersByGroup = new HashMap<>();
        for (Source source : corpus) {
            long articleId = ids.get(source.index());
            List<Object[]> rows = QuarkusTransaction.requiringNew().call(() -> entityManager.createQuery(
                    "select c.id, c.position, c.groupId, c.body from StoredClaim c where c.articleId = :id order by c.position",
                    Object[].class).setParameter("id", articleId).getResultList());
            List<String> spans = new ArrayList<>();
            Set<Integer> positions = new TreeSet<>();
            for (Object[] row : rows) {
                JsonNode claim = json.readTree((String) row[3]);
                spans.add(claim.get("start").asInt() + "-" + claim.get("end").asInt());
                positions.add((Integer) row[1]);
                assertNotNull(row[2], "claim " + row[0] + " of article " + articleId + " is in a group");
                membersByGroup.computeIfAbsent((Long) row[2], g -> new TreeSet<>()).add((Long) row[0]);
            }
            List<String> expected = expectedSpans.get(source.index());
            assertFalse(expected.isEmpty(), "the test's texts hold claims");
            assertEquals(expected, spans, "article " + articleId + " holds the claims of its text, each once");
            assertEquals(new HashSet<>(spans).size(), spans.size(), "no span stored twice for article " + articleId);
            assertEquals(rows.size(), positions.size(), "no position stored twice for article " + articleId);

            JsonNode fresh = get("/api/articles/" + articleId + "/claims").get("claims");
            assertEquals(rows.size(), fresh.size());
            for (JsonNode claim : fresh) {
                assertFalse(claim.get("claimId").isNull(), "every claim found in article " + articleId + " is stored");
                assertFalse(claim.get("group").isNull(), "and placed in a group");
            }
        }

        Set<Long> seen = new HashSet<>();
        for (long groupId : membersByGroup.keySet()) {
            Set<Long> inDatabase = QuarkusTransaction.requiringNew().call(() -> new TreeSet<>(entityManager.createQuery(
                    "select c.id from StoredClaim c where c.groupId = :g", Long.class).setParameter("g", groupId).getResultList()));
            Set<Long> inIndex = new TreeSet<>(catalog.group(groupId).orElseThrow().stream()
                    .map(ReconcileInput::claimId).map(id -> Long.parseLong(id.substring(1))).toList());
            assertEquals(inDatabase, inIndex, "group " + groupId + ": the index and the database hold the same claims");
            JsonNode detail = get("/api/groups/g" + groupId);
            Set<Long> listed = new TreeSet<>();
            detail.get("claims").forEach(claim -> listed.add(Long.parseLong(claim.get("id").asText().substring(1))));
            assertEquals(inDatabase, listed, "group " + groupId + " lists its claims");
            assertEquals(inDatabase.size(), detail.get("claimCount").asInt(), "group " + groupId + " counts its claims");
            for (long claim : listed) {
                assertTrue(seen.add(claim), "claim " + claim + " is listed in one group only");
            }
        }
    }

    /** Per corpus article, the spans of the claims POST /api/analyze finds in its text, in text order. */
    private Map<Integer, List<String>> analyzedSpans(List<Source> corpus) throws Exception {
        List<Map<String, Object>> articles = new ArrayList<>();
        for (Source source : corpus) {
            Map<String, Object> article = new LinkedHashMap<>(source.body());
            article.remove("url");
            articles.add(article);
        }
        HttpResponse<String> response = http.send(HttpRequest.newBuilder(base.resolve("/api/analyze"))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(json.writeValueAsString(Map.of("articles", articles)))).build(),
                HttpResponse.BodyHandlers.ofString());
        assertEquals(200, response.statusCode(), response.body());
        JsonNode report = json.readTree(response.body());
        Map<String, Integer> byReportId = new HashMap<>();
        for (int i = 0; i < corpus.size(); i++) {
            byReportId.put(report.get("articles").get(i).get("id").asText(), corpus.get(i).index());
        }
        Map<Integer, List<int[]>> found = new HashMap<>();
        corpus.forEach(source -> found.put(source.index(), new ArrayList<>()));
        for (JsonNode group : report.get("groups")) {
            for (JsonNode claim : group.get("claims")) {
                found.get(byReportId.get(claim.get("articleId").asText()))
                        .add(new int[] {claim.get("start").asInt(), claim.get("end").asInt()});
            }
        }
        Map<Integer, List<String>> spans = new HashMap<>();
        found.forEach((article, list) -> spans.put(article, list.stream()
                .sorted((a, b) -> a[0] != b[0] ? Integer.compare(a[0], b[0]) : Integer.compare(a[1], b[1]))
                .map(span -> span[0] + "-" + span[1]).toList()));
        return spans;
    }

    private JsonNode get(String path) throws Exception {
        HttpResponse<String> response = http.send(HttpRequest.newBuilder(base.resolve(path)).GET().build(),
                HttpResponse.BodyHandlers.ofString());
        assertEquals(200, response.statusCode(), path + ": " + response.body());
        return json.readTree(response.body());
    }

    // ---- the corpus ------------------------------------------------------------------------------------------

    /**
     * Each fact reported by each outlet with its own figures, so that claims of different articles share groups and
     * conflict; plus one article per outlet without a URL, which is the same article by its outlet and text.
     */
    private static List<Source> corpus(String tag) {
        List<Source> corpus = new ArrayList<>();
        for (int fact = 0; fact < FACTS; fact++) {
            String place = "Val" + tag + (char) ('a' + fact);
            for (int o = 0; o < OUTLETS.length; o++) {
                int residents = 1_000 + 240 * fact + 60 * o;
                String text = "Officials in " + place + " said " + String.format(Locale.ROOT, "%,d", residents)
                        + " residents were evacuated from the flooded valley of " + place + " on 12 March 2025. "
                        + "Damage was put at $" + (3 + fact) + "." + o + " million, and " + (14 + o)
                        + " schools stayed closed for three weeks.";
                String url = "https://news.example/" + tag + "/" + fact + "-" + o;
                corpus.add(new Source(corpus.size(), url, body(OUTLETS[o] + " " + tag, url, text)));
            }
        }
        for (int o = 0; o < OUTLETS.length; o++) {
            String text = "Update from Val" + tag + ": " + (40 + o) + " homes were destroyed and 1,200 people left "
                    + "their villages on 3 April 2025.";
            corpus.add(new Source(corpus.size(), null, body(OUTLETS[o] + " " + tag, null, text)));
        }
        return corpus;
    }

    private static Map<String, Object> body(String outlet, String url, String text) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("outlet", outlet);
        if (url != null) {
            body.put("url", url);
        }
        body.put("publishedAt", "2025-03-13");
        body.put("text", text);
        return body;
    }

    /** Letters only, so that a made-up place reads as one word. */
    private static String letters(UUID uuid) {
        StringBuilder name = new StringBuilder();
        String hex = uuid.toString().replace("-", "");
        for (int i = 0; i < 8; i++) {
            name.append((char) ('a' + Character.digit(hex.charAt(i), 16)));
        }
        return name.toString();
    }
}
