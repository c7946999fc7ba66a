package org.claimcheck.web;

import static io.restassured.RestAssured.given;
import static org.claimcheck.web.TestArticles.article;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Requests POST /api/analyze cannot use: problem documents that name the field or limit at fault. */
@QuarkusTest
class AnalyzeValidationTest {

    private static ValidatableResponse analyze(String body, int status) {
        return given().contentType(ContentType.JSON).body(body)
                .when().post("/api/analyze")
                .then().log().ifValidationFails()
                .statusCode(status)
                .contentType("application/problem+json")
                .body("status", equalTo(status))
                .body("instance", equalTo("/api/analyze"))
                .body(not(containsString("Exception")))
                .body(not(containsString("\tat ")));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "no outlet             | '{\"articles\": [{\"text\": \"t\"}]}'                                        | articles[0].outlet",
            "blank outlet          | '{\"articles\": [{\"outlet\": \" \", \"text\": \"t\"}]}'                     | articles[0].outlet",
            "null outlet           | '{\"articles\": [{\"outlet\": null, \"text\": \"t\"}]}'                      | articles[0].outlet",
            "no text               | '{\"articles\": [{\"outlet\": \"o\"}]}'                                      | articles[0].text",
            "blank text            | '{\"articles\": [{\"outlet\": \"o\", \"text\": \" \\n \"}]}'                 | articles[0].text",
            "publishedAt June 19   | '{\"articles\": [{\"outlet\": \"o\", \"text\": \"t\", \"publishedAt\": \"June 19\"}]}'    | articles[0].publishedAt",
            "publishedAt 2024-13-45| '{\"articles\": [{\"outlet\": \"o\", \"text\": \"t\", \"publishedAt\": \"2024-13-45\"}]}' | articles[0].publishedAt",
            "publishedAt 19/06/2024| '{\"articles\": [{\"outlet\": \"o\", \"text\": \"t\"}, {\"outlet\": \"o\", \"text\": \"t\", \"publishedAt\": \"19/06/2024\"}]}' | articles[1].publishedAt",
            "null article          | '{\"articles\": [{\"outlet\": \"o\", \"text\": \"t\"}, null]}'               | articles[1]",
            "no articles           | '{}'                                                                          | articles",
            "null articles         | '{\"articles\": null}'                                                        | articles",
            "empty articles        | '{\"articles\": []}'                                                          | articles",
            "empty body            | ''                                                                            | articles",
            "null body             | 'null'                                                                        | articles",
    })
    void missingOrInvalidField(String why, String body, String field) {
        analyze(body, 400)
                .body("detail", containsString(field + ": "))
                .body("errors.field", hasItem(field));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "number outlet         | '{\"articles\": [{\"outlet\": 42, \"text\": \"t\"}]}'                        | articles[0].outlet      | must be a string",
            "boolean text          | '{\"articles\": [{\"outlet\": \"o\", \"text\": true}]}'                      | articles[0].text        | must be a string",
            "number publishedAt    | '{\"articles\": [{\"outlet\": \"o\", \"text\": \"t\", \"publishedAt\": 20240619}]}' | articles[0].publishedAt | must be a string",
            "array language        | '{\"articles\": [{\"outlet\": \"o\", \"text\": \"t\", \"language\": [\"en\"]}]}'   | articles[0].language    | must be a string",
            "string article        | '{\"articles\": [\"x\"]}'                                                     | articles[0]             | must be an object",
            "articles not array    | '{\"articles\": \"x\"}'                                                       | articles                | must be an array",
    })
    void wrongType(String why, String body, String field, String reason) {
        analyze(body, 400)
                .body("detail", equalTo(field + ": " + reason))
                .body("errors.field", hasItem(field));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "truncated object      | '{\"articles\": [{\"outlet\": \"x\", \"text\": '   | not well-formed JSON",
            "not json              | 'outlet=x&text=y'                                    | not well-formed JSON",
            "trailing comma        | '{\"articles\": [],}'                               | not well-formed JSON",
            "array for object      | '[{\"outlet\": \"x\", \"text\": \"y\"}]'             | The request body must be an object",
    })
    void unreadableBody(String why, String body, String detail) {
        analyze(body, 400).body("detail", containsString(detail));
    }

    @Test
    void everyFaultyArticleIsNamed() {
        analyze("{\"articles\": [{\"text\": \"t\"}, {\"outlet\": \"o\", \"text\": \"t\"}, "
                + "{\"outlet\": \"o\", \"text\": \"\", \"publishedAt\": \"last week\"}]}", 400)
                .body("errors.field", contains("articles[0].outlet", "articles[2].text", "articles[2].publishedAt"));
    }

    @Test
    void moreArticlesThanTheDefaultLimitIs413() {
        List<Map<String, Object>> articles = new ArrayList<>();
        for (int i = 0; i < 51; i++) {
            articles.add(article("Outlet " + i, "Article " + i));
        }
        given().contentType(ContentType.JSON).body(Map.of("articles", articles))
                .when().post("/api/analyze")
                .then().statusCode(413)
                .contentType("application/problem+json")
                .body("detail", equalTo("articles: holds 51 articles, over the limit of 50"));
    }

    @Test
    void wrongContentTypeIs415() {
        given().contentType("text/plain").body("{\"articles\": []}")
                .when().post("/api/analyze")
                .then().statusCode(415)
                .contentType("application/problem+json")
                .body("detail", containsString("must be application/json, not text/plain"));
    }

    @Test
    void missingContentTypeIs415() {
        given().body(new byte[] {'{', '}'})
                .when().post("/api/analyze")
                .then().statusCode(415)
                .contentType("application/problem+json");
    }

    @Test
    void getIs405() {
        given().when().get("/api/analyze")
                .then().statusCode(405)
                .contentType("application/problem+json")
                .body("detail", equalTo("GET is not allowed on /api/analyze"));
    }
}
