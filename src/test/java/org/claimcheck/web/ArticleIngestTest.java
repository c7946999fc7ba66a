package org.claimcheck.web;

import static io.restassured.RestAssured.given;
import static org.claimcheck.web.TestArticles.article;
import static org.claimcheck.web.TestArticles.post;
import static org.claimcheck.web.TestArticles.uniqueOutlet;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.hamcrest.Matchers.matchesPattern;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.ExtractableResponse;
import io.restassured.response.Response;
import org.junit.jupiter.api.Test;

@QuarkusTest
class ArticleIngestTest {

    @Test
    void newArticleIsCreatedWithLocationAndReadBack() {
        String outlet = uniqueOutlet();
        Map<String, Object> submitted = article(outlet, "The incident, the second in less than two weeks.");
        submitted.put("url", "https://news.example.org/a/1");
        submitted.put("title", "Border incident");
        submitted.put("publishedAt", "2024-06-18");
        submitted.put("language", "en");

        String location = post(submitted)
                .statusCode(201)
                .header("Location", matchesPattern(".*/api/articles/\\d+"))
                .extract().header("Location");
        given().when().get(location)
                .then().statusCode(200)
                .body("outlet", equalTo(outlet))
                .body("url", equalTo("https://news.example.org/a/1"))
                .body("title", equalTo("Border incident"))
                .body("publishedAt", equalTo("2024-06-18"))
                .body("language", equalTo("en"))
                .body("text", equalTo("The incident, the second in less than two weeks."))
                .body("textLength", equalTo(48));
    }

    @Test
    void sameUrlReturnsTheStoredArticle() {
        String path = "/world/same-" + System.nanoTime();
        Map<String, Object> first = article(uniqueOutlet(), "First version of the story.");
        first.put("url", "https://news.example.org" + path);
        long id = post(first).statusCode(201).extract().jsonPath().getLong("id");

        Map<String, Object> again = article(uniqueOutlet(), "A re-crawl with slightly different text.");
        again.put("url", "HTTPS://News.Example.ORG:443" + path + "#comments");
        post(again).statusCode(200).body("id", equalTo((int) id)).body("text", equalTo("First version of the story."));
    }

    @Test
    void sameOutletAndTextWithoutUrlReturnsTheStoredArticle() {
        String outlet = "Diario " + System.nanoTime() + " Ñandú";
        long id = post(article(outlet, "Cerca de 3.000 soldados.")).statusCode(201).extract().jsonPath().getLong("id");

        post(article(outlet.toUpperCase(), "Cerca de 3.000 soldados.")).statusCode(200).body("id", equalTo((int) id));
        post(article(outlet, "Cerca de 3.000 soldados. ")).statusCode(201).body("id", not(equalTo((int) id)));
        post(article(uniqueOutlet(), "Cerca de 3.000 soldados.")).statusCode(201).body("id", not(equalTo((int) id)));
    }

    @Test
    void outletSpellingsShareOneOutlet() {
        String base = "Gazette " + System.nanoTime();
        post(article(base + " Médica", "one")).statusCode(201).body("outlet", equalTo(base + " Médica"));
        post(article(base.toUpperCase() + " MEDICA", "two")).statusCode(201).body("outlet", equalTo(base + " Médica"));

        given().when().get("/api/outlets")
                .then().statusCode(200)
                .body("findAll { it.name.startsWith('" + base + "') }.size()", equalTo(1))
                .body("find { it.name.startsWith('" + base + "') }.articleCount", equalTo(2));
    }

    @Test
    void htmlBodyIsReducedToTextWithParagraphs() {
        Map<String, Object> submitted = article(uniqueOutlet(),
                "<html><head><title>Putin visits Pyongyang</title><script>track()</script></head>"
                        + "<body><p>Putin arrived on <b>Wednesday</b>.</p><p>It is his first visit in 24 years.</p></body></html>");
        post(submitted).statusCode(201)
                .body("text", equalTo("Putin arrived on Wednesday.\n\nIt is his first visit in 24 years."))
                .body("title", equalTo("Putin visits Pyongyang"));
    }

    @Test
    void optionalFieldsMayBeNull() {
        Map<String, Object> submitted = article(uniqueOutlet(), "Text only.");
        submitted.put("url", null);
        submitted.put("publishedAt", null);
        post(submitted).statusCode(201).body("url", nullValue()).body("publishedAt", nullValue());
    }

    @Test
    void concurrentSubmissionsOfOneArticleStoreItOnce() throws Exception {
        Map<String, Object> submitted = article(uniqueOutlet(), "Submitted by eight clients at once.");
        ExecutorService clients = Executors.newFixedThreadPool(8);
        try {
            List<Future<ExtractableResponse<Response>>> answers = new ArrayList<>();
            for (int i = 0; i < 8; i++) {
                answers.add(clients.submit(() -> post(submitted).extract()));
            }
            List<Integer> statuses = new ArrayList<>();
            Set<Long> ids = new HashSet<>();
            for (Future<ExtractableResponse<Response>> answer : answers) {
                statuses.add(answer.get(30, TimeUnit.SECONDS).statusCode());
                ids.add(answer.get().jsonPath().getLong("id"));
            }
            assertEquals(1, statuses.stream().filter(status -> status == 201).count(), statuses.toString());
            assertEquals(7, statuses.stream().filter(status -> status == 200).count(), statuses.toString());
            assertEquals(1, ids.size());
        } finally {
            clients.shutdownNow();
        }
    }
}
