package org.claimcheck.normalize;

import static org.claimcheck.normalize.NormalizationAssertions.assertNumeric;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The unit lexicon as data: units.pack defines each unit once by its symbol, and every language pack's names point at
 * those symbols. A mistake in the data (a name pointing at no symbol, a word given two meanings) fails here, not in
 * an article.
 */
class UnitPackTests {

    /** The contract's base units: what a factor converts to. */
    private static final Set<String> BASES = Set.of("m", "kg", "m2", "l", "m/s", "W", "J", "B");

    /** Sections whose values are currency codes. */
    private static final List<String> CURRENCY_SECTIONS = List.of("currency-words", "currency-phrases");

    /** Sections whose entries mean one thing each, within a pack and across the packs it reads too. */
    private static final List<String> NAMING_SECTIONS = List.of("unit-names", "currency-words", "currency-phrases");

    @Test
    void everySymbolHasAKindAPositiveFactorAndABaseOfTheContract() {
        Map<String, String> units = Units.sections().get("units");
        assertTrue(units != null && units.size() > 50, "units.pack [units] is missing or short");
        units.forEach((symbol, definition) -> {
            String[] parts = definition.split(" ");
            assertEquals(3, parts.length, symbol + " = " + definition + ": not \"KIND factor base\"");
            ValueKind kind = ValueKind.valueOf(parts[0]);
            assertTrue(kind == ValueKind.QUANTITY || kind == ValueKind.DURATION, symbol + ": kind " + kind);
            assertTrue(new BigDecimal(parts[1]).signum() > 0, symbol + ": factor " + parts[1]);
            if (kind == ValueKind.DURATION) {
                assertEquals("day", parts[2], symbol + ": a duration is in days");
            } else {
                assertTrue(BASES.contains(parts[2]), symbol + ": base " + parts[2] + " is none of " + BASES);
            }
            assertEquals(symbol.strip(), symbol, symbol);
        });
        // a base unit is its own symbol, with factor 1
        for (String base : List.of("m", "kg", "m2", "l", "m/s", "day")) {
            Units.Unit unit = Units.SYMBOLS.get(base.toLowerCase(Locale.ROOT));
            assertTrue(unit != null && unit.factor().compareTo(BigDecimal.ONE) == 0, base + " is not a symbol of factor 1");
        }
    }

    @Test
    void scaleLettersArePowersOfAThousand() {
        assertTrue(Units.ATTACHED_SCALES.containsKey("bn"), "units.pack [attached-scales] is missing");
        Units.ATTACHED_SCALES.forEach((letters, scale) -> assertTrue(
                scale.compareTo(BigDecimal.valueOf(1000)) >= 0 && scale.stripTrailingZeros().precision() == 1, letters + " = " + scale));
        Units.SPACED_SCALES.forEach(letters -> assertTrue(Units.ATTACHED_SCALES.containsKey(letters), letters + " is no scale letter"));
    }

    @Test
    void everyUnitNamePointsAtASymbol() {
        List<String> wrong = new ArrayList<>();
        Map<String, Map<String, String>> sources = new HashMap<>();
        sources.put("units.pack", Units.sections().getOrDefault("unit-names", Map.of()));
        for (LanguagePack pack : LanguagePack.all()) {
            sources.put(pack.language().tag() + ".pack", pack.values("unit-names"));
            for (String name : pack.words("ambiguous-unit-names")) {
                if (!pack.values("unit-names").containsKey(name)) {
                    wrong.add(pack.language().tag() + ".pack [ambiguous-unit-names] " + name + " is no unit name of the pack");
                }
            }
        }
        sources.forEach((source, names) -> names.forEach((name, symbol) -> {
            if (!Units.SYMBOLS.containsKey(symbol)) {
                wrong.add(source + ": " + name + " = " + symbol + " names no symbol of units.pack");
            }
        }));
        for (String section : List.of("ambiguous-units", "capital-only")) {
            for (String symbol : Units.sections().getOrDefault(section, Map.of()).keySet()) {
                if (!Units.SYMBOLS.containsKey(symbol)) {
                    wrong.add("units.pack [" + section + "] " + symbol + " is no symbol");
                }
            }
        }
        assertEquals(List.of(), wrong);
    }

    @Test
    void currenciesAreIsoCodes() {
        List<String> wrong = new ArrayList<>();
        Units.CURRENCY_SYMBOLS.forEach((symbol, code) -> iso("units.pack [currency-symbols] " + symbol, code, wrong));
        Units.DOLLAR_PREFIXES.forEach((letters, code) -> iso("units.pack [dollar-prefixes] " + letters, code, wrong));
        Units.CURRENCY_CODES.forEach(code -> iso("units.pack [currency-codes]", code.toUpperCase(Locale.ROOT), wrong));
        for (LanguagePack pack : LanguagePack.all()) {
            for (String section : CURRENCY_SECTIONS) {
                pack.values(section).forEach((word, code) -> iso(pack.language().tag() + ".pack [" + section + "] " + word, code, wrong));
            }
        }
        assertEquals(List.of(), wrong);
    }

    /** A pack read as written: a word entered twice in a section (or in two sections of one name) with two meanings. */
    @Test
    void noWordHasTwoMeaningsInAPack() throws IOException {
        List<String> wrong = new ArrayList<>();
        for (String resource : resources()) {
            Map<String, Map<String, String>> seen = new HashMap<>();
            String section = null;
            try (BufferedReader reader = open(resource)) {
                String line;
                while ((line = reader.readLine()) != null) {
                    String text = line.strip();
                    if (text.isEmpty() || text.startsWith("#")) {
                        continue;
                    }
                    if (text.startsWith("[") && text.endsWith("]")) {
                        section = text.substring(1, text.length() - 1).strip();
                        continue;
                    }
                    int equals = text.indexOf(" = ");
                    String key = (equals < 0 ? text : text.substring(0, equals)).strip().toLowerCase(Locale.ROOT);
                    String value = equals < 0 ? "" : text.substring(equals + 3).strip();
                    String before = seen.computeIfAbsent(section, s -> new HashMap<>()).put(key, value);
                    if (before != null && !before.equals(value)) {
                        wrong.add(resource + " [" + section + "] " + key + " = " + before + " and = " + value);
                    }
                }
            }
        }
        assertEquals(List.of(), wrong);
    }

    /** English reads Spanish too and back: a word both name must mean the same in both, or the article's language decides. */
    @Test
    void packsReadTogetherAgree() {
        List<String> wrong = new ArrayList<>();
        for (LanguagePack pack : LanguagePack.all()) {
            for (LanguagePack other : pack.withReadAlso()) {
                for (String section : NAMING_SECTIONS) {
                    pack.values(section).forEach((word, meaning) -> {
                        String there = other.values(section).get(word);
                        if (there != null && !there.equals(meaning)) {
                            wrong.add(section + " " + word + ": " + pack.language() + " " + meaning + ", " + other.language() + " " + there);
                        }
                    });
                }
            }
        }
        assertEquals(List.of(), wrong);
    }

    @ParameterizedTest(name = "[{index}] {0} \"{1}\" -> {2} [{3}, {4}] {5} {6}")
    @CsvSource(delimiter = '|', nullValues = "null", textBlock = """
            EN | 12 kilometers                  | QUANTITY | 12000        | 12000        | m    | EXACT
            EN | a depth of 10 kilomters        | QUANTITY | 10000        | 10000        | m    | EXACT
            EN | 3 square miles                 | QUANTITY | 7769964.331008 | 7769964.331008 | m2   | EXACT
            EN | 10 nautical miles              | QUANTITY | 18520        | 18520        | m    | EXACT
            EN | 166 mph                        | QUANTITY | 74.20864     | 74.20864     | m/s  | EXACT
            EN | 300 horsepower                 | QUANTITY | ~223709.961  | ~223709.961  | W    | EXACT
            EN | 6 hours                        | DURATION | 0.25         | 0.25         | day  | EXACT
            EN | 2 metric tons                  | QUANTITY | 2000         | 2000         | kg   | EXACT
            EN | 5 km / h                       | QUANTITY | ~1.389       | ~1.389       | m/s  | EXACT
            EN | 40 dólares                     | MONEY    | 40           | 40           | USD  | EXACT
            EN | 12 per cent                    | PERCENT  | 12           | 12           | %    | EXACT
            ES | 300 kilómetros cuadrados       | QUANTITY | 300000000    | 300000000    | m2   | EXACT
            ES | 50 millas por hora             | QUANTITY | 22.352       | 22.352       | m/s  | EXACT
            ES | 2 horas                        | DURATION | ~0.083       | ~0.083       | day  | EXACT
            ES | 15 toneladas                   | QUANTITY | 15000        | 15000        | kg   | EXACT
            ES | 3 megavatios                   | QUANTITY | 3000000      | 3000000      | W    | EXACT
            ES | 12 kilometers                  | QUANTITY | 12000        | 12000        | m    | EXACT
            ES | 20 libras esterlinas           | MONEY    | 20           | 20           | GBP  | EXACT
            ES | 8 por ciento                   | PERCENT  | 8            | 8            | %    | EXACT
            FR | 12 kilomètres                  | QUANTITY | 12000        | 12000        | m    | EXACT
            FR | 20 ans                         | DURATION | 7305         | 7305         | day  | EXACT
            FR | 3 heures                       | DURATION | 0.125        | 0.125        | day  | EXACT
            FR | 5 mégawatts                    | QUANTITY | 5000000      | 5000000      | W    | EXACT
            FR | 40 mètres carrés               | QUANTITY | 40           | 40           | m2   | EXACT
            FR | 2 milles nautiques             | QUANTITY | 3704         | 3704         | m    | EXACT
            FR | 100 dollars canadiens          | MONEY    | 100          | 100          | CAD  | EXACT
            FR | 7 pour cent                    | PERCENT  | 7            | 7            | %    | EXACT
            FR | 256 gigaoctets                 | QUANTITY | 256000000000 | 256000000000 | B    | EXACT
            """)
    void unitsReadThroughTheNormalizer(Language language, String expression, ValueKind kind, String min, String max, String unit,
            Qualifier qualifier) {
        assertNumeric(language, expression, kind, min, max, unit, qualifier);
    }

    private static void iso(String where, String code, List<String> wrong) {
        if (!code.matches("[A-Z]{3}")) {
            wrong.add(where + " = " + code + " is no ISO code");
        }
    }

    private static List<String> resources() {
        List<String> all = new ArrayList<>(List.of("units.pack"));
        for (Language language : Language.values()) {
            all.add("lang/" + language.tag() + ".pack");
        }
        return all;
    }

    private static BufferedReader open(String resource) {
        InputStream in = Units.class.getResourceAsStream(resource);
        assertTrue(in != null, resource + " is missing");
        return new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
    }
}
