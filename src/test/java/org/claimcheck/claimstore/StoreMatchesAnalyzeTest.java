package org.claimcheck.claimstore;

import org.claimcheck.CorpusFiles;
import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * One grouping engine: on every corpus, the groups the store keeps for articles posted one by one through the
 * article API (read back through each article's claims, checked against GET /api/groups and GET /api/groups/{id})
 * are the groups POST /api/analyze gives for the same articles in the same order. Deleting an article
 * splits them into the groups of the others; posting it again merges them back into the groups of all. Claims are
 * told apart by article and span. The store starts empty (a profile of its own) and is emptied after each corpus.
 * Runs on H2 and, with -Dquarkus.test.profile=pg, on PostgreSQL.
 */
@QuarkusTest
@TestProfile(StoreMatchesAnalyzeTest.EmptyStore.class)
class StoreMatchesAnalyzeTest {

    /** A store of its own: the application restarts on a clean database, so no other test's claims join the groups. */
    public static class EmptyStore implements QuarkusTestProfile {
    }

    @Inject
    ClaimCatalog catalog;

    @Inject
    EntityManager entityManager;

    /** Stored article id to the corpus article's index, for the articles posted by the current corpus. */
    private final Map<Long, Integer> posted = new HashMap<>();

    static List<CorpusFiles.Corpus> corpora() {
        return CorpusFiles.all();
    }

    @AfterEach
    void emptyTheStore() {
        for (long id : posted.keySet()) {
            given().when().delete("/api/articles/" + id).then().statusCode(204);
        }
        posted.clear();
        given().when().get("/api/groups").then().statusCode(200).body("totalItems", org.hamcrest.Matchers.equalTo(0));
    }

    private long post(CorpusFiles.CorpusArticle article, int index) {
        long id = given().contentType(ContentType.JSON).body(article.body()).when().post("/api/articles")
                .then().statusCode(201).extract().jsonPath().getLong("id");
        posted.put(id, index);
        return id;
    }

    private void delete(long id) {
        given().when().delete("/api/articles/" + id).then().statusCode(204);
        posted.remove(id);
    }

    /** The groups POST /api/analyze gives for these corpus articles, in this order, as sets of "index:start-end". */
    private static Set<Set<String>> analyzed(CorpusFiles.Corpus corpus, List<Integer> order) {
        List<Map<String, Object>> articles = order.stream().map(i -> corpus.articles().get(i).body()).toList();
        JsonPath report = given().contentType(ContentType.JSON).body(Map.of("articles", articles))
                .when().post("/api/analyze").then().statusCode(200).extract().jsonPath();
        Set<Set<String>> groups = new HashSet<>();
        for (Map<String, Object> group : report.<Map<String, Object>>getList("groups")) {
            Set<String> claims = new TreeSet<>();
            for (Map<?, ?> claim : (List<Map<?, ?>>) group.get("claims")) {
                int position = Integer.parseInt(((String) claim.get("articleId")).substring(1)) - 1;
                claims.add(order.get(position) + ":" + claim.get("start") + "-" + claim.get("end"));
            }
            groups.add(claims);
        }
        return groups;
    }

    /**
     * The store's groups: each stored article's claims name their group; the group listing holds exactly those
     * groups, with their claim counts; with {@code details}, each group's own page lists exactly its claims.
     */
    private Set<Set<String>> stored(boolean details) {
        Map<String, Set<String>> groups = new HashMap<>();
        for (Map.Entry<Long, Integer> article : posted.entrySet()) {
            JsonPath claims = given().when().get("/api/articles/" + article.getKey() + "/claims").then().statusCode(200)
                    .extract().jsonPath();
            for (Map<String, Object> claim : claims.<Map<String, Object>>getList("claims")) {
                String key = article.getValue() + ":" + claim.get("start") + "-" + claim.get("end");
                assertNotNull(claim.get("group"), "claim " + key + " is grouped");
                groups.computeIfAbsent((String) claim.get("group"), id -> new TreeSet<>()).add(key);
            }
        }
        Map<String, Integer> listed = new HashMap<>();
        int pages = 1;
        for (int page = 0; page < pages; page++) {
            JsonPath listing = given().queryParam("size", 100).queryParam("page", page).when().get("/api/groups")
                    .then().statusCode(200).extract().jsonPath();
            pages = listing.getInt("totalPages");
            for (Map<String, Object> summary : listing.<Map<String, Object>>getList("items")) {
                assertTrue(listed.put((String) summary.get("id"), ((Number) summary.get("claimCount")).intValue()) == null,
                        "group " + summary.get("id") + " listed twice");
            }
        }
        Map<String, Integer> counted = new HashMap<>();
        groups.forEach((id, claims) -> counted.put(id, claims.size()));
        assertEquals(counted, listed, "the listed groups and their claim counts");
        if (details) {
            groups.forEach((id, claims) -> {
                JsonPath detail = given().when().get("/api/groups/" + id).then().statusCode(200).extract().jsonPath();
                Set<String> shown = new TreeSet<>();
                for (Map<String, Object> claim : detail.<Map<String, Object>>getList("claims")) {
                    Integer index = posted.get(Long.parseLong(((String) claim.get("articleId")).substring(1)));
                    shown.add(index + ":" + claim.get("start") + "-" + claim.get("end"));
                }
                assertEquals(claims, shown, "the claims of group " + id);
            });
        }
        return new HashSet<>(groups.values());
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("corpora")
    void theStoresGroupsAreTheReportsGroups(CorpusFiles.Corpus corpus) {
        List<Integer> order = new ArrayList<>();
        List<Long> ids = new ArrayList<>();
        long start = System.nanoTime();
        for (int i = 0; i < corpus.articles().size(); i++) {
            ids.add(post(corpus.articles().get(i), i));
            order.add(i);
        }
        double seconds = (System.nanoTime() - start) / 1e9;
        Set<Set<String>> whole = stored(true);
        start = System.nanoTime();
        Set<Set<String>> report = analyzed(corpus, order);
        System.out.printf("%s: %d articles, %d claims in %d groups, stored one by one in %.2f s, analyzed in %.2f s%n",
                corpus, order.size(), whole.stream().mapToInt(Set::size).sum(), whole.size(), seconds,
                (System.nanoTime() - start) / 1e9);
        assertEquals(report, whole, corpus + ": the stored groups");

        // The middle article leaves (a split), then comes back, last (a merge).
        int middle = corpus.articles().size() / 2;
        delete(ids.get(middle));
        order.remove(Integer.valueOf(middle));
        assertEquals(analyzed(corpus, order), stored(false), corpus + " without article " + middle);
        post(corpus.articles().get(middle), middle);
        order.add(middle);
        Set<Set<String>> again = stored(true);
        assertEquals(analyzed(corpus, order), again, corpus + " with article " + middle + " back, last");
        assertEquals(whole, again, corpus + " with article " + middle + " back: the groups of all");
    }

    /**
     * At start-up the groups are loaded from the database and regrouped: rows the engine disagrees with (claims never
     * placed, claims in another group, a group row no claim names) are rewritten to the engine's groups.
     */
    @Test
    void loadingTheStoreRewritesGroupsTheEngineDoesNotGive() {
        CorpusFiles.Corpus corpus = CorpusFiles.all().stream().filter(c -> c.name().endsWith("disaster-toll")).findFirst()
                .orElseThrow();
        List<Integer> order = new ArrayList<>();
        List<Long> ids = new ArrayList<>();
        for (int i = 0; i < corpus.articles().size(); i++) {
            ids.add(post(corpus.articles().get(i), i));
            order.add(i);
        }
        Set<Set<String>> whole = stored(true);
        QuarkusTransaction.requiringNew().run(() -> {
            Long anyGroup = entityManager.createQuery("select max(c.groupId) from StoredClaim c", Long.class).getSingleResult();
            entityManager.createQuery("update StoredClaim c set c.groupId = null where c.articleId = :id")
                    .setParameter("id", ids.get(0)).executeUpdate();
            entityManager.createQuery("update StoredClaim c set c.groupId = :group where c.articleId = :id")
                    .setParameter("group", anyGroup).setParameter("id", ids.get(1)).executeUpdate();
        });
        catalog.reload();
        catalog.version(); // loads
        assertEquals(whole, stored(true));
        assertEquals(analyzed(corpus, order), whole);
    }
}
