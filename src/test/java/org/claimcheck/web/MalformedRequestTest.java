package org.claimcheck.web;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Bodies and parameters the service cannot use: a 400 problem document naming what is wrong, never a stack trace. */
@QuarkusTest
class MalformedRequestTest {

    private static ValidatableResponse postJson(String path, String body) {
        return given().contentType(ContentType.JSON).body(body)
                .when().post(path)
                .then().log().ifValidationFails()
                .statusCode(400)
                .contentType("application/problem+json")
                .body("status", equalTo(400))
                .body("title", equalTo("Bad Request"))
                .body(not(containsString("Exception")))
                .body(not(containsString("\tat ")));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "truncated object      | '{\"outlet\": \"x\", \"text\": '         | not well-formed JSON",
            "not json              | 'outlet=x&text=y'                      | not well-formed JSON",
            "trailing comma        | '{\"outlet\": \"x\", \"text\": \"y\",}'  | not well-formed JSON",
            "a second object after | '{\"outlet\": \"x\", \"text\": \"y\"} {\"outlet\": \"z\"}' | not well-formed JSON: more follows its value",
            "array for object      | '[1, 2]'                               | must be an object",
            "string for object     | '\"text\"'                             | must be an object",
    })
    void unreadableBody(String why, String body, String detail) {
        postJson("/api/articles", body).body("detail", containsString(detail));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "number outlet         | '{\"outlet\": 42, \"text\": \"t\"}'                | outlet       | must be a string",
            "boolean text          | '{\"outlet\": \"o\", \"text\": true}'              | text         | must be a string",
            "object text           | '{\"outlet\": \"o\", \"text\": {\"a\": 1}}'        | text         | must be a string",
            "array title           | '{\"outlet\": \"o\", \"text\": \"t\", \"title\": [\"a\"]}' | title | must be a string",
    })
    void wrongType(String why, String body, String field, String reason) {
        postJson("/api/articles", body)
                .body("detail", equalTo(field + ": " + reason))
                .body("errors.field", hasItem(field));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "no outlet             | '{\"text\": \"t\"}'                                   | outlet",
            "no text               | '{\"outlet\": \"o\"}'                                 | text",
            "blank text            | '{\"outlet\": \"o\", \"text\": \" \\n \"}'              | text",
            "null outlet           | '{\"outlet\": null, \"text\": \"t\"}'                 | outlet",
            "relative url          | '{\"outlet\": \"o\", \"text\": \"t\", \"url\": \"/a\"}' | url",
            "malformed publishedAt | '{\"outlet\": \"o\", \"text\": \"t\", \"publishedAt\": \"June 19\"}' | publishedAt",
            "unknown format        | '{\"outlet\": \"o\", \"text\": \"t\", \"format\": \"pdf\"}' | format",
    })
    void missingOrInvalidField(String why, String body, String field) {
        postJson("/api/articles", body)
                .body("detail", containsString(field + ": "))
                .body("errors.field", hasItem(field));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "empty body            | ''                                         | body",
            "null body             | 'null'                                     | body",
    })
    void absentArticle(String why, String body, String field) {
        postJson("/api/articles", body).body("errors.field", hasItem(field));
    }

    /** Jackson would read the overlong pair C0 A2 as a quote: the body must be UTF-8 to be read at all. */
    @Test
    void bodyThatIsNotUtf8() {
        byte[] overlong = {'{', '"', 'o', 'u', 't', 'l', 'e', 't', '"', ':', '"', 'x', (byte) 0xC0, (byte) 0xA2, '"', ',',
                '"', 't', 'e', 'x', 't', '"', ':', '"', 'y', '"', '}'};
        given().contentType(ContentType.JSON).body(overlong)
                .when().post("/api/articles")
                .then().statusCode(400)
                .contentType("application/problem+json")
                .body("detail", equalTo("The request body is not well-formed JSON: it is not UTF-8 from byte 12 on"));
    }

    @Test
    void bodyNestedTooDeep() {
        postJson("/api/articles", "{\"outlet\": \"x\", \"text\": \"y\", \"extra\": " + "[".repeat(5000) + "]".repeat(5000) + "}")
                .body("detail", equalTo("The request body nests arrays or objects deeper than the JSON parser accepts"));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "no articles           | '{}'                                        | articles",
            "empty articles        | '{\"articles\": []}'                        | articles",
            "articles not array    | '{\"articles\": \"x\"}'                      | articles",
            "article not object    | '{\"articles\": [\"x\"]}'                    | 'articles[0]'",
            "null article          | '{\"articles\": [null]}'                    | 'articles[0]'",
            "nested wrong type     | '{\"articles\": [{\"outlet\": \"o\", \"text\": 1}]}' | 'articles[0].text'",
            "truncated article     | '{\"articles\": [{\"outlet\": \"o\", \"text\": ' | not well-formed JSON",
    })
    void unusableBatch(String why, String body, String field) {
        postJson("/api/articles/batch", body).body("detail", containsString(field));
    }

    /** A misspelt or unsupported parameter would otherwise be ignored, and the unfiltered answer taken for the filtered. */
    @Test
    void unknownQueryParameterIsNamed() {
        given().queryParam("outlets", "El País").queryParam("size", 5)
                .when().get("/api/articles")
                .then().log().ifValidationFails()
                .statusCode(400)
                .contentType("application/problem+json")
                .body("detail", equalTo("outlets: is not a parameter of this endpoint, which takes outlet, page, "
                        + "publishedFrom, publishedTo, size"))
                .body("errors[0].field", equalTo("outlets"));
        given().queryParam("dryRun", "true").contentType(ContentType.JSON).body("{\"outlet\": \"o\", \"text\": \"t\"}")
                .when().post("/api/articles")
                .then().statusCode(400)
                .body("detail", equalTo("dryRun: is not a parameter of this endpoint, which takes none"));
    }

    /** java.time reads these days, but PostgreSQL refuses to compare with them: a 400, not a failure. */
    @ParameterizedTest(name = "{0}={1}")
    @CsvSource(delimiter = '|', value = {
            "publishedFrom | %2B99999-01-01",
            "publishedTo   | %2B999999999-12-31",
            "publishedTo   | -999999999-01-01",
            "publishedFrom | 0000-12-31",
    })
    void listingDayOutsideTheStorableRange(String parameter, String encodedValue) {
        given().urlEncodingEnabled(false)
                .when().get("/api/articles?" + parameter + "=" + encodedValue)
                .then().log().ifValidationFails()
                .statusCode(400)
                .contentType("application/problem+json")
                .body("detail", equalTo(parameter + ": must be a day from 0001-01-01 to 9999-12-31"));
    }

    @ParameterizedTest(name = "{0}={1}")
    @CsvSource(delimiter = '|', value = {
            "page          | -1",
            "page          | first",
            "size          | 0",
            "size          | 101",
            "size          | 1e3",
            "publishedFrom | 19/06/2024",
            "publishedTo   | tomorrow",
            "page          | 107374183",
            "page          | 99999999999999999999",
            "outlet        | '---'",
    })
    void badListingParameter(String parameter, String value) {
        given().queryParam(parameter, value)
                .when().get("/api/articles")
                .then().log().ifValidationFails()
                .statusCode(400)
                .contentType("application/problem+json")
                .body("detail", containsString(parameter + ": "))
                .body("errors[0].field", equalTo(parameter));
    }
}
