package org.claimcheck.web;

import static io.restassured.RestAssured.given;
import static org.claimcheck.web.TestArticles.article;
import static org.claimcheck.web.TestArticles.uniqueOutlet;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;
import org.junit.jupiter.api.Test;

/**
 * The analysis limits, configured small: at most three articles per analysis, texts of at most 1000 bytes, six claims
 * and four comparisons of claims.
 */
@QuarkusTest
@TestProfile(AnalysisLimitTest.SmallAnalyses.class)
class AnalysisLimitTest {

    private static final int MAX_ARTICLES = 3;
    private static final int MAX_TEXT_BYTES = 1000;
    private static final int MAX_CLAIMS = 6;
    private static final int MAX_COMPARISONS = 4;

    public static class SmallAnalyses implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("claimcheck.analyze.max-articles", Integer.toString(MAX_ARTICLES),
                    "claimcheck.ingest.max-text-bytes", Integer.toString(MAX_TEXT_BYTES),
                    "claimcheck.analyze.max-claims", Integer.toString(MAX_CLAIMS),
                    "claimcheck.analyze.max-comparisons", Integer.toString(MAX_COMPARISONS));
        }
    }

    private static ValidatableResponse analyze(List<Map<String, Object>> articles) {
        return given().contentType(ContentType.JSON).body(Map.of("articles", articles))
                .when().post("/api/analyze")
                .then().log().ifValidationFails();
    }

    private static List<Map<String, Object>> articles(int count) {
        List<Map<String, Object>> articles = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            articles.add(article("Outlet " + i, "About 2,000 soldiers, article " + i + "."));
        }
        return articles;
    }

    @Test
    void articlesUpToTheLimitAreAnalysed() {
        analyze(articles(MAX_ARTICLES)).statusCode(200).body("articles", hasSize(MAX_ARTICLES));
    }

    @Test
    void moreArticlesThanTheLimitIs413() {
        analyze(articles(MAX_ARTICLES + 1))
                .statusCode(413)
                .contentType("application/problem+json")
                .body("status", equalTo(413))
                .body("detail", equalTo("articles: holds 4 articles, over the limit of 3"));
    }

    @Test
    void tooManyArticlesIs413EvenWhenTheyAreAlsoInvalid() {
        List<Map<String, Object>> articles = articles(MAX_ARTICLES + 1);
        articles.get(0).remove("outlet");
        analyze(articles).statusCode(413);
    }

    @Test
    void textAtTheLimitIsAnalysed() {
        analyze(List.of(article("Outlet", "a".repeat(MAX_TEXT_BYTES)))).statusCode(200);
    }

    @Test
    void textOverTheLimitIs413NamingIt() {
        analyze(List.of(article("Outlet", "short"), article("Outlet", "b".repeat(MAX_TEXT_BYTES + 1))))
                .statusCode(413)
                .contentType("application/problem+json")
                .body("detail", equalTo("articles[1].text: is 1001 bytes of UTF-8, over the limit of 1000 bytes"));
    }

    @Test
    void textLimitCountsBytesNotCharacters() {
        analyze(List.of(article("Outlet", "ñ".repeat(MAX_TEXT_BYTES / 2 + 1))))
                .statusCode(413).body("detail", containsString("is 1002 bytes of UTF-8"));
    }

    @Test
    void storedReportOverTheLimitIs413() {
        String outlet = uniqueOutlet();
        for (String date : new String[] {"2024-06-18", "2024-06-19", "2024-10-23", "2024-12-18"}) {
            Map<String, Object> submitted = article(outlet, "Published " + date);
            submitted.put("publishedAt", date);
            TestArticles.create(submitted);
        }

        given().queryParam("outlet", outlet).when().get("/api/report")
                .then().log().ifValidationFails()
                .statusCode(413)
                .contentType("application/problem+json")
                .body("detail", containsString("over the limit of 3 per report"));
        given().queryParam("outlet", outlet).queryParam("publishedFrom", "2024-06-19").when().get("/api/report")
                .then().log().ifValidationFails()
                .statusCode(200)
                .body("articles.publishedAt", org.hamcrest.Matchers.contains("2024-12-18", "2024-10-23", "2024-06-19"));
    }

    /** An article with {@code count} claims, all counts of people, so that every two of different articles are compared. */
    private static Map<String, Object> withCounts(int outlet, int count) {
        return article("Outlet " + outlet, TestArticles.rescues(count));
    }

    @Test
    void claimsAndComparisonsUpToTheLimitsAreAnalysed() {
        // 2 + 2 claims; the 2 x 2 pairs across the two articles are compared
        analyze(List.of(withCounts(1, 2), withCounts(2, 2))).statusCode(200).body("groups.claims.flatten()", hasSize(4));
        analyze(List.of(withCounts(1, MAX_CLAIMS))).statusCode(200).body("groups.claims.flatten()", hasSize(MAX_CLAIMS));
    }

    @Test
    void moreClaimsThanTheLimitIs413() {
        analyze(List.of(withCounts(1, 3), withCounts(2, 1), withCounts(3, 3)))
                .statusCode(413)
                .contentType("application/problem+json")
                .body("detail", equalTo("articles: hold more than 6 claims with checkable values, the limit of one analysis; "
                        + "send fewer or shorter articles"));
        analyze(List.of(withCounts(1, MAX_CLAIMS + 1))).statusCode(413);
    }

    @Test
    void moreComparisonsThanTheLimitIs413() {
        // 2 + 3 claims: 6 pairs across the articles
        analyze(List.of(withCounts(1, 2), withCounts(2, 3)))
                .statusCode(413)
                .contentType("application/problem+json")
                .body("detail", equalTo("articles: cross-checking their 5 claims would compare 6 pairs of claims, over the "
                        + "limit of 4 per analysis; send fewer or shorter articles"));
    }
}
