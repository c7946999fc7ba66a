package org.claimcheck.web;

import static io.restassured.RestAssured.given;
import static org.claimcheck.web.TestArticles.article;
import static org.claimcheck.web.TestArticles.uniqueOutlet;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import org.junit.jupiter.api.Test;

/** Limits of the default configuration: texts up to 1 MiB of UTF-8, batches up to 200 articles. */
@QuarkusTest
class SizeLimitTest {

    private static final int MAX_TEXT_BYTES = 1_048_576;

    @Test
    void textAtTheLimitIsStored() {
        TestArticles.post(article(uniqueOutlet(), "a".repeat(MAX_TEXT_BYTES)))
                .statusCode(201).body("textLength", equalTo(MAX_TEXT_BYTES));
    }

    @Test
    void textOverTheLimitIs413() {
        TestArticles.post(article(uniqueOutlet(), "a".repeat(MAX_TEXT_BYTES + 1)))
                .statusCode(413)
                .contentType("application/problem+json")
                .body("status", equalTo(413))
                .body("detail", containsString("text: "))
                .body("detail", containsString("limit of " + MAX_TEXT_BYTES + " bytes"));
    }

    @Test
    void limitCountsBytesNotCharacters() {
        TestArticles.post(article(uniqueOutlet(), "ñ".repeat(MAX_TEXT_BYTES / 2 + 1)))
                .statusCode(413).body("detail", containsString((MAX_TEXT_BYTES + 2) + " bytes"));
    }

    @Test
    void batchItemOverTheLimitIs413NamingIt() {
        String outlet = uniqueOutlet();
        given().contentType(ContentType.JSON)
                .body(Map.of("articles", List.of(article(outlet, "short"), article(outlet, "b".repeat(MAX_TEXT_BYTES + 1)))))
                .when().post("/api/articles/batch")
                .then().statusCode(413)
                .contentType("application/problem+json")
                .body("detail", containsString("articles[1].text"));
        given().queryParam("outlet", outlet).get("/api/articles").then().body("totalItems", equalTo(0));
    }

    @Test
    void batchOverTheArticleLimitIs413() {
        String outlet = uniqueOutlet();
        List<Map<String, Object>> articles = new ArrayList<>();
        for (int i = 0; i < 201; i++) {
            articles.add(article(outlet, "article " + i));
        }
        given().contentType(ContentType.JSON).body(Map.of("articles", articles))
                .when().post("/api/articles/batch")
                .then().statusCode(413)
                .contentType("application/problem+json")
                .body("detail", containsString("limit of 200"));
    }
}
