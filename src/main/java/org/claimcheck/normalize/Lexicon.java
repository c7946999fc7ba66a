package org.claimcheck.normalize;

import java.math.BigDecimal;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The words the normalizer reads in every language that are not in a pack: the union of the packs' scale words, the
 * scale abbreviations written against a number ("$5.5bn", "10k") and the French elisions the tokenizer splits off.
 * Units, currencies and percent words are in {@code units.pack} and the language packs (see {@link Units}).
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

    /** Scale abbreviations written against the number: "$5.5bn", "€20m", "10k". */
    static final Map<String, BigDecimal> ATTACHED_SCALES = Map.of(
            "k", BigDecimal.valueOf(1_000L),
            "m", BigDecimal.valueOf(1_000_000L),
            "mn", BigDecimal.valueOf(1_000_000L),
            "mln", BigDecimal.valueOf(1_000_000L),
            "bn", BigDecimal.valueOf(1_000_000_000L),
            "b", BigDecimal.valueOf(1_000_000_000L),
            "tn", BigDecimal.valueOf(1_000_000_000_000L));

    /** Abbreviations that are scales even after a space: "5.5 bn", "20 mln". */
    static final Set<String> SPACED_SCALE_ABBREVIATIONS = Set.of("bn", "mn", "mln", "tn");

    /** French elisions the tokenizer splits off ("d'au moins", "l'an", "jusqu'à"), each written with "'". */
    static final Set<String> ELISIONS = Set.of("l", "d", "j", "m", "n", "s", "t", "c", "qu", "jusqu", "lorsqu", "puisqu",
            "quoiqu", "presqu");
}
