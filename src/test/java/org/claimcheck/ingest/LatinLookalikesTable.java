package org.claimcheck.ingest;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.regex.Pattern;

import org.graalvm.shadowed.com.ibm.icu.text.SpoofChecker;

/**
 * Derives LatinLookalikes' table from ICU4J's confusables skeletons: every letter of a script other than Latin that
 * NFKD leaves alone and whose skeleton, accents aside, is ASCII letters or digits, mapped to the ASCII letter with
 * that skeleton, of the same case where there is one ("І" to "i", not to "l"), in lower case.
 * {@code main} rewrites the file; LatinLookalikesTableTest checks it is current.
 */
public final class LatinLookalikesTable {

    static final Path FILE = Path.of("src/main/resources/org/claimcheck/ingest/latin-lookalikes.txt");
    private static final Pattern ASCII = Pattern.compile("[A-Za-z0-9]+");
    private static final SpoofChecker SPOOF = new SpoofChecker.Builder().build();

    private LatinLookalikesTable() {
    }

    public static void main(String[] args) throws IOException {
        Files.writeString(FILE, render(derive()), StandardCharsets.UTF_8);
    }

    static SortedMap<Integer, String> derive() {
        Map<String, List<Character>> asciiBySkeleton = new TreeMap<>();
        for (char c = '0'; c <= 'z'; c++) {
            if (Character.isLetterOrDigit(c)) {
                asciiBySkeleton.computeIfAbsent(skeleton(String.valueOf(c)), k -> new ArrayList<>()).add(c);
            }
        }
        SortedMap<Integer, String> table = new TreeMap<>();
        for (int cp = 0x80; cp <= Character.MAX_CODE_POINT; cp++) {
            Character.UnicodeScript script = Character.UnicodeScript.of(cp);
            String letter = new String(Character.toChars(cp));
            if (!Character.isLetter(cp) || script == Character.UnicodeScript.LATIN || script == Character.UnicodeScript.COMMON
                    || script == Character.UnicodeScript.INHERITED
                    || !Normalizer.normalize(letter, Normalizer.Form.NFKD).equals(letter)) {
                continue;
            }
            String skeleton = skeleton(letter);
            if (!ASCII.matcher(skeleton).matches()) {
                continue;
            }
            String latin = pick(asciiBySkeleton.getOrDefault(skeleton, List.of()), Character.isUpperCase(cp));
            table.put(cp, (latin != null ? latin : skeleton).toLowerCase(Locale.ROOT));
        }
        return table;
    }

    static String render(SortedMap<Integer, String> table) {
        StringBuilder text = new StringBuilder("""
                # Letters of other scripts that look like Latin ones, with the Latin letters they imitate, lower case.
                # Derived from Unicode's confusables by LatinLookalikesTable (src/test): do not edit by hand.
                """);
        table.forEach((cp, latin) -> text.append(String.format(Locale.ROOT, "%04X %s # %s%n", cp, latin,
                new String(Character.toChars(cp)))));
        return text.toString();
    }

    /** A letter over a digit, of the same case where one has that skeleton. */
    private static String pick(List<Character> candidates, boolean upper) {
        String any = null;
        for (char c : candidates) {
            if (Character.isLetter(c) && Character.isUpperCase(c) == upper) {
                return String.valueOf(c);
            }
            if (any == null || Character.isLetter(c) && !Character.isLetter(any.charAt(0))) {
                any = String.valueOf(c);
            }
        }
        return any;
    }

    /** The UTS #39 skeleton, accents aside: outlet keys drop accents anyway. */
    private static String skeleton(String text) {
        return Normalizer.normalize(SPOOF.getSkeleton(text), Normalizer.Form.NFKD).replaceAll("\\p{Mn}", "");
    }
}
