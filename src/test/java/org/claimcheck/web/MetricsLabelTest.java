package org.claimcheck.web;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

/** Requests are labelled by route, so junk paths cannot fill the label limit and crowd the real routes out. */
@QuarkusTest
class MetricsLabelTest {

    private static final Pattern GROUPS_COUNT =
            Pattern.compile("http_server_requests_seconds_count\\{[^}]*status=\"200\"[^}]*uri=\"/api/groups\"[^}]*} ([0-9.]+)");

    @Test
    void junkPathsDoNotCrowdOutTheRoutes() {
        for (int i = 0; i < 150; i++) {
            given().get("/junk-" + i).then().statusCode(404);
            given().get("/api/junk-" + i).then().statusCode(404);
            given().get("/api/articles/0" + i).then().statusCode(404);
            given().get("/api/groups?junk" + i + "=1").then().statusCode(400);
            given().get("/api/groups/g0" + i).then().statusCode(404);
        }
        double before = groupsCount();
        given().get("/api/groups").then().statusCode(200);
        long id = TestArticles.create(TestArticles.article(TestArticles.uniqueOutlet(), "3,000 soldiers crossed."));
        given().get("/api/articles/" + id).then().statusCode(200);
        String metrics = metrics();
        assertTrue(groupsCount() >= before + 1, "GET /api/groups is recorded under its route");
        assertFalse(metrics.contains("junk"), "no label names a junk path");
        assertFalse(metrics.contains("uri=\"/api/articles/" + id + "\""), "an article read is labelled by its route");
        assertTrue(metrics.contains("uri=\"/api/articles/{id"), "an article read is labelled by its route");
    }

    private static double groupsCount() {
        Matcher found = GROUPS_COUNT.matcher(metrics());
        double total = 0;
        while (found.find()) {
            total += Double.parseDouble(found.group(1));
        }
        return total;
    }

    private static String metrics() {
        return given().get("/q/metrics").then().statusCode(200).extract().asString();
    }
}
