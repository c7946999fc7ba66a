package org.claimcheck.web;

import static io.restassured.RestAssured.given;
import static org.claimcheck.web.TestArticles.article;
import static org.claimcheck.web.TestArticles.uniqueOutlet;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.equalTo;

import java.util.List;
import java.util.Map;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import org.junit.jupiter.api.Test;

@QuarkusTest
class ArticleBatchTest {

    @Test
    void storesNewArticlesAndFindsStoredOnesInRequestOrder() {
        String outlet = uniqueOutlet();
        Map<String, Object> one = article(outlet, "Between 20 and 30 soldiers crossed.");
        Map<String, Object> two = article(outlet, "More than 11,000 containers.");
        long stored = TestArticles.create(one);

        long created = given().contentType(ContentType.JSON).body(Map.of("articles", List.of(one, two, two)))
                .when().post("/api/articles/batch")
                .then().log().ifValidationFails()
                .statusCode(200)
                .body("created", equalTo(1))
                .body("existing", equalTo(2))
                .body("items.status", contains("EXISTING", "CREATED", "EXISTING"))
                .body("items.index", contains(0, 1, 2))
                .body("items[0].article.id", equalTo((int) stored))
                .extract().jsonPath().getLong("items[1].article.id");

        given().queryParam("outlet", outlet).when().get("/api/articles")
                .then().statusCode(200)
                .body("totalItems", equalTo(2))
                .body("items.id", containsInAnyOrder((int) stored, (int) created));
    }

    @Test
    void oneInvalidArticleRejectsTheWholeBatch() {
        String outlet = uniqueOutlet();
        given().contentType(ContentType.JSON)
                .body(Map.of("articles", List.of(article(outlet, "fine"), article(null, "no outlet"), article(outlet, ""))))
                .when().post("/api/articles/batch")
                .then().log().ifValidationFails()
                .statusCode(400)
                .contentType("application/problem+json")
                .body("errors.field", contains("articles[1].outlet", "articles[2].text"));

        given().queryParam("outlet", outlet).when().get("/api/articles")
                .then().statusCode(200).body("totalItems", equalTo(0));
    }
}
