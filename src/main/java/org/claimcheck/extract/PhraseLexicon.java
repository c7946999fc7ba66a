package org.claimcheck.extract;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Cue phrases per id in English, Spanish and French, kept as data: a resource of tab-separated lines
 * {@code id<TAB>en<TAB>es<TAB>fr}, each language a list of cues separated by {@code " | "}, {@code #} for comments.
 * A cue is one or more words; a word ending in {@code *} matches any word it begins. Words are matched folded
 * (lower case, no accents), so "Séisme" finds "seisme". Look-ups are by a cue's first word (or its first four
 * letters for a prefix), so matching costs a hash look-up per token.
 */
final class PhraseLexicon {

    /** A cue found in a text: which id it names and how many words it spans. */
    record Match(String id, int words) {
    }

    private record Cue(String id, String[] words) {

        boolean matches(List<String> folded, int at) {
            if (at + words.length > folded.size()) {
                return false;
            }
            for (int i = 0; i < words.length; i++) {
                String word = words[i];
                String text = folded.get(at + i);
                boolean ok = word.endsWith("*") ? text.startsWith(word.substring(0, word.length() - 1)) : text.equals(word);
                if (!ok) {
                    return false;
                }
            }
            return true;
        }
    }

    private static final int PREFIX_KEY = 4;
    private static final java.util.regex.Pattern ELISION =
            java.util.regex.Pattern.compile("\\b(l|d|qu|s|n|j|c|jusqu|lorsqu|puisqu)'(?=\\p{L})");

    private final Map<String, List<Cue>> byFirstWord = new HashMap<>();
    private final Map<String, List<Cue>> byFirstPrefix = new HashMap<>();

    private PhraseLexicon() {
    }

    /** Loads a lexicon from the classpath; a malformed line fails with its number. */
    static PhraseLexicon load(String resource) {
        PhraseLexicon lexicon = new PhraseLexicon();
        try (InputStream in = PhraseLexicon.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("missing resource " + resource);
            }
            BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            String line;
            int number = 0;
            while ((line = reader.readLine()) != null) {
                number++;
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                String[] columns = line.split("\t", -1);
                if (columns.length < 2) {
                    throw new IllegalStateException(resource + ":" + number + ": expected id and cues");
                }
                for (int c = 1; c < columns.length; c++) {
                    for (String cue : columns[c].split("\\|")) {
                        if (!cue.isBlank()) {
                            lexicon.add(columns[0].strip(), cue, resource + ":" + number);
                        }
                    }
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return lexicon;
    }

    private void add(String id, String cue, String where) {
        // the tokenizer reads "l'intérieur" as "l'" and "intérieur": so are cues
        String[] words = ELISION.matcher(fold(cue.strip())).replaceAll("$1' ").split("\\s+");
        for (String word : words) {
            if (word.endsWith("*") && word.length() - 1 < PREFIX_KEY) {
                throw new IllegalStateException(where + ": prefix cue '" + word + "' needs " + PREFIX_KEY + " letters");
            }
        }
        Cue entry = new Cue(id, words);
        String first = words[0];
        if (first.endsWith("*")) {
            byFirstPrefix.computeIfAbsent(first.substring(0, PREFIX_KEY), key -> new ArrayList<>()).add(entry);
        } else {
            byFirstWord.computeIfAbsent(first, key -> new ArrayList<>()).add(entry);
        }
    }

    /** The longest cue that starts at word {@code at} of the folded words. */
    Optional<Match> longestMatch(List<String> folded, int at) {
        String word = folded.get(at);
        Cue best = null;
        for (Cue cue : byFirstWord.getOrDefault(word, List.of())) {
            if ((best == null || cue.words().length > best.words().length) && cue.matches(folded, at)) {
                best = cue;
            }
        }
        if (word.length() >= PREFIX_KEY) {
            for (Cue cue : byFirstPrefix.getOrDefault(word.substring(0, PREFIX_KEY), List.of())) {
                if ((best == null || cue.words().length > best.words().length) && cue.matches(folded, at)) {
                    best = cue;
                }
            }
        }
        return best == null ? Optional.empty() : Optional.of(new Match(best.id(), best.words().length));
    }

    /** How many words the longest cue of this id starting at word {@code at} spans; 0 when none starts there. */
    int lengthOf(String id, List<String> folded, int at) {
        String word = folded.get(at);
        int best = 0;
        for (Cue cue : byFirstWord.getOrDefault(word, List.of())) {
            if (cue.id().equals(id) && cue.words().length > best && cue.matches(folded, at)) {
                best = cue.words().length;
            }
        }
        if (word.length() >= PREFIX_KEY) {
            for (Cue cue : byFirstPrefix.getOrDefault(word.substring(0, PREFIX_KEY), List.of())) {
                if (cue.id().equals(id) && cue.words().length > best && cue.matches(folded, at)) {
                    best = cue.words().length;
                }
            }
        }
        return best;
    }

    /** The form cues and text are compared in: the measure lexicon's, so that every lexicon folds alike. */
    static String fold(String word) {
        return MeasureLexicon.fold(word);
    }
}
