package org.claimcheck.normalize;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * What may follow a number, as one language reads it: scale letters, units, currencies and percent words. Each unit is defined
 * once, by its symbol, in the resource {@code units.pack} beside this class (kind, factor to the base unit, base
 * unit), with the currency symbols and ISO codes every language shares; each language pack names units by symbol
 * ("[unit-names]" "kilómetros = km") and holds its currency and percent words. A language reads its own pack and
 * the packs it reads too ("[read-also]"), so that English and Spanish articles that quote each other read alike.
 * Every map is built once per language: a look-up is one hash probe per token.
 */
final class Units {

    /** A unit of measure: which kind it makes, the factor to the base unit, and the base unit's symbol. */
    record Unit(ValueKind kind, BigDecimal factor, String base) {
    }

    /** A phrase and what it names: a unit, a currency code. */
    record Named<T>(List<String> words, T meaning) {
    }

    static final String METRE = "m";
    static final String KILOGRAM = "kg";
    static final String SQUARE_METRE = "m2";
    static final String LITRE = "l";

    private static final Map<String, Map<String, String>> SECTIONS = load();

    /** Every unit by its symbol ("km", "m2", "year"): a symbol is read as written in every language. */
    static final Map<String, Unit> SYMBOLS = symbols(SECTIONS.getOrDefault("units", Map.of()));

    /** Currency symbols ("$", "€"), with the ISO code they stand for. */
    static final Map<String, String> CURRENCY_SYMBOLS = Map.copyOf(SECTIONS.getOrDefault("currency-symbols", Map.of()));

    /** Letters that say whose dollar, right before or after "$" ("US$", "C$", "$A"). */
    static final Map<String, String> DOLLAR_PREFIXES = Map.copyOf(SECTIONS.getOrDefault("dollar-prefixes", Map.of()));

    /** ISO codes, in lower case, read as a currency when written in capitals ("USD 5"). */
    static final Set<String> CURRENCY_CODES = Set.copyOf(SECTIONS.getOrDefault("currency-codes", Map.of()).keySet());

    /** Unit symbols taken only as written in capitals ("256GB", but "940 mb" is a pressure). */
    static final Set<String> CAPITAL_ONLY = Set.copyOf(SECTIONS.getOrDefault("capital-only", Map.of()).keySet());

    /** Scale letters written against a number ("$5.5bn", "10k"), with their multiplier. */
    static final Map<String, BigDecimal> ATTACHED_SCALES = numbers(SECTIONS.getOrDefault("attached-scales", Map.of()));

    /** Scale letters written against a currency sign after the number ("2 M€", "3 Md€", "500 k€"). */
    static final Map<String, BigDecimal> SCALES_BEFORE_SIGN = numbers(SECTIONS.getOrDefault("scales-before-sign", Map.of()));

    /** The scale letters that are scales even after a space ("5.5 bn"). */
    static final Set<String> SPACED_SCALES = Set.copyOf(SECTIONS.getOrDefault("spaced-scales", Map.of()).keySet());

    private static final Map<Language, Units> BY_LANGUAGE = new EnumMap<>(Language.class);

    static {
        for (Language language : Language.values()) {
            BY_LANGUAGE.put(language, new Units(LanguagePack.of(language)));
        }
    }

    /** One-word unit names and symbols. */
    private final Map<String, Unit> words = new HashMap<>();
    /** Unit names of more than one word by their first word, longest first. */
    private final Map<String, List<Named<Unit>>> phrases;
    private final Set<String> ambiguous = new HashSet<>();
    /** The ambiguous unit names that are words, not letters: after a spelled-out number too ("two tons"). */
    private final Set<String> ambiguousWords = new HashSet<>();
    private final Map<String, String> currencyWords = new HashMap<>();
    private final Map<String, List<Named<String>>> currencyPhrases;
    private final Map<String, List<Named<String>>> percentWords;

    private Units(LanguagePack pack) {
        words.putAll(SYMBOLS);
        Map<List<String>, Unit> unitPhrases = new HashMap<>();
        name(SECTIONS.getOrDefault("unit-names", Map.of()), unitPhrases);
        ambiguous.addAll(SECTIONS.getOrDefault("ambiguous-units", Map.of()).keySet());
        Map<List<String>, String> moneyPhrases = new HashMap<>();
        Map<List<String>, String> percent = new HashMap<>();
        // the language's own pack first: where two packs name a word differently, the language's meaning stands
        for (LanguagePack source : pack.withReadAlso()) {
            name(source.values("unit-names"), unitPhrases);
            ambiguous.addAll(source.words("ambiguous-unit-names"));
            ambiguousWords.addAll(source.words("ambiguous-unit-names"));
            source.values("currency-words").forEach(currencyWords::putIfAbsent);
            source.values("currency-phrases").forEach((phrase, code) -> moneyPhrases.putIfAbsent(List.of(phrase.split(" ")), code));
            source.words("percent-words").forEach(phrase -> percent.putIfAbsent(List.of(phrase.split(" ")), "%"));
        }
        this.phrases = byFirstWord(unitPhrases);
        this.currencyPhrases = byFirstWord(moneyPhrases);
        this.percentWords = byFirstWord(percent);
    }

    static Units of(Language language) {
        return BY_LANGUAGE.get(language);
    }

    /** The unit a word names in this language ("km", "kilómetros", "heures"), or null. */
    Unit unit(String word) {
        return words.get(word);
    }

    /** Is the word a unit in this language? */
    boolean isUnit(String word) {
        return words.containsKey(word);
    }

    /** The unit phrases ("square kilometers", "km / h") that start with the word, longest first. */
    List<Named<Unit>> phrasesStartingWith(String word) {
        return phrases.getOrDefault(word, List.of());
    }

    /** Is the word a unit that is also an ordinary word or letter ("m", "pie", "tons")? */
    boolean ambiguous(String word) {
        return ambiguous.contains(word);
    }

    /**
     * Is the word an ambiguous unit name that a spelled-out number may lead ("two tons", "dos pies")? A letter ("m",
     * "g") may not: "two m" is no measure, while "tons" is lots of only without a number before it.
     */
    boolean ambiguousWord(String word) {
        return ambiguousWords.contains(word);
    }

    /** The ISO code a currency word names ("dollars", "yenes"), or null. */
    String currencyWord(String word) {
        return currencyWords.get(word);
    }

    /** The currency phrases ("pounds sterling", "dólares australianos") that start with the word, longest first. */
    List<Named<String>> currencyPhrasesStartingWith(String word) {
        return currencyPhrases.getOrDefault(word, List.of());
    }

    /** The percent words ("per cent", "por ciento") that start with the word, longest first. */
    List<Named<String>> percentWordsStartingWith(String word) {
        return percentWords.getOrDefault(word, List.of());
    }

    /** Adds the names of a "[unit-names]" section: one word to the word map, more to the phrases; the first name stands. */
    private void name(Map<String, String> names, Map<List<String>, Unit> unitPhrases) {
        names.forEach((name, symbol) -> {
            Unit unit = SYMBOLS.get(symbol);
            if (unit == null) {
                throw new IllegalStateException("unit name \"" + name + "\" names no symbol of units.pack: " + symbol);
            }
            List<String> words = List.of(name.split(" "));
            if (words.size() == 1) {
                this.words.putIfAbsent(name, unit);
            } else {
                unitPhrases.putIfAbsent(words, unit);
            }
        });
    }

    private static <T> Map<String, List<Named<T>>> byFirstWord(Map<List<String>, T> phrases) {
        List<Named<T>> named = new ArrayList<>();
        phrases.forEach((words, meaning) -> named.add(new Named<>(words, meaning)));
        return FirstWordIndex.of(named, Named::words);
    }

    /** Reads "symbol = KIND factor base" entries. */
    static Map<String, Unit> symbols(Map<String, String> entries) {
        Map<String, Unit> units = new HashMap<>();
        entries.forEach((symbol, definition) -> {
            String[] parts = definition.split(" ");
            if (parts.length != 3) {
                throw new IllegalStateException("units.pack: \"" + symbol + " = " + definition + "\" is not \"KIND factor base\"");
            }
            units.put(symbol, new Unit(ValueKind.valueOf(parts[0]), new BigDecimal(parts[1]), parts[2]));
        });
        return Map.copyOf(units);
    }

    private static Map<String, BigDecimal> numbers(Map<String, String> entries) {
        Map<String, BigDecimal> numbers = new HashMap<>();
        entries.forEach((key, value) -> numbers.put(key, new BigDecimal(value)));
        return Map.copyOf(numbers);
    }

    /** The sections of units.pack, for the tests of the data. */
    static Map<String, Map<String, String>> sections() {
        return SECTIONS;
    }

    private static Map<String, Map<String, String>> load() {
        try (InputStream in = Units.class.getResourceAsStream("units.pack")) {
            if (in == null) {
                throw new IllegalStateException("units.pack is missing");
            }
            return LanguagePack.parse(new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8)));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read units.pack", e);
        }
    }
}
