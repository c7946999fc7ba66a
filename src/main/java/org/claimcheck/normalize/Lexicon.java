package org.claimcheck.normalize;

import java.math.BigDecimal;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * What the normalizer reads before it knows a language, or in every language at once: the union of the packs' scale
 * words and the French elisions the tokenizer splits off; with the qualifier records. Units, currencies, scale letters
 * and percent words are in {@code units.pack} and the language packs (see {@link Units}).
 */
final class Lexicon {

    private Lexicon() {
    }

    /** A qualifier phrase and how it turns the stated number into an interval. */
    record QualifierPhrase(List<String> words, Bound bound) {
    }

    enum Bound {
        AROUND, BELOW, ABOVE, AT_LEAST, AT_MOST
    }

    // ---- numbers -------------------------------------------------------------------------------------

    /**
     * The scale words of every language pack: "billion" is 10^9 in English, "billón" 10^12 in Spanish. Each language
     * reads only its own pack's "[scales]"; this union is for the shapes that look for any scale after a number.
     */
    static final Map<String, BigDecimal> SCALES = allScales();

    private static Map<String, BigDecimal> allScales() {
        Map<String, BigDecimal> all = new HashMap<>();
        for (LanguagePack pack : LanguagePack.all()) {
            all.putAll(pack.numbers("scales"));
        }
        return Map.copyOf(all);
    }

    /** French elisions the tokenizer splits off ("d'au moins", "l'an", "jusqu'à"), each written with "'". */
    static final Set<String> ELISIONS = Set.of("l", "d", "j", "m", "n", "s", "t", "c", "qu", "jusqu", "lorsqu", "puisqu",
            "quoiqu", "presqu");
}
