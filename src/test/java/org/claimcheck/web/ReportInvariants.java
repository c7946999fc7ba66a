package org.claimcheck.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * The rules of CONTRACT.md that hold whatever claims the extractor finds, checked over a whole answer. The tests
 * use these rather than expected claims, so that they hold for an extractor that finds nothing and stay true for
 * one that finds everything.
 */
final class ReportInvariants {

    /** An article as the test sent or stored it: the id the report should give it, its outlet and its text. */
    record Sent(String id, String outlet, String text) {
    }

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Set<String> KINDS = Set.of("COUNT", "MONEY", "QUANTITY", "PERCENT", "DATE", "DURATION");
    private static final Set<String> STATUSES = Set.of("CONFLICT", "EVOLVING", "CONSISTENT", "SINGLE_SOURCE");
    private static final Set<String> QUALIFIERS = Set.of("EXACT", "APPROXIMATE", "AT_LEAST", "AT_MOST", "RANGE");
    private static final Set<String> MODALITIES = Set.of("FACT", "PROJECTION");
    private static final Set<String> SI_BASE_UNITS = Set.of("m", "kg", "s", "m2", "l");
    private static final Set<String> CLAIM_FIELDS = Set.of("text", "start", "end", "sentence", "subject", "value", "asOf",
            "attribution", "kind", "modality", "eventWords", "entities", "language", "relative");
    private static final Set<String> REPORT_ONLY_FIELDS = Set.of("id", "articleId", "outlet", "conflictsWith");

    private ReportInvariants() {
    }

    static JsonNode parse(String body) {
        try {
            return JSON.readTree(body);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Checks a report against the articles it was made from, in the order it must list them. */
    static void checkReport(String body, List<Sent> sent) {
        assertNoExponents(body);
        JsonNode report = parse(body);

        JsonNode articles = report.get("articles");
        assertTrue(articles != null && articles.isArray(), "articles is an array");
        assertEquals(sent.size(), articles.size(), "one entry per article");
        Map<String, Sent> byId = new HashMap<>();
        for (int i = 0; i < sent.size(); i++) {
            JsonNode article = articles.get(i);
            for (String field : List.of("id", "outlet", "url", "publishedAt")) {
                assertTrue(article.has(field), "articles[" + i + "] has " + field);
            }
            assertEquals(sent.get(i).id(), article.get("id").asText(), "articles in order, with their ids");
            assertEquals(sent.get(i).outlet(), article.get("outlet").asText());
            assertTrue(byId.put(sent.get(i).id(), sent.get(i)) == null, "article ids are unique");
        }

        JsonNode groups = report.get("groups");
        assertTrue(groups != null && groups.isArray(), "groups is an array");
        Set<String> groupIds = new HashSet<>();
        Set<String> claimIds = new HashSet<>();
        for (JsonNode group : groups) {
            String groupId = text(group, "id");
            assertTrue(groupIds.add(groupId), "group ids are unique: " + groupId);
            checkGroup(group, byId, claimIds);
        }
    }

    private static void checkGroup(JsonNode group, Map<String, Sent> articles, Set<String> claimIds) {
        String where = "group " + group.get("id");
        assertTrue(group.has("label") && group.get("label").isTextual(), where + " has a label");
        String kind = text(group, "kind");
        assertTrue(KINDS.contains(kind), where + " kind " + kind);
        String status = text(group, "status");
        assertTrue(STATUSES.contains(status), where + " status " + status);

        JsonNode claims = group.get("claims");
        assertTrue(claims.isArray() && !claims.isEmpty(), where + " holds claims");
        Set<String> idsInGroup = new HashSet<>();
        Set<String> articleIds = new HashSet<>();
        Set<String> outlets = new HashSet<>();
        for (JsonNode claim : claims) {
            String id = text(claim, "id");
            assertTrue(claimIds.add(id), "claim " + id + " is in exactly one group");
            idsInGroup.add(id);
            String articleId = text(claim, "articleId");
            Sent article = articles.get(articleId);
            assertNotNull(article, "claim " + id + " names an article of the report: " + articleId);
            assertEquals(article.outlet(), text(claim, "outlet"), "claim " + id + " carries its article's outlet");
            assertEquals(kind, text(claim, "kind"), "claim " + id + " is of its group's kind");
            articleIds.add(articleId);
            outlets.add(article.outlet());
            checkClaim(claim, article.text(), "claim " + id);
        }
        for (JsonNode claim : claims) {
            for (JsonNode other : claim.get("conflictsWith")) {
                assertTrue(idsInGroup.contains(other.asText()) && !other.asText().equals(claim.get("id").asText()),
                        "claim " + claim.get("id") + " conflicts only with other claims of its group: " + other);
            }
        }
        Set<String> listedOutlets = new HashSet<>();
        group.get("outlets").forEach(outlet -> listedOutlets.add(outlet.asText()));
        assertEquals(outlets, listedOutlets, where + " lists the outlets of its claims");
        assertEquals(articleIds.size() == 1, status.equals("SINGLE_SOURCE"),
                where + " is SINGLE_SOURCE exactly when its claims come from one article");
    }

    /** A claim of a stored article's claim list: the claim fields, none of a report's. */
    static void checkArticleClaim(JsonNode claim, String articleText, String where) {
        for (String field : REPORT_ONLY_FIELDS) {
            assertFalse(claim.has(field), where + " has no " + field + " outside a report");
        }
        checkClaim(claim, articleText, where);
    }

    private static void checkClaim(JsonNode claim, String articleText, String where) {
        for (String field : CLAIM_FIELDS) {
            assertTrue(claim.has(field), where + " has " + field);
        }
        int start = claim.get("start").asInt();
        int end = claim.get("end").asInt();
        assertTrue(claim.get("start").isInt() && claim.get("end").isInt(), where + " start and end are integers");
        assertTrue(0 <= start && start < end && end <= articleText.length(), where + " span " + start + ".." + end);
        assertEquals(articleText.substring(start, end), text(claim, "text"), where + ": text.substring(start, end)");
        assertTrue(MODALITIES.contains(text(claim, "modality")), where + " modality");
        assertTrue(claim.get("relative").isBoolean(), where + " relative is true or false");
        assertStrings(claim.get("eventWords"), where + " eventWords");
        assertStrings(claim.get("entities"), where + " entities");
        assertTrue(claim.get("asOf").isNull() || isIsoDay(claim.get("asOf")), where + " asOf is an ISO day or null");
        checkValue(claim, where);
    }

    private static void checkValue(JsonNode claim, String where) {
        String kind = text(claim, "kind");
        JsonNode value = claim.get("value");
        for (String field : List.of("min", "max", "unit", "qualifier")) {
            assertTrue(value.has(field), where + " value has " + field);
        }
        assertTrue(QUALIFIERS.contains(text(value, "qualifier")), where + " qualifier");
        JsonNode min = value.get("min");
        JsonNode max = value.get("max");
        JsonNode unit = value.get("unit");
        if (kind.equals("DATE")) {
            assertTrue(unit.isNull(), where + " a date has no unit");
            assertTrue(claim.get("resolved").isBoolean(), where + " a date says whether it was resolved");
            boolean resolved = claim.get("resolved").asBoolean();
            if (resolved) {
                assertTrue(isIsoDay(min) && isIsoDay(max), where + " resolved date bounds are ISO days: " + value);
                assertFalse(LocalDate.parse(min.asText()).isAfter(LocalDate.parse(max.asText())), where + " min <= max");
            } else {
                assertTrue(min.isNull() && max.isNull(), where + " an unresolved date has no days: " + value);
            }
            return;
        }
        assertFalse(claim.has("resolved"), where + " only dates say whether they were resolved");
        assertTrue((min.isNumber() || min.isNull()) && (max.isNumber() || max.isNull()), where + " bounds are numbers: " + value);
        assertFalse(min.isNull() && max.isNull(), where + " bounds at least one side");
        if (min.isNumber() && max.isNumber()) {
            assertTrue(min.decimalValue().compareTo(max.decimalValue()) <= 0, where + " min <= max: " + value);
        }
        String unitText = unit.isNull() ? null : unit.asText();
        switch (kind) {
            case "MONEY" -> assertTrue(unitText != null && unitText.matches("[A-Z]{3}"), where + " currency " + unitText);
            case "PERCENT" -> assertEquals("%", unitText, where + " unit");
            case "DURATION" -> assertEquals("day", unitText, where + " unit");
            case "QUANTITY" -> assertTrue(SI_BASE_UNITS.contains(unitText), where + " SI base unit " + unitText);
            default -> {
                // COUNT: a plain number; the contract fixes no unit
            }
        }
    }

    /** Every number in the answer is written plain: 1000000000000, never 1E+12. */
    static void assertNoExponents(String body) {
        try (JsonParser parser = JSON.getFactory().createParser(body)) {
            for (JsonToken token = parser.nextToken(); token != null; token = parser.nextToken()) {
                if (token == JsonToken.VALUE_NUMBER_FLOAT || token == JsonToken.VALUE_NUMBER_INT) {
                    String number = parser.getText();
                    assertFalse(number.contains("e") || number.contains("E"), "number in scientific notation: " + number);
                }
            }
        } catch (IOException e) {
            fail("the answer is not JSON: " + e.getMessage());
        }
    }

    /** The claims of every group, in report order. */
    static List<JsonNode> claimsOf(JsonNode report) {
        List<JsonNode> claims = new ArrayList<>();
        report.get("groups").forEach(group -> group.get("claims").forEach(claims::add));
        return claims;
    }

    private static void assertStrings(JsonNode node, String what) {
        assertTrue(node.isArray(), what + " is an array");
        node.forEach(item -> assertTrue(item.isTextual(), what + " holds strings"));
    }

    private static boolean isIsoDay(JsonNode node) {
        if (!node.isTextual() || !node.asText().matches("\\d{4}-\\d{2}-\\d{2}")) {
            return false;
        }
        try {
            LocalDate.parse(node.asText());
            return true;
        } catch (DateTimeParseException e) {
            return false;
        }
    }

    private static String text(JsonNode node, String field) {
        JsonNode value = node.get(field);
        assertTrue(value != null && value.isTextual(), field + " is a string in " + node);
        return value.asText();
    }
}
