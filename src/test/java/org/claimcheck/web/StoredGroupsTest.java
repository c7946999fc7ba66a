package org.claimcheck.web;

import static io.restassured.RestAssured.given;
import static org.claimcheck.web.TestArticles.article;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.greaterThan;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import org.junit.jupiter.api.Test;

/** Stored articles' claims are grouped as they arrive; groups, conflicts and reliability are queryable. */
@QuarkusTest
class StoredGroupsTest {

    /** Two outlets give different counts of the same evacuation on the same day; a word of its own finds it. */
    private static long[] storeConflict(String place) {
        Map<String, Object> one = article("Gazette " + place, "Officials in " + place + " said 1,240 residents were evacuated "
                + "from the flooded valley of " + place + " on Tuesday.");
        one.put("publishedAt", "2025-03-05");
        Map<String, Object> two = article("Courier " + place, "Authorities in " + place + " said 3,960 residents were evacuated "
                + "from the flooded valley of " + place + " on Tuesday.");
        two.put("publishedAt", "2025-03-05");
        return new long[] {TestArticles.create(one), TestArticles.create(two)};
    }

    /** A made-up place name of letters only, so that it reads as one word, as real names do. */
    private static String place() {
        StringBuilder name = new StringBuilder("Val");
        String hex = UUID.randomUUID().toString().replace("-", "");
        for (int i = 0; i < 8; i++) {
            name.append((char) ('a' + Character.digit(hex.charAt(i), 16)));
        }
        return name.toString();
    }

    @Test
    void conflictingCountsFromTwoOutletsAreOneConflictGroup() {
        String place = place();
        storeConflict(place);
        JsonPath page = given().queryParam("q", "1,240").queryParam("status", "conflict").when().get("/api/groups")
                .then().statusCode(200).extract().jsonPath();
        String id = page.getString("items.find { it.claimCount == 2 }.id");

        given().when().get("/api/groups/" + id)
                .then().statusCode(200)
                .body("status", equalTo("CONFLICT"))
                .body("kind", equalTo("COUNT"))
                .body("severity", greaterThan(0f))
                .body("claims.text", containsInAnyOrder("1,240", "3,960"))
                .body("claims.outlet", containsInAnyOrder("Gazette " + place, "Courier " + place))
                .body("claims.conflictsWith", everyItem(hasSize(1)));
    }

    @Test
    void theStoreWideConflictReportListsIt() {
        String place = place();
        storeConflict(place);
        given().when().get("/api/conflicts")
                .then().statusCode(200)
                .body("groups.status", everyItem(org.hamcrest.Matchers.oneOf("CONFLICT", "EVOLVING")))
                .body("groups.findAll { it.status == 'CONFLICT' }.claims.flatten().text", hasItem("3,960"))
                .body("articles.outlet", hasItem("Courier " + place));
    }

    @Test
    void deletingAnArticleUpdatesItsGroups() {
        String place = place();
        long[] ids = storeConflict(place);
        given().when().delete("/api/articles/" + ids[1]).then().statusCode(204);

        JsonPath page = given().queryParam("q", place).when().get("/api/groups").then().statusCode(200).extract().jsonPath();
        List<String> statuses = page.getList("items.status");
        org.hamcrest.MatcherAssert.assertThat(statuses, not(hasItem("CONFLICT")));
        org.hamcrest.MatcherAssert.assertThat(page.getList("items.claimCount"), everyItem(equalTo(1)));
        given().when().get("/api/conflicts").then().statusCode(200)
                .body("articles.outlet", not(hasItem("Courier " + place)));
    }

    @Test
    void outletsCarryAReliabilityOnceTheyShareAGroup() {
        String place = place();
        storeConflict(place);
        given().when().get("/api/outlets")
                .then().statusCode(200)
                .body("find { it.name == 'Gazette " + place + "' }.reliability", notNullValue());
    }

    @Test
    void listingIsPagedWithConflictsFirst() {
        // One conflict makes two groups (the counts, and the day they agree on), so a page of one needs nothing
        // stored by other tests to be followed by another.
        storeConflict(place());
        given().queryParam("size", 1).when().get("/api/groups")
                .then().statusCode(200)
                .body("items", hasSize(1))
                .body("items[0].status", equalTo("CONFLICT"))
                .body("totalItems", greaterThan(1));
    }

    @Test
    void badFiltersAndUnknownGroupsAreProblems() {
        given().queryParam("status", "MAYBE").when().get("/api/groups")
                .then().statusCode(400).contentType("application/problem+json")
                .body("errors[0].field", equalTo("status"));
        given().queryParam("kind", "WEIGHT").when().get("/api/groups")
                .then().statusCode(400).body("errors[0].field", equalTo("kind"));
        // PostgreSQL cannot compare text holding NUL: a client's mistake, named, not a failure of the service.
        given().queryParam("q", "a\u0000b").when().get("/api/groups")
                .then().statusCode(400).body("errors[0].field", equalTo("q"));
        given().queryParam("page", 2147483647).when().get("/api/groups")
                .then().statusCode(400).body("errors[0].field", equalTo("page"));
        given().when().get("/api/groups/g987654321").then().statusCode(404).contentType("application/problem+json");
        given().when().get("/api/groups/not-a-group").then().statusCode(404);
    }

    @Test
    void textQueryMatchesLiterallyEvenWithWildcards() {
        given().queryParam("q", "%_%").when().get("/api/groups").then().statusCode(200).body("totalItems", equalTo(0));
    }
}
