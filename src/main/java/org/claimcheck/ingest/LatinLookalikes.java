package org.claimcheck.ingest;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;

/**
 * Letters of other scripts that look like Latin letters or digits: Cyrillic "Е" like "E", Greek "ο" like "o".
 * The table, latin-lookalikes.txt next to this class, is derived from Unicode's confusables (UTS #39 skeletons, as
 * ICU4J's SpoofChecker computes them) by LatinLookalikesTable in the tests, which also checks it is current; the
 * service ships the 10 KB table rather than ICU4J, an 18 MB jar, for one lookup.
 */
final class LatinLookalikes {

    private static final Map<Integer, String> TABLE = load();

    private LatinLookalikes() {
    }

    /**
     * The name with its look-alikes replaced by the Latin letters they imitate, when that leaves it all Latin:
     * "Еl País" with a Cyrillic Е reads as Latin, and so does a name written wholly in look-alikes ("АВС"). A name
     * with any other letter of another script ("Коммерсантъ", "朝日新聞") is not posing as Latin and is left as it is.
     * Expects NFKD text, so that fullwidth forms and ligatures are Latin already and accents stand apart.
     */
    static String fold(String decomposed) {
        StringBuilder folded = new StringBuilder(decomposed.length());
        boolean replaced = false;
        for (int i = 0; i < decomposed.length(); ) {
            int cp = decomposed.codePointAt(i);
            i += Character.charCount(cp);
            String latin = TABLE.get(cp);
            if (latin != null) {
                folded.append(latin);
                replaced = true;
            } else if (Character.isLetter(cp) && Character.UnicodeScript.of(cp) != Character.UnicodeScript.LATIN) {
                return decomposed;
            } else {
                folded.appendCodePoint(cp);
            }
        }
        return replaced ? folded.toString() : decomposed;
    }

    static Map<Integer, String> table() {
        return Map.copyOf(TABLE);
    }

    private static Map<Integer, String> load() {
        Map<Integer, String> table = new HashMap<>();
        try (InputStream in = LatinLookalikes.class.getResourceAsStream("latin-lookalikes.txt")) {
            if (in == null) {
                throw new IllegalStateException("latin-lookalikes.txt is missing from the class path");
            }
            BufferedReader lines = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            for (String line; (line = lines.readLine()) != null; ) {
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                String[] fields = line.strip().split(" ");
                table.put(Integer.parseInt(fields[0], 16), fields[1]);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return table;
    }
}
