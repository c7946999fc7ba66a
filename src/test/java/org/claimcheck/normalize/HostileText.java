package org.claimcheck.normalize;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeSet;

import org.quicktheories.api.Pair;
import org.quicktheories.core.Gen;
import org.quicktheories.generators.Generate;
import org.quicktheories.generators.SourceDSL;

/**
 * QuickTheories generators of text for the property tests: arbitrary Unicode, biased towards what the normalizer
 * and the extractor react to. Pieces are drawn from the normalizer's own vocabulary (scale, month, weekday, unit,
 * currency, qualifier and vague-quantity words of every language, read from {@link Units} and the language packs, so
 * the bias follows the lexicon as it grows), from numbers and separators, and from the Unicode that breaks naive code: surrogate
 * pairs and unpaired halves, combining marks, bidirectional marks, control characters, other digits, and letters
 * whose case mapping changes the string's length. Arbitrary code points are mixed in throughout.
 */
public final class HostileText {

    /** The seed of every property test: a failure found once is found again on every run. */
    public static final long SEED = 20240619L;

    private static final List<String> NUMBERS = List.of(
            "0", "1", "2", "3", "7", "9", "10", "12", "19", "24", "31", "100", "999", "1000", "1,000", "3,000", "11,000",
            "12.000", "1.5", "2,5", "0.5", ".5", "1,250,000", "1.250.000", "1.125", "10,5", "2024", "1999", "2199", "1000",
            "9,999,999,999,999,999,999,999", "1e999999", "1E-5", "10^9", "99999999999999999999999999999999999999999",
            "007", "1st", "2nd", "23rd", "4th", "19º", "1/2", "3/4", "½", "¼", "3-4", "10-12", "1990s", "2024-06-19",
            "19/06/2024", "-5", "+7", "5k", "20m", "5.5bn", "3bn", "10x");

    private static final List<String> WORDS = List.of(
            "one", "two", "three", "ten", "twenty", "twenty-one", "ninety-nine", "hundred", "a", "an", "half", "quarter",
            "three quarters of", "a quarter of a century", "half a", "medio", "un cuarto de", "uno", "una", "tres",
            "veinte", "veintiún", "cien", "ciento", "quinientos", "and", "y", "or", "o", "to", "a", "between", "entre",
            "from", "de", "del", "of", "the", "el", "la", "los", "las", "than", "que", "per", "por", "cent", "ciento",
            "ago", "hace", "last", "next", "pasado", "próximo", "que viene", "year", "month", "week", "año", "mes",
            "semana", "yesterday", "today", "tomorrow", "ayer", "hoy", "mañana", "early", "mid", "mid-", "late",
            "principios de", "finales de", "mediados de", "since", "until", "desde", "hasta", "in", "on", "by", "en",
            "soldiers", "soldados", "troops", "people", "personas", "killed", "muertos", "displaced", "said", "dijo",
            "according to", "según", "will", "could", "expected", "Reuters", "EFE", "SEOUL", "PYONGYANG", "(Reuters) -",
            "Mr.", "Dr.", "U.S.", "EE.UU.", "No.", "page", "article", "km", "km2", "sq", "square", "miles", "mi",
            "metres", "meters", "m", "kg", "tonnes", "tons", "lb", "litres", "l", "hectares", "ha", "°C", "years",
            "days", "hours", "minutes", "decades", "centuries", "años", "días", "horas", "décadas");

    private static final List<String> SEPARATORS = List.of(
            " ", " ", " ", " ", "  ", ",", ".", "'", "’", "-", "–", "—", "/", ":", ";", "\u00A0", "\u202F", "\u2009",
            "\n", "\n\n", "\r\n", "\r", "\t", ". ", ", ", "? ", "! ", "… ", "(", ")", "[", "]", "\"", "“", "”", "«", "»",
            "¿", "¡", "*", "#", "&", "_", "=", "<p>", "</p>", "<br>", "&nbsp;", "&#x2F;");

    private static final List<String> UNICODE = List.of(
            "\uD83D\uDE00", "\uD835\uDFD7", "\uD835\uDC00", "\uD801\uDC00", "\uD83C\uDDEA\uD83C\uDDF8",
            "\uD800", "\uDBFF", "\uDC00", "\uDFFF", "\uDE00\uD83D",
            "\u0301", "\u0308", "\u0336", "\u20DD", "\u0903", "e\u0301", "1\u0301", "n\u0303",
            "\u200F", "\u200E", "\u202E", "\u202D", "\u202C", "\u2066", "\u2067", "\u2068", "\u2069", "\u061C",
            "\u200D", "\u200B", "\u2060", "\uFEFF", "\uFFFD", "\uFFFF", "\uFFFE",
            "\u0000", "\u0001", "\u0007", "\u0008", "\u000B", "\u000C", "\u001B", "\u001F", "\u007F", "\u0085", "\u009B",
            "\u2028", "\u2029", "\u3000",
            "\uFF13\uFF0C\uFF10\uFF10\uFF10", "\u0663\u0660\u0660", "\u0967\u0968", "\u2167", "\u216B", "²", "³", "⁵",
            "①", "\u0660\u066B\u0665", "\u066C",
            "İ", "ı", "ß", "ẞ", "ﬁ", "ﬀ", "\uFDFA", "Σ", "ς", "ǅ", "Ω", "K");

    private static final List<String> LEXICON = lexicon();

    private HostileText() {
    }

    /** Texts of up to about 60 pieces, mostly interesting ones. */
    public static Gen<String> texts() {
        return SourceDSL.lists().of(piece()).ofSizeBetween(0, 60).map(HostileText::join).describedAs(HostileText::escaped);
    }

    /** Runs of digits and separators: "1,2.3 4'567...", the shapes a number reader has to decide on. */
    public static Gen<String> numberRuns() {
        Gen<String> digitOrSeparator = Generate.pick(List.of("0", "1", "2", "5", "9", "9", "9", ",", ".", "'", " ", "\u00A0",
                "-", "$", "%", "€", "e", "E", "k", "m", "\u0301", "\uD83D"));
        return SourceDSL.lists().of(digitOrSeparator).ofSizeBetween(1, 120).map(HostileText::join)
                .describedAs(HostileText::escaped);
    }

    /** Words, numbers and marks with spaces between them and sentence ends: claims with subjects and attributions. */
    public static Gen<String> prose() {
        Gen<String> word = Generate.frequency(
                Pair.of(4, Generate.pick(NUMBERS)),
                Pair.of(4, Generate.pick(LEXICON)),
                Pair.of(6, Generate.pick(WORDS)),
                Pair.of(1, Generate.pick(UNICODE)),
                Pair.of(1, Generate.pick(List.of(".", ",", "?", "\n", ". The", ". El", "\", said", "”, dijo"))));
        return SourceDSL.lists().of(word).ofSizeBetween(1, 50).map(words -> String.join(" ", words))
                .describedAs(HostileText::escaped);
    }

    /**
     * A text repeated past the lengths where the code changes gear: sentences are cut at 1,000 and 2,000 chars,
     * the normalizer scans 20,000 chars at a time.
     */
    public static Gen<String> longTexts() {
        Gen<String> base = Generate.frequency(Pair.of(1, texts()), Pair.of(1, prose()), Pair.of(1, numberRuns()));
        return base.zip(Generate.range(2_000, 45_000), (text, length) -> text.isEmpty() ? text
                : text.repeat(length / text.length() + 1).substring(0, length)).describedAs(HostileText::escaped);
    }

    /** Any of the above, mostly short. */
    public static Gen<String> anyText() {
        return Generate.frequency(Pair.of(6, texts()), Pair.of(6, prose()), Pair.of(2, numberRuns()), Pair.of(1, longTexts()))
                .describedAs(HostileText::escaped);
    }

    /** A publication or reference day as the service passes them on: 0001-01-01 to 9998-12-31, or none. */
    public static Gen<LocalDate> referenceDays() {
        Gen<LocalDate> any = Generate.longRange(LocalDate.of(1, 1, 1).toEpochDay(), LocalDate.of(9998, 12, 31).toEpochDay())
                .map(LocalDate::ofEpochDay);
        Gen<LocalDate> recent = Generate.longRange(LocalDate.of(1990, 1, 1).toEpochDay(), LocalDate.of(2030, 12, 31).toEpochDay())
                .map(LocalDate::ofEpochDay);
        return Generate.frequency(Pair.of(1, Generate.constant((LocalDate) null)), Pair.of(1, any), Pair.of(3, recent));
    }

    /** Shows a text with everything but printable ASCII escaped, so that a failing example can be pasted into Java. */
    public static String escaped(String text) {
        StringBuilder shown = new StringBuilder("\"");
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c >= 0x20 && c < 0x7f && c != '"' && c != '\\') {
                shown.append(c);
            } else {
                shown.append(String.format("\\u%04X", (int) c));
            }
        }
        return shown.append("\" (").append(text.length()).append(" chars)").toString();
    }

    private static Gen<String> piece() {
        return Generate.frequency(
                Pair.of(4, Generate.pick(NUMBERS)),
                Pair.of(4, Generate.pick(LEXICON)),
                Pair.of(3, Generate.pick(WORDS)),
                Pair.of(6, Generate.pick(SEPARATORS)),
                Pair.of(2, Generate.pick(UNICODE)),
                Pair.of(1, codePoint(0, 0x10FFFF)),
                Pair.of(1, codePoint(0, 0x2FFF)),
                Pair.of(1, codePoint(0xD700, 0xE000)));
    }

    /** One code point of the range; one in the surrogate block is an unpaired surrogate. */
    private static Gen<String> codePoint(int first, int last) {
        return Generate.range(first, last).map(cp -> new String(Character.toChars(cp)));
    }

    private static String join(List<String> pieces) {
        return String.join("", pieces);
    }

    /** Every word the normalizer looks up, in a fixed order (the maps are hashed), in the case it is written. */
    private static List<String> lexicon() {
        TreeSet<String> words = new TreeSet<>();
        words.addAll(Lexicon.SCALES.keySet());
        words.addAll(Units.ATTACHED_SCALES.keySet());
        words.addAll(Units.CURRENCY_SYMBOLS.keySet());
        words.addAll(Units.CURRENCY_CODES);
        words.addAll(Units.SYMBOLS.keySet());
        words.addAll(Units.sections().getOrDefault("unit-names", Map.of()).keySet());
        Lexicon.ELISIONS.forEach(elision -> words.add(elision + "'"));
        for (LanguagePack pack : LanguagePack.all()) {
            for (String section : List.of("small-numbers", "tens", "hundreds", "hundred-words", "thousand-words", "weekdays",
                    "year-leads", "unit-names", "currency-words", "currency-phrases", "percent-words", "scale-names", "storm-words",
                    "change-words",
                    "around-before", "below-before", "above-before", "at-least-before", "at-most-before", "elapsed-units")) {
                words.addAll(pack.words(section));
            }
            String of = pack.phrases("of-words").isEmpty() ? "of" : pack.phrases("of-words").get(0).words().get(0);
            pack.words("vague").forEach(vague -> words.add(vague + " " + of));
        }
        List<String> all = new ArrayList<>(words);
        TreeSet<String> months = new TreeSet<>();
        LanguagePack.all().forEach(pack -> months.addAll(pack.words("months")));
        for (String month : months) {
            all.add(month);
            all.add(month.substring(0, 1).toUpperCase(Locale.ROOT) + month.substring(1)); // "May" is a month, "may" a verb
        }
        return List.copyOf(all);
    }
}
