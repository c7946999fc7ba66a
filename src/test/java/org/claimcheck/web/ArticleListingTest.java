package org.claimcheck.web;

import static io.restassured.RestAssured.given;
import static org.claimcheck.web.TestArticles.article;
import static org.claimcheck.web.TestArticles.uniqueOutlet;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasKey;
import static org.hamcrest.Matchers.not;

import java.util.Map;

import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

@QuarkusTest
class ArticleListingTest {

    private String outlet;

    /** Five articles of one outlet: four dated in 2024, one undated. */
    @BeforeEach
    void storeArticles() {
        outlet = uniqueOutlet();
        for (String date : new String[] {"2024-06-18", "2024-06-19", "2024-10-23", "2024-12-18", null}) {
            Map<String, Object> submitted = article(outlet, "Published " + date);
            submitted.put("publishedAt", date);
            TestArticles.create(submitted);
        }
    }

    @Test
    void listsNewestFirstWithUndatedLastAndWithoutText() {
        given().queryParam("outlet", outlet).when().get("/api/articles")
                .then().statusCode(200)
                .body("totalItems", equalTo(5))
                .body("totalPages", equalTo(1))
                .body("page", equalTo(0))
                .body("size", equalTo(20))
                .body("items.publishedAt", contains("2024-12-18", "2024-10-23", "2024-06-19", "2024-06-18", null))
                .body("items[0]", not(hasKey("text")))
                .body("items[0].textLength", equalTo("Published 2024-12-18".length()));
    }

    @Test
    void pagesThroughTheListing() {
        given().queryParam("outlet", outlet).queryParam("size", 2).queryParam("page", 0).when().get("/api/articles")
                .then().statusCode(200)
                .body("totalItems", equalTo(5)).body("totalPages", equalTo(3))
                .body("items.publishedAt", contains("2024-12-18", "2024-10-23"));
        given().queryParam("outlet", outlet).queryParam("size", 2).queryParam("page", 2).when().get("/api/articles")
                .then().statusCode(200)
                .body("items.publishedAt", contains((Object) null));
        given().queryParam("outlet", outlet).queryParam("size", 2).queryParam("page", 3).when().get("/api/articles")
                .then().statusCode(200)
                .body("items.size()", equalTo(0)).body("totalItems", equalTo(5));
    }

    @Test
    void filtersByPublicationDaysInclusively() {
        given().queryParam("outlet", outlet).queryParam("publishedFrom", "2024-06-19").queryParam("publishedTo", "2024-10-23")
                .when().get("/api/articles")
                .then().statusCode(200)
                .body("items.publishedAt", contains("2024-10-23", "2024-06-19"));
        given().queryParam("outlet", outlet).queryParam("publishedFrom", "2024-12-01")
                .when().get("/api/articles")
                .then().statusCode(200)
                .body("items.publishedAt", contains("2024-12-18"));
        given().queryParam("outlet", outlet).queryParam("publishedTo", "2024-06-18")
                .when().get("/api/articles")
                .then().statusCode(200)
                .body("items.publishedAt", contains("2024-06-18"));
    }

    @Test
    void outletFilterAcceptsAnySpellingOfTheName() {
        given().queryParam("outlet", outlet.toUpperCase()).when().get("/api/articles")
                .then().statusCode(200).body("totalItems", equalTo(5));
        given().queryParam("outlet", "No such outlet " + outlet).when().get("/api/articles")
                .then().statusCode(200).body("totalItems", equalTo(0));
    }
}
