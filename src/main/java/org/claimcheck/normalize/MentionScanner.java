package org.claimcheck.normalize;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Walks the tokens of a text once, left to right. At each token it tries a date, then skips what is a number
 * but not a value (times, phone numbers, identifiers, ordinals), then tries a quantity. Each attempt looks a
 * bounded number of tokens ahead, so the scan is linear in the text.
 */
final class MentionScanner {

    private static final Set<String> TIME_ZONES = Set.of("est", "edt", "cst", "cdt", "mst", "mdt", "pst", "pdt", "gmt",
            "utc", "bst", "cet", "cest", "kst", "jst", "msk", "ist", "et", "pt", "hrs");
    private static final Set<String> MERIDIEM = Set.of("am", "pm");

    private final TokenView tokens;
    private final DateMatcher dates;
    private final QuantityMatcher quantities;
    private final Set<String> ofWords;
    private final Set<String> placePrepositions;
    private final Set<String> articles;
    private final Set<String> nameLeads;
    private final Set<String> oneWords;
    private final Set<String> temperatureLetters;
    private final Units units;
    /** "magnitude", "categoría": a number after one is a value on a scale, not an identifier. */
    private final Set<String> scaleNames;
    private final Set<String> stormWords;
    private final Set<String> identifierLeads;
    private final Set<String> ordinalSuffixes;

    MentionScanner(List<Token> tokens, Language language, LocalDate reference) {
        this(tokens, language, reference, true);
    }

    /** @param gated whether dates are tried only at the words a date may start with (see {@link DateMatcher}) */
    MentionScanner(List<Token> tokens, Language language, LocalDate reference, boolean gated) {
        this.ofWords = LanguagePack.of(language).words("of-words");
        this.placePrepositions = LanguagePack.of(language).words("place-prepositions");
        this.articles = LanguagePack.of(language).words("articles");
        this.nameLeads = LanguagePack.of(language).words("name-leads");
        this.oneWords = LanguagePack.of(language).words("one-words");
        Set<String> temperatures = new java.util.HashSet<>(LanguagePack.of(language).words("temperature-letters"));
        temperatures.addAll(LanguagePack.of(language).words("temperature-units")); // "41ºC" is no ordinal "41º"
        this.temperatureLetters = Set.copyOf(temperatures);
        LanguagePack pack = LanguagePack.of(language);
        this.units = Units.of(language);
        this.scaleNames = pack.wordsReadAlso("scale-names");
        this.stormWords = pack.wordsReadAlso("storm-words");
        this.identifierLeads = pack.wordsReadAlso("identifier-leads");
        this.ordinalSuffixes = pack.wordsReadAlso("ordinal-suffixes");
        this.tokens = new TokenView(tokens);
        this.dates = new DateMatcher(this.tokens, language, reference, gated);
        this.quantities = new QuantityMatcher(this.tokens, language);
    }

    List<Mention> scan() {
        List<Mention> mentions = new ArrayList<>();
        int i = 0;
        while (i < tokens.size()) {
            Token token = tokens.get(i);
            if (token.type() == Token.Type.PUNCT && !token.text().equals("$") && !tokens.isMinusSign(i)) {
                i++;
                continue;
            }
            DateMatcher.Match date = dates.at(i);
            if (date != null) {
                mentions.add(mention(date.start(), date.end(), date.value(), date.relative()));
                i = date.end();
                continue;
            }
            int skipped = notAValue(i);
            if (skipped > i) {
                i = skipped;
                continue;
            }
            QuantityMatcher.Match quantity = quantities.at(i);
            NumericValue age = quantity == null ? null : ageAfterName(quantity);
            if (age != null) {
                mentions.add(mention(quantity.start(), quantity.end(), age, false));
                i = quantity.end();
                continue;
            }
            if (quantity != null && isCountWorthReporting(quantity)) {
                mentions.add(mention(quantity.start(), quantity.end(), quantity.value(), false));
                i = quantity.end();
                continue;
            }
            i++;
        }
        return mentions;
    }

    /** Ages people reach, in years: a bare number beyond this after a name is no age. */
    private static final int OLDEST = 119;
    private static final BigDecimal DAYS_PER_YEAR = new BigDecimal("365.25");

    /**
     * A person's age as news writes it after the name, with no word for years: "Luis Urzua, 54, was the last" and
     * "Luis Urzúa (54)". A whole number written in digits stands between a capitalized word and a comma, a period or
     * the end ("Name, 54,"), or alone in parentheses after a full name of two capitalized words or more that no
     * place preposition leads ("Luis Urzúa (54)", from 10 up), since "en Juchitán (37)" counts the dead of a town
     * and "(3)" is more often a footnote. It is a duration in years, as "54 years old" is.
     */
    private NumericValue ageAfterName(QuantityMatcher.Match match) {
        NumericValue value = match.value();
        int at = match.start();
        Token number = tokens.get(at);
        if (value.kind() != ValueKind.COUNT || value.qualifier() != Qualifier.EXACT || match.end() != at + 1
                || !number.isNumber() || !number.text().chars().allMatch(Character::isDigit)) {
            return null;
        }
        int years = value.min().intValue();
        Token name = tokens.get(at - 2);
        if (name == null || !name.isWord() || !name.capitalized() || years < 1 || years > OLDEST) {
            return null;
        }
        Token after = tokens.get(at + 1);
        boolean commaForm = tokens.isPunct(at - 1, ",")
                && (after == null || after.text().equals(",") || after.text().equals(".") || after.text().equals(";"));
        boolean bracketForm = tokens.isPunct(at - 1, "(") && tokens.isPunct(at + 1, ")") && years >= 10
                && fullNameBefore(at - 1);
        if (!commaForm && !bracketForm) {
            return null;
        }
        BigDecimal days = DAYS_PER_YEAR.multiply(BigDecimal.valueOf(years));
        return new NumericValue(ValueKind.DURATION, days, days, "day", Qualifier.EXACT);
    }

    /**
     * Two capitalized words or more end right before {@code end}, none an article ("The Lakers" is no one's name),
     * and no place preposition leads them.
     */
    private boolean fullNameBefore(int end) {
        int k = end - 1;
        while (k >= 0 && tokens.get(k).isWord() && tokens.get(k).capitalized() && !tokens.isAny(k, articles)) {
            k--;
        }
        return end - 1 - k >= 2 && !tokens.isAny(k, placePrepositions);
    }

    private Mention mention(int startToken, int endToken, Value value, boolean relative) {
        return new Mention(tokens.get(startToken).start(), tokens.get(endToken - 1).end(), value, relative);
    }

    /**
     * A bare number that names rather than counts: a lone small numeral, a year used as a name ("Vision 2030")
     * or one with no noun after it. A four-digit year-like count needs a plural noun ("2000 soldiers").
     */
    private boolean isCountWorthReporting(QuantityMatcher.Match match) {
        NumericValue value = match.value();
        if (value.kind() != ValueKind.COUNT || value.qualifier() != Qualifier.EXACT || match.end() != match.start() + 1) {
            return true;
        }
        Token number = tokens.get(match.start());
        if (!number.isNumber() || tokens.isAny(match.start() - 1, scaleNames)) {
            return true; // "magnitude 7", "categoría 4"
        }
        String digits = number.text();
        Token next = tokens.get(match.end());
        boolean nounFollows = next != null && next.isWord();
        if (value.min().compareTo(java.math.BigDecimal.TEN) < 0 && value.min().stripTrailingZeros().scale() <= 0 && !nounFollows) {
            return false; // a lone small numeral ("(1", "3-2") is a marker or a score, not a figure to check
        }
        boolean yearLike = digits.length() == 4 && digits.chars().allMatch(Character::isDigit)
                && value.min().intValue() >= 1000 && value.min().intValue() <= 2199;
        if (!yearLike) {
            return true;
        }
        return next != null && next.isWord() && !next.capitalized() && next.lower().endsWith("s") && next.lower().length() > 2;
    }

    /** If a non-value starts at token i, the index after it; else i. */
    private int notAValue(int i) {
        Token token = tokens.get(i);
        if (!token.isNumber()) {
            return i;
        }
        int end;
        if ((end = timeOfDay(i)) > i || (end = phoneNumber(i)) > i || (end = slashed(i)) > i) {
            return end;
        }
        Token previous = tokens.get(i - 1);
        Token next = tokens.get(i + 1);
        if (token.lineStart() && next != null && next.attached() && (next.text().equals(".") || next.text().equals(")"))
                && tokens.get(i + 2) != null && tokens.get(i + 2).isWord()) {
            return i + 2; // "1. Putin visits ..." numbers a list
        }
        if (previous != null && token.attached() && (previous.isWord() || previous.text().equals("+") || previous.text().equals("#"))
                && !previous.lower().endsWith("'") && !gluedAfterWord(i)) {
            return identifierEnd(i); // "MH17", "G7"; not "d'1" nor "hubo337 réplicas"
        }
        if (previous != null && token.attached() && tokens.isDash(i - 1) && tokens.attached(i - 1)
                && tokens.get(i - 2) != null && tokens.get(i - 2).isWord()
                && !scaleNames.contains(tokens.get(i - 2).lower())) {
            return identifierEnd(i); // "COVID-19", "F-16", "luego-de-25-anos" in a URL; not "magnitude-6.1"
        }
        if (previous != null && previous.isWord() && identifierLeads.contains(previous.lower()) && !stormCategory(i)) {
            return i + 1; // "page 12", "Article 5"; not "a Category 4 storm"
        }
        if (previous != null && previous.isWord() && !token.attached()
                && (nameLeads.contains(previous.lower()) && !tokens.isAny(i - 2, oneWords) && !unitAfter(i)
                        || NameWords.BRAND_LEADS.contains(previous.lower()) && NameWords.written(previous))) {
            // a name lead after "a" is a common noun ("three years in a row 21 people died"), and a unit makes a measure
            // of what precedes ("tras su salida 12 horas después")
            return nameEnd(i + 1); // "Boeing 737", "Row 21", "Interstate 95", "Apollo 11"; not "737 passengers"
        }
        if (next != null && !next.attached() && next.isWord() && NameWords.NAME_TAILS.contains(next.lower()) && NameWords.written(next)) {
            return nameEnd(i + 1); // "the 11 Pro"
        }
        if (next != null && next.attached() && tokens.isDash(i + 1) && token.text().length() <= 2 && tokens.get(i + 2) != null
                && tokens.get(i + 2).attached() && tokens.get(i + 2).isWord() && tokens.get(i + 2).text().length() == 1
                && Character.isUpperCase(tokens.get(i + 2).text().charAt(0))
                && (tokens.get(i + 3) == null || !tokens.get(i + 3).attached() || !tokens.get(i + 3).isWord())) {
            return i + 3; // "el 11-S", "el 15-M", "el 1-O": an event named by its day
        }
        if (previous != null && previous.text().equals(".") && tokens.get(i - 2) != null
                && identifierLeads.contains(tokens.get(i - 2).lower())) {
            return i + 1; // "No. 10", "p. 12", "Art. 5"
        }
        if (next != null && next.attached() && next.isWord() && !knownSuffix(next.lower()) && !gluedBeforeWord(i)) {
            return i + 2; // "15th", "5G", "3D"
        }
        return i;
    }

    /**
     * "357people": a number run into a following lower-case word of four letters or more, a missing space rather than
     * an ordinal ("15th", "2ème"), a model ("5G") or a unit.
     */
    private boolean gluedBeforeWord(int i) {
        Token next = tokens.get(i + 1);
        String word = next.text();
        if (word.length() < 4 || ordinalSuffixes.contains(next.lower()) || !word.equals(next.lower())) {
            return false;
        }
        Token after = tokens.get(i + 2);
        return after == null || !after.attached() || after.type() == Token.Type.PUNCT && !tokens.isDash(i + 2);
    }

    /**
     * "hubo337 réplicas": a number run onto a preceding lower-case word of three letters or more, with a space and a
     * word after it; not an identifier ("MH17", "covid19", "mp3"), which is upper case, short or a known stem.
     */
    private boolean gluedAfterWord(int i) {
        Token previous = tokens.get(i - 1);
        Token next = tokens.get(i + 1);
        String word = previous.text();
        return word.length() >= 3 && word.equals(previous.lower()) && !IDENTIFIER_STEMS.contains(previous.lower())
                && tokens.get(i).text().length() >= 2 && next != null && next.isWord() && !next.attached()
                && (tokens.get(i - 2) == null || !tokens.get(i - 2).attached() || tokens.get(i - 2).type() == Token.Type.PUNCT);
    }

    private static final Set<String> IDENTIFIER_STEMS = Set.of("covid", "web", "utf", "mp", "sars", "cov", "ipv", "iso",
            "win", "ios", "usb", "iphone", "pixel", "galaxy", "windows", "office", "vision", "agenda", "euro", "copa", "expo",
            "cop", "top", "ncov", "sha", "md", "http", "https", "www", "ftp", "html", "php", "java", "python", "figure");

    /** "a Category 4 storm", "became a Category 5 hurricane": a storm's category is a value. */
    private boolean stormCategory(int i) {
        Token lead = tokens.get(i - 1);
        if (lead == null || !scaleNames.contains(lead.lower())) {
            return false;
        }
        if (tokens.isAny(i + 1, stormWords)) {
            return true;
        }
        for (int k = i - 2; k >= Math.max(0, i - 8); k--) {
            if (tokens.isAny(k, stormWords)) {
                return true;
            }
        }
        return false;
    }

    private boolean knownSuffix(String word) {
        return Units.ATTACHED_SCALES.containsKey(word) || units.isUnit(word) || word.equals("s")
                || temperatureLetters.contains(word);
    }

    /** Is a unit or a percent sign right after the number at i? */
    private boolean unitAfter(int i) {
        Token next = tokens.get(i + 1);
        return next != null && (next.text().equals("%") || next.isWord() && units.isUnit(next.lower()));
    }

    /** The index after a name's number: what is written against it ("737-800") and the tails after it ("11 Pro Max"). */
    private int nameEnd(int k) {
        while (tokens.get(k) != null && tokens.get(k).attached() && tokens.get(k + 1) != null && tokens.get(k + 1).attached()
                && (tokens.isDash(k) || tokens.get(k).type() != Token.Type.PUNCT)) {
            k++;
        }
        if (tokens.get(k) != null && tokens.get(k).attached() && tokens.get(k).type() != Token.Type.PUNCT) {
            k++;
        }
        boolean tail = false;
        while (tokens.get(k) != null && tokens.get(k).isWord() && NameWords.NAME_TAILS.contains(tokens.get(k).lower())
                && NameWords.written(tokens.get(k))) {
            k++;
            tail = true;
        }
        if (tail && tokens.isNumber(k) && !tokens.attached(k) && !(tokens.get(k + 1) != null && tokens.get(k + 1).isWord())) {
            k++; // "737 MAX 9": the model's own number; not "11 Pro 2 people"
        }
        return k;
    }

    private int identifierEnd(int i) {
        int k = i + 1;
        while (tokens.get(k) != null && tokens.get(k).attached() && tokens.get(k).type() != Token.Type.PUNCT) {
            k++;
        }
        return k;
    }

    /** "08:02:50 am", "6:33 AM EST", "10 a.m.": clock times are when the page was written, not claims. */
    private int timeOfDay(int i) {
        int k = i + 1;
        boolean clock = false;
        while (tokens.isPunct(k, ":") && tokens.attached(k) && tokens.isNumber(k + 1) && tokens.attached(k + 1)) {
            k += 2;
            clock = true;
        }
        int meridiem = meridiemEnd(k);
        if (!clock && meridiem == k) {
            return i;
        }
        k = meridiem;
        if (tokens.get(k) != null && tokens.get(k).isWord() && TIME_ZONES.contains(tokens.get(k).lower())) {
            k++;
        }
        return k;
    }

    private int meridiemEnd(int k) {
        if (tokens.isAny(k, MERIDIEM)) {
            return k + 1;
        }
        // "a.m." / "p.m."
        if ((tokens.is(k, "a") || tokens.is(k, "p")) && tokens.isPunct(k + 1, ".") && tokens.is(k + 2, "m")) {
            return tokens.isPunct(k + 3, ".") ? k + 4 : k + 3;
        }
        return k;
    }

    /** "+34 91 123 45 67", "(212) 555-1234", "555-1234": digits grouped the way phone numbers are. */
    private int phoneNumber(int i) {
        boolean plus = tokens.isPunct(i - 1, "+");
        int k = i;
        int groups = 0;
        int lastEnd = i;
        while (tokens.isNumber(k) && isDigitGroup(tokens.get(k).text())) {
            groups++;
            lastEnd = k + 1;
            int next = k + 1;
            if (tokens.isDash(next) || tokens.isPunct(next, ")")) {
                next++;
            }
            if (!tokens.isNumber(next) || tokens.get(next).start() - tokens.get(k).end() > 3) {
                break;
            }
            k = next;
        }
        boolean dashedLocal = groups == 2 && tokens.get(i).text().length() == 3 && tokens.isDash(i + 1)
                && tokens.get(i + 2) != null && tokens.get(i + 2).text().length() == 4;
        if (plus && groups >= 2 || groups >= 3 || dashedLocal) {
            return lastEnd;
        }
        return i;
    }

    private static boolean isDigitGroup(String text) {
        if (text.length() < 2 || text.length() > 4) {
            return false;
        }
        for (int i = 0; i < text.length(); i++) {
            if (text.charAt(i) < '0' || text.charAt(i) > '9') {
                return false;
            }
        }
        return true;
    }

    /** "1/4", "2/3": one digit over one digit, the top smaller, a fraction even with nothing after it ("24/7" is not). */
    private boolean smallFraction(int i) {
        String top = tokens.get(i).text();
        String bottom = tokens.get(i + 2).text();
        return top.length() == 1 && bottom.length() == 1 && Character.isDigit(top.charAt(0))
                && Character.isDigit(bottom.charAt(0)) && top.charAt(0) > '0' && top.charAt(0) < bottom.charAt(0);
    }

    /** The text ends at k, or a comma, stop, semicolon, colon or closing bracket is there. */
    private boolean endsClause(int k) {
        Token token = tokens.get(k);
        if (token == null) {
            return true;
        }
        String mark = token.text();
        return token.type() == Token.Type.PUNCT && (mark.equals(",") || mark.equals(".") || mark.equals(";")
                || mark.equals(":") || mark.equals(")") || mark.equals("!") || mark.equals("?"));
    }

    /** "05/17/2024", "24/7": numeric dates and ratios are too ambiguous to normalize. */
    private int slashed(int i) {
        int k = i;
        boolean any = false;
        while (tokens.isPunct(k + 1, "/") && tokens.attached(k + 1) && tokens.isNumber(k + 2) && tokens.attached(k + 2)) {
            k += 2;
            any = true;
        }
        if (any && k == i + 2 && (tokens.isAny(k + 1, ofWords) || endsClause(k + 1) && smallFraction(i))
                && !tokens.isPunct(i - 1, "/") && !tokens.isDash(i - 1)) {
            return i; // "3/4 of the voters", "a ratio of 1/4.": a fraction, read by the number reader
        }
        return any ? k + 1 : i;
    }
}
