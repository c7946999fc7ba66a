package org.claimcheck.normalize;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * The words of one language, read from the resource {@code lang/<tag>.pack} beside this class, so that matchers
 * look words up by what they do ("fraction denominators", "direction words after a number") and never ask which
 * language they read. A pack is a list of sections:
 *
 * <pre>
 * # a comment
 * [denominators]
 * thirds = 3
 * quarters = 4
 *
 * [at-least-after]
 * or more
 * or above
 * </pre>
 *
 * An entry is a phrase (words separated by single spaces, in lower case, "'" for an apostrophe), optionally followed
 * by " = " and a value. Sections list entries; the matchers read a section as a set of words, a map of word to value
 * or a list of phrases, longest first. The sections a pack may hold are described in the README, under "Adding a language".
 */
final class LanguagePack {

    private static final Map<Language, LanguagePack> PACKS = new EnumMap<>(Language.class);

    static {
        for (Language language : Language.values()) {
            PACKS.put(language, load(language));
        }
    }

    private final Language language;
    /** Section name to entries in file order: phrase to value ("" when none). */
    private final Map<String, Map<String, String>> sections;
    private final Map<String, Set<String>> wordSets = new HashMap<>();
    private final Map<String, Map<String, BigDecimal>> numberMaps = new java.util.concurrent.ConcurrentHashMap<>();
    private final Map<String, List<Phrase>> phraseLists = new HashMap<>();
    /** Each section's phrases by their first word, longest first: one look-up per token instead of a scan. */
    private final Map<String, Map<String, List<Phrase>>> byFirstWord = new HashMap<>();
    private final Map<String, Map<String, Integer>> integerMaps = new java.util.concurrent.ConcurrentHashMap<>();
    private final Map<String, Set<String>> alsoWords = new java.util.concurrent.ConcurrentHashMap<>();
    private final Map<String, Map<String, Integer>> alsoIntegers = new java.util.concurrent.ConcurrentHashMap<>();
    private final Map<String, List<Vague>> vague;
    private final Digits digits;

    /** A phrase of a section: its words and its value ("" when the section gives none). */
    record Phrase(List<String> words, String value) {
    }

    private LanguagePack(Language language, Map<String, Map<String, String>> sections) {
        this.language = language;
        this.sections = sections;
        for (Map.Entry<String, Map<String, String>> section : sections.entrySet()) {
            wordSets.put(section.getKey(), Set.copyOf(section.getValue().keySet()));
            List<Phrase> phrases = new ArrayList<>();
            for (Map.Entry<String, String> entry : section.getValue().entrySet()) {
                phrases.add(new Phrase(List.of(entry.getKey().split(" ")), entry.getValue()));
            }
            phrases.sort((a, b) -> Integer.compare(b.words().size(), a.words().size()));
            phraseLists.put(section.getKey(), List.copyOf(phrases));
            byFirstWord.put(section.getKey(), FirstWordIndex.of(phrases, Phrase::words));
        }
        List<Vague> vagues = new ArrayList<>();
        for (Phrase phrase : phrases("vague")) {
            String[] bounds = phrase.value().split(" ");
            vagues.add(new Vague(phrase.words(), new BigDecimal(bounds[0]), new BigDecimal(bounds[1])));
        }
        this.vague = FirstWordIndex.of(vagues, Vague::words);
        this.digits = new Digits(setting("digits", "decimal", ".").charAt(0), setting("digits", "group", ",").charAt(0),
                Integer.parseInt(setting("digits", "decimal-groups-from", String.valueOf(Integer.MAX_VALUE))),
                setting("digits", "lone-group-is-decimal", "no").equals("yes"));
    }

    static LanguagePack of(Language language) {
        return PACKS.get(language);
    }

    Language language() {
        return language;
    }

    /** The entries of a section as a set of phrases; empty when the pack has no such section. */
    Set<String> words(String section) {
        return wordSets.getOrDefault(section, Set.of());
    }

    /** The entries of a section with their values read as numbers. */
    Map<String, BigDecimal> numbers(String section) {
        return numberMaps.computeIfAbsent(section, name -> {
            Map<String, BigDecimal> map = new HashMap<>();
            sections.getOrDefault(name, Map.of()).forEach((key, value) -> map.put(key, new BigDecimal(value)));
            return Collections.unmodifiableMap(map);
        });
    }

    /** The entries of a section with their values read as whole numbers ("[small-numbers]" "once = 11"). */
    Map<String, Integer> integers(String section) {
        return integerMaps.computeIfAbsent(section, name -> {
            Map<String, Integer> map = new HashMap<>();
            sections.getOrDefault(name, Map.of()).forEach((key, value) -> map.put(key, Integer.valueOf(value)));
            return Collections.unmodifiableMap(map);
        });
    }

    /** A vague quantity ("dozens", "des centaines"): its words and the interval it means before an of-word. */
    record Vague(List<String> words, BigDecimal min, BigDecimal max) {
    }

    /** The "[vague]" entries ("hundreds of thousands = 200000 999999") that start with the token at i, longest first. */
    List<Vague> vagueAt(TokenView tokens, int i) {
        Token token = tokens.get(i);
        return token == null ? List.of() : vague.getOrDefault(token.lower(), List.of());
    }

    /** How digits are written: "[digits]" settings. */
    record Digits(char decimal, char group, int decimalGroupsFrom, boolean loneGroupIsDecimal) {
    }

    Digits digits() {
        return digits;
    }

    /** The words of a section in this pack and in the packs it reads too ("[read-also]"). */
    Set<String> wordsReadAlso(String section) {
        return alsoWords.computeIfAbsent(section, name -> {
            Set<String> all = new java.util.HashSet<>(words(name));
            for (LanguagePack other : readAlso()) {
                all.addAll(other.words(name));
            }
            return Set.copyOf(all);
        });
    }

    /** The whole-number entries of a section in this pack and in the packs it reads too. */
    Map<String, Integer> integersReadAlso(String section) {
        return alsoIntegers.computeIfAbsent(section, name -> {
            Map<String, Integer> all = new HashMap<>();
            for (LanguagePack other : readAlso()) {
                all.putAll(other.integers(name));
            }
            all.putAll(integers(name));
            return Map.copyOf(all);
        });
    }

    /** This pack, then the packs it reads too ("[read-also]"). */
    List<LanguagePack> withReadAlso() {
        List<LanguagePack> all = new ArrayList<>();
        all.add(this);
        all.addAll(readAlso());
        return all;
    }

    private List<LanguagePack> readAlso() {
        List<LanguagePack> others = new ArrayList<>();
        for (String tag : words("read-also")) {
            Language.ofTag(tag).map(PACKS::get).filter(other -> other != this).ifPresent(others::add);
        }
        return others;
    }

    /** Is a "[section]" setting "yes"? */
    boolean flag(String section, String key) {
        return setting(section, key, "no").equals("yes");
    }

    /** Every pack, one per language. */
    static java.util.Collection<LanguagePack> all() {
        return PACKS.values();
    }

    /** The entries of a section with their values as written. */
    Map<String, String> values(String section) {
        return Collections.unmodifiableMap(sections.getOrDefault(section, Map.of()));
    }

    /** The entries of a section as phrases, longest first. */
    List<Phrase> phrases(String section) {
        return phraseLists.getOrDefault(section, List.of());
    }

    /** The phrases of a section by their first word, longest first: one look-up per token instead of a scan. */
    List<Phrase> phrasesStartingWith(String section, String firstWord) {
        return byFirstWord.getOrDefault(section, Map.of()).getOrDefault(firstWord, List.of());
    }

    /** The phrases of a section that could start at token i: those whose first word it is, longest first. */
    List<Phrase> phrasesAt(String section, TokenView tokens, int i) {
        Token token = tokens.get(i);
        return token == null ? List.of() : phrasesStartingWith(section, token.lower());
    }

    /** The longest phrase of a section written at token i, or null; {@link TokenView#phrase} gives where it ends. */
    Phrase longestAt(String section, TokenView tokens, int i) {
        for (Phrase phrase : phrasesAt(section, tokens, i)) {
            if (tokens.phrase(i, phrase.words()) > 0) {
                return phrase;
            }
        }
        return null;
    }

    /** The value of a one-entry setting ("[digits]" "decimal = ,"), or the default. */
    String setting(String section, String key, String otherwise) {
        // Matchers ask for settings at every token: each is looked up once, then read from the cache by the caller's
        // own (constant, hash-cached) strings, with no string built per call.
        String value = settingCache.computeIfAbsent(section, name -> new java.util.concurrent.ConcurrentHashMap<>())
                .computeIfAbsent(key, name -> {
                    // keys are stored split at hyphens, as phrases are: "date-order" is "date - order"
                    String stored = sections.getOrDefault(section, Map.of()).get(name.replace("-", " - "));
                    return stored == null ? "" : stored;
                });
        return value.isEmpty() ? otherwise : value;
    }

    private final Map<String, Map<String, String>> settingCache = new java.util.concurrent.ConcurrentHashMap<>();

    private static LanguagePack load(Language language) {
        String resource = "lang/" + language.tag() + ".pack";
        try (InputStream in = LanguagePack.class.getResourceAsStream(resource)) {
            if (in == null) {
                return new LanguagePack(language, Map.of());
            }
            return new LanguagePack(language, parse(new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the language pack " + resource, e);
        }
    }

    static Map<String, Map<String, String>> parse(BufferedReader reader) throws IOException {
        Map<String, Map<String, String>> sections = new LinkedHashMap<>();
        Map<String, String> current = null;
        String line;
        int number = 0;
        while ((line = reader.readLine()) != null) {
            number++;
            String text = line.strip();
            if (text.isEmpty() || text.startsWith("#")) {
                continue;
            }
            if (text.startsWith("[") && text.endsWith("]")) {
                current = sections.computeIfAbsent(text.substring(1, text.length() - 1).strip(), name -> new LinkedHashMap<>());
                continue;
            }
            if (current == null) {
                throw new IllegalArgumentException("line " + number + ": an entry before any [section]");
            }
            int equals = text.indexOf(" = ");
            String key = (equals < 0 ? text : text.substring(0, equals)).strip().toLowerCase(Locale.ROOT).replace('’', '\'');
            String value = equals < 0 ? "" : text.substring(equals + 3).strip();
            // the tokenizer splits at hyphens ("au-dessus" is "au" "-" "dessus"): so are the phrases
            current.put(key.replace("-", " - ").strip().replaceAll("\\s+", " "), value);
        }
        return sections;
    }
}
