package org.claimcheck.web;

import static io.restassured.RestAssured.given;
import static org.claimcheck.web.TestArticles.article;
import static org.claimcheck.web.TestArticles.uniqueOutlet;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import org.claimcheck.web.ReportInvariants.Sent;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** GET /api/report: the report of POST /api/analyze over the stored articles the listing's filters select. */
@QuarkusTest
class StoredReportTest {

    private static final String[] TEXTS = {
        "Nearly 3,000 North Korean soldiers are in Russia, South Korean intelligence said.",
        "More than 11,000 North Korean troops have been sent to Russia since October.",
        "Putin arrived on Wednesday, his first visit to Pyongyang in 24 years.",
    };
    private static final String[] DATES = {"2024-10-23", "2024-12-18T09:15:00Z", null};

    private String outlet;
    private final List<Long> ids = new ArrayList<>();

    @BeforeEach
    void storeArticles() {
        outlet = uniqueOutlet();
        for (int i = 0; i < TEXTS.length; i++) {
            Map<String, Object> submitted = article(outlet, TEXTS[i]);
            submitted.put("publishedAt", DATES[i]);
            ids.add(TestArticles.create(submitted));
        }
    }

    @Test
    void reportsOnAnOutletsArticlesNewestFirst() {
        String body = given().queryParam("outlet", outlet.toUpperCase()).when().get("/api/report")
                .then().log().ifValidationFails()
                .statusCode(200)
                .contentType(ContentType.JSON)
                .body("articles.id", contains("a" + ids.get(1), "a" + ids.get(0), "a" + ids.get(2)))
                .body("articles.publishedAt", contains("2024-12-18T09:15Z", "2024-10-23", null))
                .body("articles.url", contains(null, null, null))
                .extract().asString();

        ReportInvariants.checkReport(body, List.of(
                new Sent("a" + ids.get(1), outlet, TEXTS[1]),
                new Sent("a" + ids.get(0), outlet, TEXTS[0]),
                new Sent("a" + ids.get(2), outlet, TEXTS[2])));
    }

    @Test
    void reportHoldsEveryClaimOfEveryArticle() {
        JsonNode report = ReportInvariants.parse(given().queryParam("outlet", outlet).when().get("/api/report")
                .then().statusCode(200).extract().asString());

        for (long id : ids) {
            List<String> reported = new ArrayList<>();
            for (JsonNode claim : ReportInvariants.claimsOf(report)) {
                if (claim.get("articleId").asText().equals("a" + id)) {
                    reported.add(span(claim));
                }
            }
            List<String> extracted = new ArrayList<>();
            JsonNode claims = ReportInvariants.parse(given().when().get("/api/articles/" + id + "/claims")
                    .then().statusCode(200).extract().asString()).get("claims");
            claims.forEach(claim -> extracted.add(span(claim)));
            Collections.sort(reported);
            Collections.sort(extracted);
            assertEquals(extracted, reported, "the report holds the claims of article " + id);
        }
    }

    private static String span(JsonNode claim) {
        return claim.get("start").asInt() + ".." + claim.get("end").asInt() + " " + claim.get("value");
    }

    @Test
    void filtersByPublicationDays() {
        given().queryParam("outlet", outlet).queryParam("publishedFrom", "2024-10-01").queryParam("publishedTo", "2024-10-31")
                .when().get("/api/report")
                .then().log().ifValidationFails()
                .statusCode(200)
                .body("articles.id", contains("a" + ids.get(0)));
    }

    @Test
    void nothingMatchingIsAnEmptyReport() {
        given().queryParam("outlet", outlet).queryParam("publishedTo", "2000-01-01")
                .when().get("/api/report")
                .then().statusCode(200)
                .body("articles", empty())
                .body("groups", empty());
    }

    @ParameterizedTest(name = "{0}={1}")
    @CsvSource(delimiter = '|', value = {
            "publishedFrom | 19/06/2024",
            "publishedTo   | tomorrow",
            "outlet        | '---'",
    })
    void badParameterIs400(String parameter, String value) {
        given().queryParam(parameter, value)
                .when().get("/api/report")
                .then().log().ifValidationFails()
                .statusCode(400)
                .contentType("application/problem+json")
                .body("detail", containsString(parameter + ": "))
                .body("errors[0].field", equalTo(parameter));
    }

    @Test
    void postIs405() {
        given().contentType(ContentType.JSON).body("{}")
                .when().post("/api/report")
                .then().statusCode(405).contentType("application/problem+json");
    }
}
