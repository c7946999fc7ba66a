package org.claimcheck.group;

import java.util.Map;

/**
 * Turns a word into the term grouping compares: lower case without accents, singular, and one term for words
 * that name the same thing across spellings and languages ("troops", "soldiers", "soldados", "soldats";
 * "Pyongyang", "North Korean", "Corea del Norte"). The vocabulary is data, {@code frames/concepts.tsv}: general
 * news words in English, Spanish and French (time units, people, places, disasters, harm, actions, politics and
 * economy, countries with their demonyms and capitals), each word form listed, so a look-up is one hash probe.
 */
final class Terms {

    /** Folded word to concept id, from {@code frames/concepts.tsv} (see {@link Concepts}). */
    private static final Map<String, String> CANONICAL = Concepts.load();

    /** Terms that say what happened to the people counted: a count of one kind of event is not a count of another. */
    private static final Map<String, String> FRAMES = Map.of(
            "death", "death", "casualty", "injury", "displace", "displace", "arrest", "arrest", "deploy", "deploy");

    private Terms() {
    }

    /** Is this term one the vocabulary knows, so that two different ones surely name different things? */
    static boolean isKnown(String term) {
        return KNOWN.contains(term);
    }

    private static final java.util.Set<String> KNOWN = java.util.Set.copyOf(CANONICAL.values());

    /** The event frame a term belongs to ("harm" for "killed", "wounded"), or null. */
    static String frameOf(String term) {
        return term == null ? null : FRAMES.get(term);
    }

    /** The term for a word, or null for a word too short or too common to tell claims apart. */
    static String of(String word) {
        String plain = Concepts.fold(word);
        if (plain.length() < 3) {
            return null;
        }
        String canonical = CANONICAL.get(plain);
        if (canonical != null) {
            return canonical;
        }
        String singular = singular(plain);
        canonical = CANONICAL.get(singular);
        if (canonical != null) {
            return canonical;
        }
        return Character.isUpperCase(word.codePointAt(0)) ? nameStem(plain) : singular;
    }

    private static final String[] NAME_ENDINGS = {"ians", "ian", "ans", "ese", "ia", "an", "es", "os", "as", "i", "o", "a", "s"};

    /**
     * A name and its demonym share a stem: "Arvenia", "Arvenian" and "arvenios" all give "arven". Only for
     * capitalized words, and only when four letters remain, so that short names stay whole.
     */
    private static String nameStem(String plain) {
        for (String ending : NAME_ENDINGS) {
            if (plain.endsWith(ending) && plain.length() - ending.length() >= 4) {
                return plain.substring(0, plain.length() - ending.length());
            }
        }
        return plain;
    }

    /** A rough singular for English and Spanish plurals, preferring a form the vocabulary knows. */
    private static String singular(String word) {
        if (word.length() > 4 && word.endsWith("ies")) {
            return word.substring(0, word.length() - 3) + "y";
        }
        if (word.length() > 3 && word.endsWith("s") && !word.endsWith("ss") && !word.endsWith("us")) {
            String withoutS = word.substring(0, word.length() - 1);
            String withoutEs = word.endsWith("es") ? word.substring(0, word.length() - 2) : withoutS;
            if (!CANONICAL.containsKey(withoutS) && CANONICAL.containsKey(withoutEs)) {
                return withoutEs;
            }
            return withoutS;
        }
        return word;
    }
}
