package org.claimcheck.extract;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Predicate;
import java.util.regex.Pattern;

import org.claimcheck.normalize.ValueKind;

/**
 * What a value measures ("deaths", "depth", "vote_share") and the cue words that name it in English, Spanish and
 * French, read from {@code frames/measures.tsv}. The data lives in the file so that vocabulary grows without code;
 * this class only parses, checks and indexes it. Lookups are by hash on the first word of a cue, since matching
 * runs at every word near every value of every article.
 */
public final class MeasureLexicon {

    static final String RESOURCE = "/frames/measures.tsv";
    static final String HEADER = "measure\tkinds\tcumulative\ten\tes\tfr\tbroad";
    static final List<String> LANGUAGES = List.of("en", "es", "fr");
    /** The fallback measure, for a value with no cue near it. */
    public static final String OTHER = "other";
    /** A shorter prefix ("dea*") would match too many unrelated words. */
    static final int MIN_PREFIX = 4;

    private static final Pattern ID = Pattern.compile("[a-z][a-z0-9]*(_[a-z0-9]+)*");
    private static final Pattern MARKS = Pattern.compile("\\p{M}+");
    /** French elided articles and pronouns: "l'épicentre" is the word "épicentre". */
    private static final Pattern ELISION = Pattern.compile("^(?:l|d|j|m|n|s|t|c|qu|jusqu|lorsqu|puisqu)'(?=\\p{L})");
    private static final Pattern CUE_WORD_SPLIT = Pattern.compile("[\\s\\-]+");
    /**
     * Words that stand between a noun and its participle without changing what is counted ("312 soldiers were
     * killed", "1 800 personnes ont défilé"). The frame reader matches cues over a text without them, so a cue is
     * indexed without them too: "ont défilé" is the cue "défilé", "se sont rassemblés" the cue "se rassemblés".
     */
    static final Set<String> AUXILIARIES = Set.of("were", "was", "are", "is", "been", "be", "being", "have", "has",
            "had", "fueron", "fue", "han", "ha", "sido", "habian", "habia", "son", "eran", "ont", "ete", "sont", "etaient",
            "etait", "reportedly", "also", "tambien", "aussi");

    /**
     * What a value measures: the kinds of value it takes, the SI base unit of its quantities, whether it only grows
     * ({@code cumulative}: a toll) or goes up and down from day to day ({@code varies}: the missing, a river's level).
     */
    public record Measure(String id, Set<ValueKind> kinds, String unit, boolean cumulative, boolean varies, boolean broad) {

        /** A measure that is not broad and is either cumulative or fixed. */
        public Measure(String id, Set<ValueKind> kinds, String unit, boolean cumulative) {
            this(id, kinds, unit, cumulative, false, false);
        }

        public Measure {
            if (kinds.isEmpty()) {
                throw new IllegalArgumentException("measure " + id + " takes no kind of value");
            }
            kinds = Collections.unmodifiableSet(EnumSet.copyOf(kinds));
        }

        /**
         * Whether a value of this kind and unit can be this measure. A measure without a unit takes a quantity of
         * any unit (a magnitude has none; exports come in tonnes or barrels).
         */
        public boolean accepts(ValueKind kind, String valueUnit) {
            if (!kinds.contains(kind)) {
                return false;
            }
            return kind != ValueKind.QUANTITY || unit == null || valueUnit == null || unit.equals(valueUnit);
        }

        /** Whether some value could be both measures: they share a kind, and for a quantity a unit. */
        public boolean overlaps(Measure other) {
            for (ValueKind kind : kinds) {
                if (other.kinds.contains(kind) && (kind != ValueKind.QUANTITY || unit == null || other.unit == null
                        || unit.equals(other.unit))) {
                    return true;
                }
            }
            return false;
        }
    }

    /**
     * One cue phrase of a measure in one language, as folded words; a word ending in {@code *} is a prefix.
     */
    public record Cue(Measure measure, String language, List<String> words) {

        public Cue {
            words = List.copyOf(words);
        }

        public boolean isPrefix(int i) {
            return words.get(i).endsWith("*");
        }

        /** Does the folded word match this cue's i-th word? */
        public boolean matches(int i, String foldedWord) {
            String word = words.get(i);
            return isPrefix(i) ? foldedWord.startsWith(word.substring(0, word.length() - 1)) : word.equals(foldedWord);
        }

        /** Does the cue match the folded words from index {@code at} on? */
        public boolean matchesAt(List<String> foldedWords, int at) {
            if (at < 0 || at + words.size() > foldedWords.size()) {
                return false;
            }
            for (int i = 0; i < words.size(); i++) {
                if (!matches(i, foldedWords.get(at + i))) {
                    return false;
                }
            }
            return true;
        }

        public String phrase() {
            return String.join(" ", words);
        }
    }

    /** A cue found in text: its measure and how many words it spans. */
    public record Match(Measure measure, int length, Cue cue) {
    }

    private static volatile MeasureLexicon standard;

    private final Map<String, Measure> measures;
    private final List<Cue> cues;
    /** Cues by their first word, when that word is whole. */
    private final Map<String, List<Cue>> byFirstWord = new HashMap<>();
    /** Cues whose first word is a prefix, by its first {@value #MIN_PREFIX} letters. */
    private final Map<String, List<Cue>> byFirstPrefix = new HashMap<>();

    private MeasureLexicon(Map<String, Measure> measures, List<Cue> cues) {
        this.measures = Collections.unmodifiableMap(measures);
        this.cues = List.copyOf(cues);
        for (Cue cue : this.cues) {
            String first = cue.words().get(0);
            if (cue.isPrefix(0)) {
                byFirstPrefix.computeIfAbsent(first.substring(0, MIN_PREFIX), k -> new ArrayList<>()).add(cue);
            } else {
                byFirstWord.computeIfAbsent(first, k -> new ArrayList<>()).add(cue);
            }
        }
    }

    /** The lexicon of {@value #RESOURCE}, read once. */
    public static MeasureLexicon standard() {
        MeasureLexicon lexicon = standard;
        if (lexicon == null) {
            synchronized (MeasureLexicon.class) {
                lexicon = standard;
                if (lexicon == null) {
                    lexicon = load();
                    standard = lexicon;
                }
            }
        }
        return lexicon;
    }

    private static MeasureLexicon load() {
        try (InputStream in = MeasureLexicon.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("Missing resource " + RESOURCE);
            }
            BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            return parse(reader.lines().toList(), RESOURCE);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read " + RESOURCE, e);
        }
    }

    /** Parses the lines of a lexicon file; {@code source} names it in errors. */
    static MeasureLexicon parse(List<String> lines, String source) {
        Map<String, Measure> measures = new LinkedHashMap<>();
        List<Cue> cues = new ArrayList<>();
        boolean header = false;
        for (int n = 0; n < lines.size(); n++) {
            String line = lines.get(n);
            if (n == 0 && line.startsWith("\uFEFF")) {
                line = line.substring(1);
            }
            if (line.isBlank() || line.startsWith("#")) {
                continue;
            }
            String where = source + " line " + (n + 1);
            if (!header) {
                if (!line.equals(HEADER)) {
                    throw new IllegalStateException(where + ": expected the header '" + HEADER.replace('\t', ' ') + "'");
                }
                header = true;
                continue;
            }
            String[] columns = line.split("\t", -1);
            if (columns.length != 3 + LANGUAGES.size() && columns.length != 4 + LANGUAGES.size()) {
                throw new IllegalStateException(where + ": expected " + (3 + LANGUAGES.size()) + " tab-separated columns, and "
                        + "perhaps a last one, found " + columns.length);
            }
            Measure measure = measure(columns, where);
            if (measures.putIfAbsent(measure.id(), measure) != null) {
                throw new IllegalStateException(where + ": duplicate measure '" + measure.id() + "'");
            }
            for (int l = 0; l < LANGUAGES.size(); l++) {
                cues.addAll(cues(measure, LANGUAGES.get(l), columns[3 + l], where));
            }
        }
        if (!header) {
            throw new IllegalStateException(source + ": no header line");
        }
        if (!measures.containsKey(OTHER)) {
            throw new IllegalStateException(source + ": no fallback measure '" + OTHER + "'");
        }
        return new MeasureLexicon(measures, cues);
    }

    private static Measure measure(String[] columns, String where) {
        String id = columns[0].strip();
        if (!ID.matcher(id).matches()) {
            throw new IllegalStateException(where + ": measure id '" + id + "' is not lower_snake_case");
        }
        Set<ValueKind> kinds = EnumSet.noneOf(ValueKind.class);
        String unit = null;
        for (String part : columns[1].split(",")) {
            String kindName = part.strip();
            int colon = kindName.indexOf(':');
            if (colon >= 0) {
                unit = kindName.substring(colon + 1).strip();
                kindName = kindName.substring(0, colon);
                if (!kindName.equals(ValueKind.QUANTITY.name()) || unit.isEmpty()) {
                    throw new IllegalStateException(where + ": only QUANTITY names a unit, as QUANTITY:m ('" + part + "')");
                }
            }
            try {
                kinds.add(ValueKind.valueOf(kindName));
            } catch (IllegalArgumentException e) {
                throw new IllegalStateException(where + ": unknown kind '" + kindName + "'");
            }
        }
        String growth = columns[2].strip();
        if (!growth.equals("yes") && !growth.equals("no") && !growth.equals("varies")) {
            throw new IllegalStateException(where + ": cumulative must be yes, no or varies, not '" + columns[2] + "'");
        }
        boolean cumulative = growth.equals("yes");
        boolean varies = growth.equals("varies");
        boolean broad = columns.length > 3 + LANGUAGES.size() && switch (columns[3 + LANGUAGES.size()].strip()) {
            case "yes" -> true;
            case "no", "" -> false;
            default -> throw new IllegalStateException(where + ": broad must be yes or no, not '"
                    + columns[3 + LANGUAGES.size()] + "'");
        };
        return new Measure(id, kinds, unit, cumulative, varies, broad);
    }

    private static List<Cue> cues(Measure measure, String language, String column, String where) {
        List<Cue> cues = new ArrayList<>();
        if (column.isBlank()) {
            return cues;
        }
        Set<List<String>> seen = new HashSet<>();
        Set<List<String>> indexed = new HashSet<>();
        for (String phrase : column.split(" \\| ", -1)) {
            List<String> words = new ArrayList<>();
            for (String raw : CUE_WORD_SPLIT.split(phrase.strip())) {
                boolean prefix = raw.endsWith("*");
                String word = fold(prefix ? raw.substring(0, raw.length() - 1) : raw);
                if (word.isEmpty() || word.contains("*") || word.contains("|")) {
                    throw new IllegalStateException(where + ": malformed " + language + " cue '" + phrase + "'");
                }
                if (prefix && word.length() < MIN_PREFIX) {
                    throw new IllegalStateException(where + ": prefix cue '" + raw + "' needs at least " + MIN_PREFIX
                            + " letters before the *");
                }
                words.add(prefix ? word + "*" : word);
            }
            if (!seen.add(words)) {
                throw new IllegalStateException(where + ": duplicate " + language + " cue '" + phrase
                        + "' (cues are compared without accents)");
            }
            if (words.stream().anyMatch(AUXILIARIES::contains) && !AUXILIARIES.containsAll(words)) {
                words = new ArrayList<>(words);
                words.removeIf(AUXILIARIES::contains);
            }
            if (!indexed.add(words)) {
                continue; // "were hurt" beside "hurt": one cue once the auxiliary is dropped
            }
            cues.add(new Cue(measure, language, words));
        }
        return cues;
    }

    /** Lower case, accents and French elisions removed: "L'Épicentre" is "epicentre", "Œuvre" is "oeuvre". */
    public static String fold(String word) {
        if (plainAscii(word)) {
            return word.toLowerCase(Locale.ROOT); // most words: nothing to strip, and this runs for every word of a text
        }
        String lower = word.toLowerCase(Locale.ROOT).replace('\u2019', '\'').replace("œ", "oe").replace("æ", "ae");
        String plain = MARKS.matcher(Normalizer.normalize(lower, Normalizer.Form.NFKD)).replaceAll("");
        return ELISION.matcher(plain).replaceFirst("");
    }

    /** ASCII letters and digits only: no accent, ligature or elision to fold. */
    private static boolean plainAscii(String word) {
        for (int i = 0; i < word.length(); i++) {
            char c = word.charAt(i);
            if (c >= 128 || c == '\'') {
                return false;
            }
        }
        return true;
    }

    public Optional<Measure> measure(String id) {
        return Optional.ofNullable(measures.get(id));
    }

    /** The fallback measure for a value no cue names. */
    public Measure other() {
        return measures.get(OTHER);
    }

    /** Every measure, in file order. */
    public Collection<Measure> all() {
        return measures.values();
    }

    /** Every cue, in file order. */
    public List<Cue> cues() {
        return cues;
    }

    /** The cues that may start at this folded word: whole first word equal to it, or a prefix it starts with. */
    public List<Cue> cuesStartingWith(String foldedWord) {
        List<Cue> whole = byFirstWord.getOrDefault(foldedWord, List.of());
        List<Cue> prefixed = foldedWord.length() < MIN_PREFIX ? List.of()
                : byFirstPrefix.getOrDefault(foldedWord.substring(0, MIN_PREFIX), List.of());
        if (prefixed.isEmpty()) {
            return whole;
        }
        List<Cue> found = new ArrayList<>(whole);
        for (Cue cue : prefixed) {
            if (cue.matches(0, foldedWord)) {
                found.add(cue);
            }
        }
        return found;
    }

    /** The longest cue of any measure starting at {@code at}; on a tie, a whole word before a prefix, then file order. */
    public Optional<Match> longestMatch(List<String> foldedWords, int at) {
        return longestMatch(foldedWords, at, cue -> true);
    }

    /** The longest cue starting at {@code at} that can measure a value of this kind and unit. */
    public Optional<Match> longestMatch(List<String> foldedWords, int at, ValueKind kind, String unit) {
        return longestMatch(foldedWords, at, cue -> cue.measure().accepts(kind, unit));
    }

    /**
     * The longest cue starting at {@code at} that {@code accept} takes (a language, a value's kind); on a tie, a
     * whole word before a prefix, then file order.
     */
    public Optional<Match> longestMatch(List<String> foldedWords, int at, Predicate<Cue> accept) {
        if (at < 0 || at >= foldedWords.size()) {
            return Optional.empty();
        }
        Cue best = null;
        for (Cue cue : cuesStartingWith(foldedWords.get(at))) {
            if ((best == null || cue.words().size() > best.words().size()) && cue.matchesAt(foldedWords, at) && accept.test(cue)) {
                best = cue;
            }
        }
        return best == null ? Optional.empty() : Optional.of(new Match(best.measure(), best.words().size(), best));
    }
}
