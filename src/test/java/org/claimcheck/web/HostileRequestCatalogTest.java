package org.claimcheck.web;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import java.util.stream.Stream;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import io.restassured.config.EncoderConfig;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * A catalogue of hostile and broken requests, one row each, run against the whole service. Every row states the
 * exact status it must get. A refused request must answer a problem document ({@code status} equal to the HTTP
 * status, a {@code title}, no stack trace) and leave the store as it was: as many articles, stored claims,
 * groups and outlets as before. An accepted article must read back verbatim, every string as sent, its stored
 * claims must be the ones listed for it, and deleting it must restore the store exactly. An accepted analysis
 * must keep the report contract and store nothing.
 *
 * <p>Decisions the rows pin down: control characters and bidirectional marks are text and stored as sent; the
 * NUL character and unpaired surrogates cannot be stored as sent (PostgreSQL refuses NUL, its driver writes "?"
 * for a lone surrogate), so the store refuses them with 400 while the stateless analysis, which stores nothing,
 * accepts them; a query parameter an endpoint does not take, or one given twice, is a 400 naming it, and so is a
 * JSON field the endpoint does not read or one given twice; an id is written in ASCII digits without sign or leading
 * zero, and any other spelling is no resource (404), never another article.
 */
@QuarkusTest
class HostileRequestCatalogTest {

    /**
     * One hostile request and the status it must get.
     *
     * @param contentType the Content-Type header, or null for none
     * @param accept      the Accept header, or null for any
     * @param expect      for a refusal, words its {@code detail} must hold; for a 200, words its body must hold; or null
     */
    record HostileRequest(String name, String method, String path, String contentType, byte[] body, int expectedStatus,
            String accept, String expect) {

        @Override
        public String toString() {
            return name;
        }
    }

    private static final String JSON_TYPE = "application/json";
    private static final String PROBLEM_TYPE = "application/problem+json";
    private static final int TEN_MB = 10 * 1024 * 1024;
    /** Every request, hostile or not, must be answered in well under this. */
    private static final Duration QUICK = Duration.ofSeconds(20);
    private static final ObjectMapper JSON = new ObjectMapper();

    // ---- the catalogue ------------------------------------------------------------------------------------------

    static Stream<HostileRequest> catalogue() {
        return Stream.of(brokenBodies(), wrongTypesAndMissingFields(), unknownAndRepeatedFields(), unstorableText(), limits(),
                ids(), queryParameters(), textStoredAsSent(), adversarialNumbers(), protocol(), analysis())
                .flatMap(List::stream);
    }

    private static List<HostileRequest> brokenBodies() {
        return List.of(
                post("malformed JSON: missing comma", "/api/articles", "{\"outlet\": \"o\" \"text\": \"t\"}", 400,
                        "not well-formed JSON"),
                post("truncated JSON", "/api/articles", "{\"outlet\": \"o\", \"text\": \"Nearly 3,0", 400,
                        "not well-formed JSON"),
                post("JSON followed by a second object", "/api/articles",
                        "{\"outlet\": \"o\", \"text\": \"t\"} {\"outlet\": \"evil\", \"text\": \"x\"}", 400,
                        "not well-formed JSON"),
                post("JSON followed by garbage", "/api/articles", "{\"outlet\": \"o\", \"text\": \"t\"} ;DROP", 400,
                        "not well-formed JSON"),
                post("single quotes", "/api/articles", "{'outlet': 'o', 'text': 't'}", 400, "not well-formed JSON"),
                post("comment in JSON", "/api/articles", "{\"outlet\": \"o\", /* x */ \"text\": \"t\"}", 400,
                        "not well-formed JSON"),
                post("NaN as a value", "/api/articles", "{\"outlet\": NaN, \"text\": \"t\"}", 400, "not well-formed JSON"),
                raw("truncated UTF-8 sequence at the end", "POST", "/api/articles", JSON_TYPE,
                        concat("{\"outlet\": \"o\", \"text\": \"caf".getBytes(StandardCharsets.UTF_8), new byte[] {(byte) 0xC3}),
                        400, null, "not well-formed JSON: it is not UTF-8 from byte 28 on"),
                raw("invalid UTF-8 bytes in a string", "POST", "/api/articles", JSON_TYPE,
                        concat("{\"outlet\": \"o\", \"text\": \"".getBytes(StandardCharsets.UTF_8),
                                new byte[] {(byte) 0xFF, (byte) 0xFE, (byte) 0xC3, 0x28}, "\"}".getBytes(StandardCharsets.UTF_8)),
                        400, null, "not well-formed JSON: it is not UTF-8 from byte 25 on"),
                raw("overlong UTF-8 encoding of a quote", "POST", "/api/articles", JSON_TYPE,
                        concat("{\"outlet\": \"o".getBytes(StandardCharsets.UTF_8), new byte[] {(byte) 0xC0, (byte) 0xA2},
                                "\", \"text\": \"t\"}".getBytes(StandardCharsets.UTF_8)),
                        400, null, "not well-formed JSON: it is not UTF-8 from byte 13 on"),
                raw("surrogate encoded in UTF-8 (CESU-8)", "POST", "/api/articles", JSON_TYPE,
                        concat("{\"outlet\": \"o\", \"text\": \"3,000 ".getBytes(StandardCharsets.UTF_8),
                                new byte[] {(byte) 0xED, (byte) 0xA0, (byte) 0x80}, " soldiers\"}".getBytes(StandardCharsets.UTF_8)),
                        400, null, "not well-formed JSON: it is not UTF-8 from byte 31 on"),
                raw("UTF-16 body", "POST", "/api/articles", JSON_TYPE,
                        "\uFEFF{\"outlet\": \"o\", \"text\": \"3,000 soldiers\"}".getBytes(StandardCharsets.UTF_16BE),
                        400, null, "not well-formed JSON: it is not UTF-8 from byte 0 on"),
                raw("raw control character inside a string", "POST", "/api/articles", JSON_TYPE,
                        "{\"outlet\": \"o\", \"text\": \"a\u0001b\"}".getBytes(StandardCharsets.UTF_8), 400, null,
                        "not well-formed JSON"),
                raw("raw NUL byte inside a string", "POST", "/api/articles", JSON_TYPE,
                        "{\"outlet\": \"o\", \"text\": \"a\u0000b\"}".getBytes(StandardCharsets.UTF_8), 400, null,
                        "not well-formed JSON"),
                raw("binary body", "POST", "/api/articles", JSON_TYPE, randomBytes(4096), 400, null, "not well-formed JSON"),
                raw("10 MB of garbage JSON", "POST", "/api/articles", JSON_TYPE,
                        concat("{\"outlet\": \"o\", \"text\": \"x\", \"junk\": ".getBytes(StandardCharsets.UTF_8),
                                "{]}[".repeat(TEN_MB / 4).getBytes(StandardCharsets.UTF_8)),
                        400, null, "not well-formed JSON"),
                raw("10 MB of nested arrays", "POST", "/api/articles", JSON_TYPE,
                        ("{\"outlet\": \"o\", \"text\": \"x\", \"junk\": " + "[".repeat(TEN_MB)).getBytes(StandardCharsets.UTF_8),
                        400, null, "nests arrays or objects deeper than the JSON parser accepts"),
                post("empty body", "/api/articles", "", 400, "body: an article object is required"),
                post("null body", "/api/articles", "null", 400, "body: an article object is required"),
                post("empty object", "/api/articles", "{}", 400, "outlet: is required"));
    }

    private static List<HostileRequest> wrongTypesAndMissingFields() {
        return List.of(
                post("number for text", "/api/articles", "{\"outlet\": \"o\", \"text\": 3000}", 400, "text: must be a string"),
                post("number for outlet", "/api/articles", "{\"outlet\": 1e999999, \"text\": \"t\"}", 400,
                        "outlet: must be a string"),
                post("array for the article object", "/api/articles", "[{\"outlet\": \"o\", \"text\": \"t\"}]", 400,
                        "The request body must be an object"),
                post("object for outlet", "/api/articles", "{\"outlet\": {\"name\": \"o\"}, \"text\": \"t\"}", 400,
                        "outlet: must be a string"),
                post("number for publishedAt", "/api/articles", "{\"outlet\": \"o\", \"text\": \"t\", \"publishedAt\": 20240619}",
                        400, "publishedAt: must be a string"),
                post("words for publishedAt", "/api/articles", json(article("o", "t", "publishedAt", "next Tuesday")), 400,
                        "publishedAt: must be an ISO date"),
                post("null outlet", "/api/articles", "{\"outlet\": null, \"text\": \"t\"}", 400, "outlet: is required"),
                post("null text", "/api/articles", "{\"outlet\": \"o\", \"text\": null}", 400, "text: is required"),
                post("empty outlet and text", "/api/articles", "{\"outlet\": \"\", \"text\": \"\"}", 400,
                        "outlet: is required; text: is required"),
                post("white space for text", "/api/articles", json(article("o", " \t\n\u2003 ")), 400, "text: is required"),
                post("object for the batch's articles", "/api/articles/batch",
                        "{\"articles\": {\"outlet\": \"o\", \"text\": \"t\"}}", 400, "articles: must be an array"),
                post("string among the batch's articles", "/api/articles/batch",
                        "{\"articles\": [{\"outlet\": \"o\", \"text\": \"t\"}, \"x\"]}", 400, "articles[1]: must be an object"),
                post("null among the batch's articles", "/api/articles/batch",
                        "{\"articles\": [{\"outlet\": \"o\", \"text\": \"t\"}, null]}", 400, "articles[1]: an article object is required"),
                post("truncated batch", "/api/articles/batch", "{\"articles\": [{\"outlet\": \"o\", \"text\": \"t\"}, {\"out",
                        400, "not well-formed JSON"));
    }

    /** A field the API does not read, or one given twice, is refused by name: never dropped, never settled silently. */
    private static List<HostileRequest> unknownAndRepeatedFields() {
        return List.of(
                post("misspelt publishedAt", "/api/articles", json(article("o", "t", "publishedat", "2024-06-19")), 400,
                        "publishedat: is not a field of this object, which takes format, language, outlet, publishedAt, text, "
                                + "title, url"),
                post("unknown field on the batch", "/api/articles/batch", "{\"articles\": [], \"dryRun\": true}", 400,
                        "dryRun: is not a field of this object, which takes articles"),
                post("unknown field in the batch's second article", "/api/articles/batch",
                        json(Map.of("articles", List.of(article(uniqueOutlet(), "t"), article(uniqueOutlet(), "t", "autor", "x")))),
                        400, "articles[1].autor: is not a field"),
                post("analyze: format, a field of stored articles only", "/api/analyze",
                        json(Map.of("articles", List.of(article("o", "t", "format", "text")))), 400,
                        "articles[0].format: is not a field of this object, which takes language, outlet, publishedAt, text, "
                                + "title, url"),
                post("outlet given twice", "/api/articles", "{\"outlet\": \"a\", \"text\": \"t\", \"outlet\": \"b\"}", 400,
                        "outlet: is given more than once"),
                post("text given twice in the batch's first article", "/api/articles/batch",
                        "{\"articles\": [{\"outlet\": \"o\", \"text\": \"3,000\", \"text\": \"4,000\"}]}", 400,
                        "articles[0].text: is given more than once"),
                post("articles given twice on the analysis", "/api/analyze",
                        "{\"articles\": [], \"articles\": [{\"outlet\": \"o\", \"text\": \"t\"}]}", 400,
                        "articles: is given more than once"),
                get("page size given twice", "/api/articles?size=5&size=500", 400, "size: is given 2 times"),
                get("status given twice on the groups", "/api/groups?status=CONFLICT&status=EVOLVING", 400,
                        "status: is given 2 times"));
    }

    /** What PostgreSQL cannot store as sent: the store refuses it, on H2 as on PostgreSQL. */
    private static List<HostileRequest> unstorableText() {
        return List.of(
                post("NUL in text", "/api/articles", json(article("o", "Nearly 3,000\u0000 soldiers.")), 400,
                        "text: must not contain the NUL character (U+0000), found at index 12"),
                post("NUL in outlet", "/api/articles", json(article("El\u0000País", "t")), 400,
                        "outlet: must not contain the NUL character"),
                post("NUL in title", "/api/articles", json(article("o", "t", "title", "A\u0000B")), 400,
                        "title: must not contain the NUL character"),
                post("NUL in url", "/api/articles", json(article("o", "t", "url", "https://example.com/a\u0000b")), 400,
                        "url: must not contain the NUL character"),
                post("unpaired high surrogate in text", "/api/articles", "{\"outlet\": \"o\", \"text\": \"3,000 \\ud83d soldiers\"}",
                        400, "text: holds an unpaired surrogate (U+D83D) at index 6"),
                post("unpaired low surrogate in outlet", "/api/articles", "{\"outlet\": \"News \\ude00\", \"text\": \"t\"}",
                        400, "outlet: holds an unpaired surrogate (U+DE00)"),
                post("NUL in the middle of a batch", "/api/articles/batch", json(Map.of("articles", List.of(
                        article(uniqueOutlet(), "3,000 soldiers."), article(uniqueOutlet(), "4,000\u0000 soldiers."),
                        article(uniqueOutlet(), "5,000 soldiers.")))), 400, "articles[1].text: must not contain the NUL"));
    }

    private static List<HostileRequest> limits() {
        List<Map<String, Object>> tenThousand = IntStream.range(0, 10_000)
                .mapToObj(i -> article("Outlet " + i, "Article " + i + " counts " + i + " soldiers.")).toList();
        return List.of(
                post("10 MB text", "/api/articles", json(article("o", "a".repeat(TEN_MB))), 413,
                        "text: is 10485760 bytes of UTF-8, over the limit of 1048576 bytes"),
                post("10,000 articles in one batch", "/api/articles/batch", json(Map.of("articles", tenThousand)), 413,
                        "articles: holds 10000 articles, over the limit of 200"),
                post("outlet of 100k characters", "/api/articles", json(article("o".repeat(100_000), "t")), 400,
                        "outlet: is longer than 200 characters"),
                post("outlet of 200 characters that folds into a key of 3,600", "/api/articles",
                        json(article("\uFDFA".repeat(200), "t")), 400,
                        "outlet: folds into a key of 3600 characters, over the limit of 200"),
                post("title of 100k characters", "/api/articles", json(article("o", "t", "title", "T".repeat(100_000))), 400,
                        "title: is longer than 1000 characters"),
                post("url of 100k characters", "/api/articles",
                        json(article("o", "t", "url", "https://example.com/" + "a".repeat(100_000))), 400,
                        "url: is longer than 2048 characters"),
                post("url of 2,048 characters whose canonical form has 2,049", "/api/articles",
                        json(article("o", "t", "url", "https://" + "a".repeat(2040))), 400,
                        "url: is longer than 2048 characters"),
                post("publishedAt in the year 99999", "/api/articles", json(article("o", "t", "publishedAt", "99999-01-01")),
                        400, "publishedAt: must be an ISO date"),
                post("publishedAt in the year +99999", "/api/articles",
                        json(article("o", "t", "publishedAt", "+99999-06-19")), 400,
                        "publishedAt: must be a day from 0001-01-01 to 9998-12-31"),
                post("publishedAt at java.time's last day", "/api/articles",
                        json(article("o", "next year 5 soldiers", "publishedAt", "+999999999-12-31")), 400,
                        "publishedAt: must be a day from 0001-01-01 to 9998-12-31"),
                post("publishedAt before year 1", "/api/articles",
                        json(article("o", "t", "publishedAt", "-0044-03-15T12:00:00Z")), 400,
                        "publishedAt: must be a day from 0001-01-01 to 9998-12-31"),
                post("publishedAt with an impossible offset", "/api/articles",
                        json(article("o", "t", "publishedAt", "2024-06-19T08:30:00+25:00")), 400,
                        "publishedAt: must be an ISO date"));
    }

    /** Ids are ASCII digits without sign or leading zero: "01", "+1", "١" or "１" name no article, not article 1. */
    private static List<HostileRequest> ids() {
        return List.of(
                get("unknown article", "/api/articles/999999999", 404, "No article with id 999999999"),
                raw("delete unknown article", "DELETE", "/api/articles/999999999", null, null, 404, null,
                        "No article with id 999999999"),
                get("claims of an unknown article", "/api/articles/999999999/claims", 404, "No article with id 999999999"),
                get("non-numeric article id", "/api/articles/abc", 404, "No resource at /api/articles/abc"),
                get("article id overflowing a long", "/api/articles/9223372036854775808", 404, "No resource at"),
                raw("delete an id overflowing a long", "DELETE", "/api/articles/99999999999999999999", null, null, 404, null,
                        "No resource at"),
                get("negative article id", "/api/articles/-1", 404, "No resource at /api/articles/-1"),
                get("article id in exponent notation", "/api/articles/1e3", 404, "No resource at"),
                get("article id 0", "/api/articles/0", 404, "No resource at /api/articles/0"),
                get("article id with a leading zero", "/api/articles/01", 404, "No resource at /api/articles/01"),
                raw("delete an id with a leading zero", "DELETE", "/api/articles/01", null, null, 404, null, "No resource at"),
                get("claims of an id with a leading zero", "/api/articles/01/claims", 404, "No resource at"),
                get("article id with a plus sign", "/api/articles/" + encode("+1"), 404, "No resource at /api/articles/%2B1"),
                get("article id in Arabic-Indic digits", "/api/articles/" + encode("\u0663"), 404, "No resource at"),
                raw("delete an id in fullwidth digits", "DELETE", "/api/articles/" + encode("\uFF11"), null, null, 404, null,
                        "No resource at"),
                get("article id with white space", "/api/articles/" + encode(" 1"), 404, "No resource at"),
                get("unknown group", "/api/groups/g999999", 404, "No group with id g999999"),
                get("group id overflowing a long", "/api/groups/g99999999999999999999999", 404, "No group with id"),
                get("group id with a leading zero", "/api/groups/g01", 404, "No resource at /api/groups/g01"),
                get("group id in Devanagari digits", "/api/groups/g" + encode("\u0967"), 404, "No resource at"),
                get("SQL as a group id", "/api/groups/" + encode("1 OR 1=1"), 404, "No resource at /api/groups/1%20OR%201%3D1"));
    }

    private static List<HostileRequest> queryParameters() {
        return List.of(
                get("unknown parameter on the article list", "/api/articles?foo=bar", 400,
                        "foo: is not a parameter of this endpoint, which takes outlet, page, publishedFrom, publishedTo, size"),
                get("misspelt parameter on the group list", "/api/groups?sise=5", 400, "sise: is not a parameter"),
                get("parameter on an endpoint that takes none", "/api/outlets?x=1", 400,
                        "x: is not a parameter of this endpoint, which takes none"),
                raw("parameter on a POST", "POST", "/api/articles?dryRun=true", JSON_TYPE, json(article("o", "t")), 400, null,
                        "dryRun: is not a parameter"),
                get("page whose first row overflows an int", "/api/articles?page=2147483647&size=100", 400,
                        "page: must be a whole number from 0 to 21474836"),
                get("group page whose first row overflows an int", "/api/groups?page=2147483647", 400,
                        "page: must be a whole number from 0 to 107374182"),
                get("page overflowing an int", "/api/groups?page=99999999999999999999", 400, "page: must be a whole number"),
                get("size with SQL", query("/api/articles", "size", "1; DROP TABLE article"), 400, "size: must be a whole number"),
                get("publishedFrom in the year +99999", query("/api/articles", "publishedFrom", "+99999-01-01"), 400,
                        "publishedFrom: must be a day from 0001-01-01 to 9999-12-31"),
                get("publishedTo far in the future on the report", query("/api/report", "publishedTo", "+999999999-12-31"), 400,
                        "publishedTo: must be a day from 0001-01-01 to 9999-12-31"),
                get("NUL in the group search", query("/api/groups", "q", "a\u0000b"), 400,
                        "q: must not contain the NUL character"),
                get("SQL as a kind", query("/api/groups", "kind", "' OR 1=1 --"), 400, "kind: must be one of"),
                get("HTML as a status", query("/api/groups", "status", "<script>alert(1)</script>"), 400, "status: must be one of"),
                get("publishedTo on the last day of year 9999", query("/api/articles", "publishedTo", "9999-12-31"), 200,
                        "\"totalItems\":"),
                get("SQL in the group search", query("/api/groups", "q", "' OR '1'='1"), 200, "\"totalItems\":0"),
                get("HTML in the group search", query("/api/groups", "q", "<script>alert(1)</script>"), 200, "\"totalItems\":0"),
                get("SQL as the groups' outlet", query("/api/groups", "outlet", "x'); DROP TABLE article;--"), 200,
                        "\"totalItems\":0"),
                get("SQL as the articles' outlet", query("/api/articles", "outlet", "' OR 1=1 --"), 200, "\"totalItems\":0"),
                get("SQL as the report's outlet", query("/api/report", "outlet", "' OR 1=1 --"), 200, "\"articles\":[]"),
                get("search of 3,000 characters", query("/api/groups", "q", "soldiers ".repeat(333)), 200, "\"totalItems\":0"));
    }

    /** Hostile but legitimate text: stored, and read back exactly as sent. */
    private static List<HostileRequest> textStoredAsSent() {
        return List.of(
                post("SQL in every field", "/api/articles", json(article("x'); DROP TABLE article;--",
                        "1' OR '1'='1'; DELETE FROM stored_claim; -- Officials said 3,000 soldiers crossed on 2024-06-19.",
                        "title", "Robert'); DROP TABLE outlet;--",
                        "url", "https://example.com/news?id=1%27%20OR%20%271%27=%271")), 201, null),
                post("HTML in every field", "/api/articles", json(article("<script>alert('outlet')</script> News",
                        "Officials said <b>3,000</b> soldiers <script>alert(1)</script> crossed <img src=x onerror=alert(1)>.",
                        "title", "<img src=x onerror=alert(1)>",
                        "url", "https://example.com/a?q=%3Cscript%3Ealert(1)%3C/script%3E")), 201, null),
                post("a whole HTML page sent as text", "/api/articles",
                        json(article("Markup Weekly", "<html><body><p>3,000 soldiers</p><script>x()</script></body></html>",
                                "format", "text")), 201, null),
                post("control characters everywhere", "/api/articles", json(article("Bell\u0007 News\u001b[31m",
                        "Bell\u0007 3,000\u0001 soldiers\u001b[31m red\u007f next\u0085line \u009b\u0008 5 tanks.",
                        "title", "Tab\there\u000bvertical")), 201, null),
                post("right-to-left marks and overrides", "/api/articles", json(article("\u202Ekcab\u202C News \u200F",
                        "\u202Eevil\u202C 3,000 \u200Fsoldiers\u200E \u2067$5\u2069 million \u061C\u0663\u0660\u0660.",
                        "title", "\u200F\u05E9\u05DC\u05D5\u05DD 12 \u202Dx")), 201, null),
                post("surrogate pairs and combining marks", "/api/articles", json(article("\uD83D\uDCF0 Ne\u0301ws Hostil",
                        "\uD835\uDFD7\uD835\uDFD7 soldiers, e\u0301 1\u0301\u0308,000 \uD83D\uDE00 3,000 troops \uFF13\uFF0C\uFF10\uFF10\uFF10.",
                        "title", "\uD83C\uDDEA\uD83C\uDDF8 t\u0336i\u0336t\u0336l\u0336e\u0336")), 201, null),
                post("empty optional fields", "/api/articles", json(article("Empty Optionals", "3,000 soldiers.",
                        "title", "", "url", "  ", "publishedAt", "", "language", "")), 201, null),
                post("outlet of exactly 200 characters", "/api/articles", json(article("N".repeat(200), "3,000 soldiers.")), 201,
                        null),
                post("publishedAt on the first accepted day", "/api/articles",
                        json(article("Year One", "Last year 3,000 soldiers crossed; next year 5 more.", "publishedAt", "0001-01-01")),
                        201, null),
                post("publishedAt on the last accepted day", "/api/articles",
                        json(article("Year 9998", "Next year 3,000 soldiers; next week 5 more; in 5 years, 10,000.",
                                "publishedAt", "9998-12-31")), 201, null),
                post("publishedAt a day after the last accepted one", "/api/articles",
                        json(article("o", "Next year 3,000 soldiers.", "publishedAt", "9999-12-31")), 400,
                        "publishedAt: must be a day from 0001-01-01 to 9998-12-31"));
    }

    /** Number runs that could make the extractor slow or make it build absurd values. */
    private static List<HostileRequest> adversarialNumbers() {
        String digitRun = IntStream.range(0, 200_000).mapToObj(i -> Integer.toString(i % 10)).collect(Collectors.joining(" "));
        String dotted = IntStream.range(0, 100_000).mapToObj(i -> Integer.toString(i % 10)).collect(Collectors.joining("."));
        return List.of(
                post("200k one-digit numbers", "/api/articles", json(article("Digit Run", digitRun)), 201, null),
                post("twenty-four nines in groups", "/api/articles",
                        json(article("Big Numbers", "There were 9,999,999,999,999,999,999,999 soldiers and "
                                + "$9,999,999,999,999,999,999,999,999,999,999,999 in aid.")), 201, null),
                post("1e999999", "/api/articles", json(article("Exponents", "There were 1e999999 soldiers, 1E-999999 tanks "
                        + "and 10^999999 drones.")), 201, null),
                post("1.2.3.4.5... of 100k numbers", "/api/articles", json(article("Dotted", "There were " + dotted + " soldiers.")),
                        201, null),
                post("one token of 100k digits", "/api/articles",
                        json(article("Long Digits", "There were " + "9".repeat(100_000) + " soldiers.")), 201, null),
                post("Spanish groups past a trillion", "/api/articles", json(article("Cifras", "Había 1.000.000.000.000.000.000 "
                        + "soldados y 12.000,5 millones de euros.", "language", "es")), 201, null));
    }

    private static List<HostileRequest> protocol() {
        return List.of(
                raw("text/plain body", "POST", "/api/articles", "text/plain", "outlet=x".getBytes(StandardCharsets.UTF_8), 415,
                        null, "must be application/json, not text/plain"),
                raw("XML body", "POST", "/api/articles/batch", "application/xml",
                        "<articles/>".getBytes(StandardCharsets.UTF_8), 415, null, "not application/xml"),
                raw("binary body as octet-stream", "POST", "/api/articles", "application/octet-stream", randomBytes(256), 415,
                        null, "not application/octet-stream"),
                raw("no content type", "POST", "/api/articles", null, "{}".getBytes(StandardCharsets.UTF_8), 415, null,
                        "must be application/json"),
                raw("CSV wanted from the article list", "GET", "/api/articles", null, null, 406, "text/csv",
                        "answers application/json only"),
                raw("HTML wanted from a POST", "POST", "/api/articles", JSON_TYPE, json(article("o", "t")), 406, "text/html",
                        "answers application/json only"),
                get("unknown path", "/api/articlez", 404, "No resource at /api/articlez"),
                get("URL of 10,000 characters", "/api/articles?outlet=" + "a".repeat(10_000), 414,
                        "The request target is 10021 characters long, over the limit of 8192"),
                get("unknown path below an article", "/api/articles/1/2/3", 404, "No resource at /api/articles/1/2/3"),
                get("HTML in an unknown path", "/api/" + encode("<script>alert(1)</script>"), 404, "No resource at"),
                raw("PUT on the article list", "PUT", "/api/articles", JSON_TYPE, json(article("o", "t")), 405, null,
                        "PUT is not allowed on /api/articles"),
                raw("PATCH on an article", "PATCH", "/api/articles/1", JSON_TYPE, json(article("o", "t")), 405, null,
                        "PATCH is not allowed"),
                raw("DELETE on the article list", "DELETE", "/api/articles", null, null, 405, null,
                        "DELETE is not allowed on /api/articles"),
                raw("POST on the group list", "POST", "/api/groups", JSON_TYPE, json(Map.of()), 405, null,
                        "POST is not allowed on /api/groups"),
                // "batch" is no article id, so the path is the batch's, which takes POST only.
                get("GET on the batch", "/api/articles/batch", 405, "GET is not allowed on /api/articles/batch"));
    }

    /** POST /api/analyze: stateless, so it accepts what the store cannot keep, and stores nothing whatever it gets. */
    private static List<HostileRequest> analysis() {
        List<Map<String, Object>> tenThousand = IntStream.range(0, 10_000)
                .mapToObj(i -> article("Outlet " + i, "Article " + i)).toList();
        String digitRun = IntStream.range(0, 200_000).mapToObj(i -> Integer.toString(i % 10)).collect(Collectors.joining(" "));
        return List.of(
                post("analyze: malformed JSON", "/api/analyze", "{\"articles\": [{\"outlet\": \"o\",, }]}", 400,
                        "not well-formed JSON"),
                post("analyze: trailing garbage", "/api/analyze", "{\"articles\": []} []", 400, "not well-formed JSON"),
                post("analyze: number for text", "/api/analyze", "{\"articles\": [{\"outlet\": \"o\", \"text\": 3000}]}", 400,
                        "articles[0].text: must be a string"),
                post("analyze: object for articles", "/api/analyze", "{\"articles\": {\"outlet\": \"o\", \"text\": \"t\"}}", 400,
                        "articles: must be an array"),
                post("analyze: null article", "/api/analyze", "{\"articles\": [null]}", 400,
                        "articles[0]: an article object is required"),
                post("analyze: empty outlet", "/api/analyze", json(Map.of("articles", List.of(article("", "3,000 soldiers.")))),
                        400, "articles[0].outlet: is required"),
                post("analyze: 10,000 articles", "/api/analyze", json(Map.of("articles", tenThousand)), 413,
                        "articles: holds 10000 articles, over the limit of 50"),
                post("analyze: 10 MB text", "/api/analyze", json(Map.of("articles", List.of(article("o", "a".repeat(TEN_MB))))),
                        413, "articles[0].text: is 10485760 bytes of UTF-8"),
                post("analyze: publishedAt in the year 99999", "/api/analyze",
                        json(Map.of("articles", List.of(article("o", "t", "publishedAt", "99999-01-01")))), 400,
                        "articles[0].publishedAt: must be an ISO date"),
                post("analyze: publishedAt at java.time's last day", "/api/analyze",
                        json(Map.of("articles", List.of(article("o", "Next year 3,000 soldiers.", "publishedAt", "+999999999-12-31")))),
                        400, "articles[0].publishedAt: must be a day from 0001-01-01 to 9998-12-31"),
                post("analyze: publishedAt at java.time's first day", "/api/analyze",
                        json(Map.of("articles", List.of(article("o", "Last year 3,000 soldiers.", "publishedAt", "-999999999-01-01")))),
                        400, "articles[0].publishedAt: must be a day from 0001-01-01 to 9998-12-31"),
                raw("analyze: unknown parameter", "POST", "/api/analyze?verbose=true", JSON_TYPE,
                        json(Map.of("articles", List.of(article("o", "t")))), 400, null, "verbose: is not a parameter"),
                raw("analyze: text/plain", "POST", "/api/analyze", "text/plain", "3,000 soldiers".getBytes(StandardCharsets.UTF_8),
                        415, null, "must be application/json, not text/plain"),
                raw("analyze: CSV wanted", "POST", "/api/analyze", JSON_TYPE, json(Map.of("articles", List.of(article("o", "t")))),
                        406, "text/csv", "answers application/json only"),
                get("analyze: GET", "/api/analyze", 405, "GET is not allowed on /api/analyze"),
                post("analyze: NUL in text", "/api/analyze",
                        json(Map.of("articles", List.of(article("o", "Nearly 3,000\u0000 soldiers crossed.")))), 200,
                        "\"text\":\"Nearly 3,000\""),
                post("analyze: unpaired surrogates", "/api/analyze",
                        "{\"articles\": [{\"outlet\": \"o \\ud800\", \"text\": \"\\udc00 3,000 \\ud83d soldiers \\ude00.\"}]}",
                        200, "\"3,000\""),
                post("analyze: SQL and HTML in every field", "/api/analyze", json(Map.of("articles", List.of(
                        article("x'); DROP TABLE article;--", "<p>Officials said 3,000 soldiers crossed.</p><script>x()</script>",
                                "title", "<img src=x onerror=alert(1)>", "url", "javascript:alert(1)"),
                        article("<b>Other</b>", "1' OR '1'='1 -- 4,000 soldiers crossed.")))), 200, "\"3,000\""),
                post("analyze: 200k one-digit numbers", "/api/analyze",
                        json(Map.of("articles", List.of(article("Digit Run", digitRun)))), 200, "\"articles\""),
                post("analyze: numbers too large for a double", "/api/analyze", json(Map.of("articles", List.of(
                        article("a", "There were 9,999,999,999,999,999,999,999,999,999,999,999 soldiers on Monday."),
                        article("b", "There were 3 soldiers on Monday.")))), 200, "\"articles\""));
    }

    // ---- the test -----------------------------------------------------------------------------------------------

    @ParameterizedTest(name = "{0}")
    @MethodSource("catalogue")
    void answersExactlyAndLeavesNoPartialWrite(HostileRequest request) {
        StoreCounts before = StoreCounts.now();
        long started = System.nanoTime();
        Response response = send(request);
        Duration took = Duration.ofNanos(System.nanoTime() - started);
        String body = response.asString();
        String shown = request.name() + " answered " + response.statusCode() + ": " + abbreviate(body);

        assertEquals(request.expectedStatus(), response.statusCode(), shown);
        assertTrue(took.compareTo(QUICK) < 0, request.name() + " took " + took.toMillis() + " ms");
        assertNoStackTrace(body, shown);
        if (request.expectedStatus() >= 400) {
            assertProblem(request, response, body, shown);
            assertEquals(before, StoreCounts.now(), request.name() + ": the store changed although the request was refused");
        } else if (request.expectedStatus() == 201) {
            assertStoredAsSent(request, response, before);
        } else {
            assertTrue(response.contentType().startsWith(JSON_TYPE), shown);
            if (request.expect() != null) {
                assertTrue(body.contains(request.expect()), shown + " lacks " + request.expect());
            }
            if (request.path().equals("/api/analyze")) {
                ReportInvariants.checkReport(body, sentForAnalysis(request));
            }
            assertEquals(before, StoreCounts.now(), request.name() + ": the store changed on a read or an analysis");
        }
    }

    private static void assertProblem(HostileRequest request, Response response, String body, String shown) {
        assertTrue(response.contentType().startsWith(PROBLEM_TYPE), shown);
        JsonNode problem = ReportInvariants.parse(body);
        assertEquals(request.expectedStatus(), problem.path("status").asInt(), shown);
        assertFalse(problem.path("title").asText().isBlank(), shown + ": no title");
        if (request.expect() != null) {
            assertTrue(problem.path("detail").asText().contains(request.expect()),
                    shown + ": the detail does not say " + request.expect());
        }
    }

    /** The article reads back as sent, its stored claims are those listed for it, and deleting it restores the store. */
    private static void assertStoredAsSent(HostileRequest request, Response response, StoreCounts before) {
        JsonNode sent = ReportInvariants.parse(new String(request.body(), StandardCharsets.UTF_8));
        String location = response.header("Location");
        assertNotNull(location, request.name() + ": no Location");
        JsonNode stored = ReportInvariants.parse(given().get(location).then().statusCode(200).extract().asString());
        assertAll(request.name() + " reads back as sent",
                () -> assertEquals(sent.get("outlet").asText().strip(), stored.get("outlet").asText(), "outlet"),
                () -> assertEquals(optional(sent, "title"), textOrNull(stored, "title"), "title"),
                () -> assertEquals(optional(sent, "url"), textOrNull(stored, "url"), "url"),
                () -> assertEquals(optional(sent, "publishedAt"), textOrNull(stored, "publishedAt"), "publishedAt"),
                () -> assertEquals(sent.get("text").asText(), stored.get("text").asText(), "text"));

        String text = stored.get("text").asText();
        JsonNode claims = ReportInvariants.parse(given().get(location + "/claims").then().statusCode(200).extract().asString())
                .get("claims");
        for (int i = 0; i < claims.size(); i++) {
            ReportInvariants.checkArticleClaim(claims.get(i), text, request.name() + " claims[" + i + "]");
        }
        StoreCounts stocked = StoreCounts.now();
        assertEquals(before.articles() + 1, stocked.articles(), request.name() + ": articles");
        assertEquals(before.claims() + claims.size(), stocked.claims(), request.name() + ": stored claims");
        assertEquals(before.outlets() + 1, stocked.outlets(), request.name() + ": outlets");

        given().delete(location).then().statusCode(204);
        assertEquals(before, StoreCounts.now(), request.name() + ": deleting the article did not restore the store");
    }

    /** The articles of an analysis as the report must list them: ids a1, a2, ..., outlets stripped. */
    private static List<ReportInvariants.Sent> sentForAnalysis(HostileRequest request) {
        JsonNode articles = ReportInvariants.parse(new String(request.body(), StandardCharsets.UTF_8)).get("articles");
        List<ReportInvariants.Sent> sent = new ArrayList<>();
        for (int i = 0; i < articles.size(); i++) {
            JsonNode article = articles.get(i);
            sent.add(new ReportInvariants.Sent("a" + (i + 1), article.get("outlet").asText().strip(),
                    article.get("text").asText()));
        }
        return sent;
    }

    /** What the store holds, by what the API counts: articles, stored claims, groups and outlets. */
    record StoreCounts(long articles, long claims, long groups, int outlets) {

        static StoreCounts now() {
            long articles = given().get("/api/articles?size=1").then().statusCode(200).extract().jsonPath()
                    .getLong("totalItems");
            List<Integer> claimCounts = given().get("/api/outlets").then().statusCode(200).extract().jsonPath()
                    .getList("claimCount", Integer.class);
            long groups = given().get("/api/groups?size=1").then().statusCode(200).extract().jsonPath().getLong("totalItems");
            return new StoreCounts(articles, claimCounts.stream().mapToLong(Integer::longValue).sum(), groups,
                    claimCounts.size());
        }
    }

    // ---- sending ------------------------------------------------------------------------------------------------

    private static Response send(HostileRequest request) {
        // The request goes out exactly as written: no charset added to its type, its path already encoded.
        RequestSpecification spec = given()
                .config(RestAssured.config().encoderConfig(
                        EncoderConfig.encoderConfig().appendDefaultContentCharsetToContentTypeIfUndefined(false)))
                .urlEncodingEnabled(false);
        if (request.contentType() != null) {
            spec.contentType(request.contentType());
        }
        if (request.accept() != null) {
            spec.accept(request.accept());
        }
        if (request.body() != null) {
            spec.body(request.body());
        }
        return spec.when().request(request.method(), request.path());
    }

    private static void assertNoStackTrace(String body, String shown) {
        for (String trace : List.of("at org.", "at java.", "Exception:", "\tat ", "Caused by")) {
            assertFalse(body.contains(trace), shown + ": holds \"" + trace + "\"");
        }
    }

    // ---- building rows ------------------------------------------------------------------------------------------

    private static HostileRequest post(String name, String path, String body, int status, String expect) {
        return post(name, path, body.getBytes(StandardCharsets.UTF_8), status, expect);
    }

    private static HostileRequest post(String name, String path, byte[] body, int status, String expect) {
        return new HostileRequest(name, "POST", path, JSON_TYPE, body, status, null, expect);
    }

    private static HostileRequest get(String name, String path, int status, String expect) {
        return new HostileRequest(name, "GET", path, null, null, status, null, expect);
    }

    private static HostileRequest raw(String name, String method, String path, String contentType, byte[] body, int status,
            String accept, String expect) {
        return new HostileRequest(name, method, path, contentType, body, status, accept, expect);
    }

    /** An article with an outlet, a text and further fields given as name, value, name, value... */
    private static Map<String, Object> article(String outlet, String text, String... more) {
        Map<String, Object> article = new LinkedHashMap<>();
        article.put("outlet", outlet);
        article.put("text", text);
        for (int i = 0; i + 1 < more.length; i += 2) {
            article.put(more[i], more[i + 1]);
        }
        return article;
    }

    private static String uniqueOutlet() {
        return TestArticles.uniqueOutlet();
    }

    private static byte[] json(Object value) {
        try {
            return JSON.writeValueAsBytes(value);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String query(String path, String name, String value) {
        return path + "?" + name + "=" + encode(value);
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8).replace("+", "%20");
    }

    private static byte[] concat(byte[]... parts) {
        int length = Arrays.stream(parts).mapToInt(part -> part.length).sum();
        byte[] all = new byte[length];
        int at = 0;
        for (byte[] part : parts) {
            System.arraycopy(part, 0, all, at, part.length);
            at += part.length;
        }
        return all;
    }

    /** Bytes from a fixed seed, so the row is the same in every run; they start with a byte JSON cannot start with. */
    private static byte[] randomBytes(int length) {
        byte[] bytes = new byte[length];
        new Random(20240619L).nextBytes(bytes);
        bytes[0] = (byte) 0x9C;
        return bytes;
    }

    private static String optional(JsonNode node, String field) {
        String value = textOrNull(node, field);
        return value == null || value.isBlank() ? null : value.strip();
    }

    private static String textOrNull(JsonNode node, String field) {
        JsonNode value = node.get(field);
        return value == null || value.isNull() ? null : value.asText();
    }

    private static String abbreviate(String body) {
        return body.length() <= 500 ? body : body.substring(0, 500) + "...";
    }
}
