package org.claimcheck.web;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;

import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

/** What operators rely on: health with the database check, metrics, and the API description. */
@QuarkusTest
class OperationsTest {

    @Test
    void healthIsUpWithTheDatabase() {
        given().when().get("/q/health")
                .then().statusCode(200)
                .body("status", equalTo("UP"))
                .body("checks.name", hasItem(containsString("Database")));
    }

    @Test
    void metricsAreExposedForPrometheus() {
        given().when().get("/api/outlets").then().statusCode(200);
        given().when().get("/q/metrics")
                .then().statusCode(200)
                .body(containsString("http_server_requests_seconds_count"));
    }

    @Test
    void openApiDescribesTheApi() {
        given().queryParam("format", "json").when().get("/q/openapi")
                .then().statusCode(200)
                .body("paths", org.hamcrest.Matchers.hasKey("/api/articles"))
                .body("paths", org.hamcrest.Matchers.hasKey("/api/articles/batch"))
                .body("paths", org.hamcrest.Matchers.hasKey("/api/outlets"))
                .body("paths", org.hamcrest.Matchers.hasKey("/api/analyze"))
                .body("paths", org.hamcrest.Matchers.hasKey("/api/report"))
                .body("paths", org.hamcrest.Matchers.hasKey("/api/articles/{id}/claims"));
    }

    @Test
    void swaggerUiIsServed() {
        given().when().get("/q/swagger-ui/")
                .then().statusCode(200)
                .body(containsString("swagger"));
    }
}
