package org.claimcheck.web;

import static io.restassured.RestAssured.given;
import static org.claimcheck.web.TestArticles.article;
import static org.claimcheck.web.TestArticles.uniqueOutlet;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;

import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

@QuarkusTest
class ArticleDeleteTest {

    @Test
    void deletedArticleIsGoneAndCanBeStoredAgain() {
        String outlet = uniqueOutlet();
        long id = TestArticles.create(article(outlet, "Nine days later."));

        given().when().delete("/api/articles/" + id).then().statusCode(204);
        given().when().get("/api/articles/" + id).then().statusCode(404);
        given().when().delete("/api/articles/" + id).then().statusCode(404).contentType("application/problem+json");

        TestArticles.create(article(outlet, "Nine days later."));
    }

    @Test
    void outletGoesWithItsLastArticle() {
        String outlet = uniqueOutlet();
        long first = TestArticles.create(article(outlet, "one"));
        long second = TestArticles.create(article(outlet, "two"));

        given().when().delete("/api/articles/" + first).then().statusCode(204);
        given().when().get("/api/outlets").then().statusCode(200)
                .body("find { it.name == '" + outlet + "' }.articleCount", equalTo(1));

        given().when().delete("/api/articles/" + second).then().statusCode(204);
        given().when().get("/api/outlets").then().statusCode(200)
                .body("name", not(hasItem(outlet)));
    }

    @Test
    void deletingOneArticleLeavesTheOthers() {
        String outlet = uniqueOutlet();
        long kept = TestArticles.create(article(outlet, "kept"));
        long removed = TestArticles.create(article(outlet, "removed"));

        given().when().delete("/api/articles/" + removed).then().statusCode(204);
        given().when().get("/api/articles/" + kept).then().statusCode(200).body("text", equalTo("kept"));
    }
}
