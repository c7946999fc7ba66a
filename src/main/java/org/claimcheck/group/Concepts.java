package org.claimcheck.group;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * The vocabulary {@link Terms} maps words with: lines {@code concept<TAB>en<TAB>es<TAB>fr}, each language a list
 * of single word forms separated by {@code " | "} (an empty column is allowed), {@code #} for comments. Words are
 * kept folded (lower case, no accents), so "séisme" in the file matches "Seisme" in a text. A word may be listed
 * in several columns of one concept ("hospital"), never under two concepts: the file fails to load, naming the
 * line, so that a word's term never depends on the order of lines.
 */
final class Concepts {

    static final String RESOURCE = "/frames/concepts.tsv";

    private static final Pattern CONCEPT_ID = Pattern.compile("[a-z][a-z0-9_]*");
    private static final Pattern MARKS = Pattern.compile("\\p{M}");
    private static final int LANGUAGES = 3;
    private static final int MIN_WORD = 3;

    private Concepts() {
    }

    /** Lower case without accents: "Séisme" gives "seisme". */
    static String fold(String word) {
        return MARKS.matcher(Normalizer.normalize(word.toLowerCase(Locale.ROOT), Normalizer.Form.NFKD)).replaceAll("");
    }

    /** The word-to-concept map of the resource; a missing resource or a malformed line fails. */
    static Map<String, String> load() {
        try (InputStream in = Concepts.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("missing resource " + RESOURCE);
            }
            BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            return parse(reader.lines().toList(), RESOURCE);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + RESOURCE, e);
        }
    }

    /** The folded word to concept map of these lines; {@code source} names them in error messages. */
    static Map<String, String> parse(List<String> lines, String source) {
        Map<String, String> concepts = new HashMap<>();
        Map<String, Integer> wordLine = new HashMap<>();
        Map<String, Integer> conceptLine = new HashMap<>();
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i);
            int number = i + 1;
            if (line.isBlank() || line.startsWith("#")) {
                continue;
            }
            String where = source + ":" + number + ": ";
            String[] columns = line.split("\t", -1);
            if (columns.length != LANGUAGES + 1) {
                throw new IllegalStateException(where + "expected concept<TAB>en<TAB>es<TAB>fr, found " + columns.length
                        + " column(s)");
            }
            String concept = columns[0];
            if (!CONCEPT_ID.matcher(concept).matches()) {
                throw new IllegalStateException(where + "concept id '" + concept + "' is not lower_snake_case");
            }
            Integer earlier = conceptLine.putIfAbsent(concept, number);
            if (earlier != null) {
                throw new IllegalStateException(where + "concept '" + concept + "' already defined on line " + earlier);
            }
            List<String> words = new ArrayList<>();
            for (int c = 1; c < columns.length; c++) {
                if (columns[c].isBlank()) {
                    continue;
                }
                for (String word : columns[c].split(" \\| ", -1)) {
                    if (word.isEmpty() || !word.equals(word.strip()) || !word.codePoints().allMatch(Character::isLetter)) {
                        throw new IllegalStateException(where + "'" + word + "' is not a single word (words are separated by \" | \")");
                    }
                    if (!word.equals(word.toLowerCase(Locale.ROOT))) {
                        throw new IllegalStateException(where + "'" + word + "' is not lower case");
                    }
                    if (word.length() < MIN_WORD) {
                        throw new IllegalStateException(where + "'" + word + "' is shorter than " + MIN_WORD
                                + " letters; Terms never looks such words up");
                    }
                    words.add(word);
                }
            }
            if (words.isEmpty()) {
                throw new IllegalStateException(where + "concept '" + concept + "' lists no word");
            }
            for (String word : words) {
                String folded = fold(word);
                String other = concepts.putIfAbsent(folded, concept);
                if (other != null && !other.equals(concept)) {
                    throw new IllegalStateException(where + "word '" + word + "' of concept '" + concept
                            + "' is already listed under concept '" + other + "' on line " + wordLine.get(folded));
                }
                wordLine.putIfAbsent(folded, number);
            }
        }
        return concepts;
    }
}
