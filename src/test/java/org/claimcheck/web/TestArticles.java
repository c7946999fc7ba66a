package org.claimcheck.web;

import static io.restassured.RestAssured.given;

import java.util.HashMap;
import java.util.Map;
import java.util.UUID;

import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;

/** Builds and posts articles for the API tests; each test names its own outlet, so tests never see each other's data. */
final class TestArticles {

    private TestArticles() {
    }

    static String uniqueOutlet() {
        return "Outlet " + UUID.randomUUID();
    }

    static Map<String, Object> article(String outlet, String text) {
        Map<String, Object> article = new HashMap<>();
        article.put("outlet", outlet);
        article.put("text", text);
        return article;
    }

    static ValidatableResponse post(Object body) {
        return given().contentType(ContentType.JSON).body(body)
                .when().post("/api/articles")
                .then().log().ifValidationFails();
    }

    static long create(Map<String, Object> article) {
        return post(article).statusCode(201).extract().jsonPath().getLong("id");
    }

    /** How many articles of this outlet are stored. */
    static long storedCount(String outlet) {
        return given().queryParam("outlet", outlet).when().get("/api/articles")
                .then().statusCode(200).extract().jsonPath().getLong("totalItems");
    }

    /** A text of {@code count} claims, each a count of people rescued in another town. */
    static String rescues(int count) {
        StringBuilder text = new StringBuilder();
        for (int i = 0; i < count; i++) {
            text.append("In town ").append((char) ('A' + i)).append(", ").append(100 + i).append(" people were rescued. ");
        }
        return text.toString();
    }
}
