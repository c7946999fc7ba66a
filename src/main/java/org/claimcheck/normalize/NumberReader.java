package org.claimcheck.normalize;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Reads one number at a token position: digits in the language's notation, number words, fractions of a unit
 * ("a quarter of a", "half a", "medio") or a vague quantity ("dozens of").
 */
final class NumberReader {

    /**
     * A number read from tokens [start, end).
     *
     * @param min,max   equal for a definite number; the interval of a vague quantity otherwise
     * @param needsUnit true for "a", "one", "half a": a value only when a scale or unit follows
     * @param digits    written in digits (not words)
     * @param vague     a vague quantity ("dozens of")
     */
    record Read(int end, BigDecimal min, BigDecimal max, boolean needsUnit, boolean digits, boolean vague, int bareEnd) {

        Read(int end, BigDecimal min, BigDecimal max, boolean needsUnit, boolean digits, boolean vague) {
            this(end, min, max, needsUnit, digits, vague, -1);
        }

        /** The same number with the sign turned: "minus five", "-5". */
        Read negated(int newEnd) {
            return new Read(newEnd, max.negate(), min.negate(), needsUnit, digits, vague, bareEnd);
        }

        BigDecimal value() {
            return min;
        }

        /** A four-digit number that could be a year: 1000 to 2199 written without separators. */
        boolean yearLike(TokenView tokens, int start) {
            Token token = tokens.get(start);
            return digits && end == start + 1 && token.text().length() == 4 && token.text().chars().allMatch(Character::isDigit)
                    && min.intValue() >= 1000 && min.intValue() <= 2199;
        }
    }

    private static final BigDecimal HALF = new BigDecimal("0.5");

    private final TokenView tokens;
    private final Map<String, Integer> small;
    private final Map<String, Integer> tens;
    private final Map<String, Integer> hundreds;
    private final Set<String> hundredWords;
    private final Set<String> thousandWords;
    private final Set<String> dozenWords;
    private final Set<String> ordinalWords;
    private final Set<String> ordinalEndings;
    private final Map<String, BigDecimal> scales;
    private final Set<String> ones;
    /** Hyphenated compounds that may multiply ("quatre-vingt-dix") rather than plain sums ("twenty-five"). */
    private final boolean compound;
    private final boolean spaceGroups;
    private final String tensJoin;
    private final String hundredJoin;
    private final boolean bareThousand;
    private final String hundredAlone;
    private final String teenBase;
    private final String and;
    private final Set<String> afterAnd;
    private final Map<String, BigDecimal> multipliedTens;
    private final Set<String> of;
    /** Vague quantities that need no of-word after them ("several hundred people"). */
    private final Set<String> withoutOf;
    private final LanguagePack pack;
    private final Map<String, BigDecimal> denominators;
    private final Set<String> pluralDenominators;
    private final Set<String> decimalWords;
    private final Set<String> minusWords;
    private final Set<String> scaleWords;

    NumberReader(TokenView tokens, Language language) {
        this.tokens = tokens;
        this.pack = LanguagePack.of(language);
        this.denominators = pack.numbers("denominators");
        this.pluralDenominators = pack.words("plural-denominators");
        this.decimalWords = pack.words("decimal-words");
        this.minusWords = pack.words("minus-words");
        this.scales = pack.numbers("scales");
        this.scaleWords = scales.keySet();
        this.small = pack.integers("small-numbers");
        this.tens = pack.integers("tens");
        this.hundreds = pack.integers("hundreds");
        this.hundredWords = pack.words("hundred-words");
        this.thousandWords = pack.words("thousand-words");
        this.dozenWords = pack.words("dozen-words");
        this.ordinalWords = pack.words("ordinals");
        this.ordinalEndings = pack.words("ordinal-word-endings");
        this.ones = pack.words("one-words");
        this.of = pack.words("of-words");
        this.withoutOf = pack.words("vague-without-of");
        this.compound = pack.setting("number-words", "style", "additive").equals("compound");
        this.spaceGroups = pack.setting("digits", "space-groups", "no").equals("yes");
        this.tensJoin = pack.setting("number-words", "tens-join", "");
        this.hundredJoin = pack.setting("number-words", "hundred-join", "");
        this.bareThousand = pack.setting("number-words", "bare-thousand", "no").equals("yes");
        this.hundredAlone = pack.setting("number-words", "hundred-alone", "");
        this.teenBase = pack.setting("number-words", "teen-base", "");
        this.and = pack.setting("number-words", "and", "");
        this.afterAnd = pack.words("after-and");
        this.multipliedTens = pack.numbers("multiplied-tens");
    }

    /** Number words from i, read the way the language combines them. */
    private Read numberWords(int i) {
        Read read = compound ? compoundWords(i) : words(i);
        int dash = read == null ? -1 : read.end();
        if (dash > 0 && tokens.isDash(dash) && tokens.attached(dash) && tokens.attached(dash + 1) && isOrdinalWord(dash + 1)
                && read.min().compareTo(BigDecimal.valueOf(20)) >= 0) {
            return null; // "twenty-first", "vingt-deuxième": an ordinal, no count ("one-third" is a fraction)
        }
        return read;
    }

    /** An ordinal word of the pack ("first", "ninth", "[ordinals]") or one with an ordinal ending ("deuxième"). */
    private boolean isOrdinalWord(int k) {
        Token token = tokens.get(k);
        if (token == null || !token.isWord()) {
            return false;
        }
        String word = token.lower();
        if (ordinalWords.contains(word)) {
            return true;
        }
        for (String ending : ordinalEndings) {
            if (word.endsWith(ending)) {
                return true;
            }
        }
        return false;
    }

    /** Could a number start at token i: digits, or a word the language counts with? Cheaper than {@link #read}. */
    boolean mayStart(int i) {
        Token token = tokens.get(i);
        if (token == null) {
            return false;
        }
        if (token.isNumber()) {
            return true;
        }
        String word = token.lower();
        return small.containsKey(word) || tens.containsKey(word) || ones.contains(word) || hundreds.containsKey(word)
                || dozenWords.contains(word);
    }

    /** The number starting at token i, or null. */
    Read read(int i) {
        Token token = tokens.get(i);
        if (token == null) {
            return null;
        }
        if (tokens.isMinusSign(i) || token.isWord() && minusWords.contains(token.lower()) && !tokens.isDash(i + 1)) {
            Read unsigned = unsigned(i + 1);
            return unsigned == null || unsigned.vague() || unsigned.needsUnit() || !token.isWord() && !unsigned.digits()
                    ? null : unsigned.negated(unsigned.end());
        }
        return unsigned(i);
    }

    private Read unsigned(int i) {
        Token token = tokens.get(i);
        if (token == null) {
            return null;
        }
        if (token.isNumber()) {
            Read slashed = digitFraction(i);
            if (slashed != null) {
                return slashed;
            }
            if (spaceGroups) {
                Read grouped = spaceGrouped(i);
                if (grouped != null) {
                    return grouped;
                }
            }
            BigDecimal value = parseDigits(token.text(), pack);
            return value == null ? null : withHalf(new Read(i + 1, value, value, false, true, false));
        }
        if (!token.isWord()) {
            return null;
        }
        Read fraction = fraction(i);
        if (fraction != null) {
            return fraction;
        }
        Read vagueQuantity = vagueAt(i);
        if (vagueQuantity != null) {
            return vagueQuantity;
        }
        Read words = numberWords(i);
        if (words == null) {
            return null;
        }
        Read parts = wordFraction(i, words);
        if (parts != null) {
            return parts;
        }
        return withHalf(withDecimalWords(words));
    }

    /**
     * "two thirds", "a quarter of", "one-fifth of", "dos tercios", "un tercio de", "trois quarts", "un tiers de": a
     * number word, then a denominator. A singular denominator ("a third", "un cuarto") is a fraction only before "of"
     * ("a third term" is an ordinal, "un cuarto" a room); a plural one listed as such stands alone. With nothing
     * after it to take the fraction, the fraction itself is the value ({@link Read#bareEnd}).
     */
    private Read wordFraction(int i, Read numerator) {
        int k = numerator.end();
        if (tokens.isDash(k) && tokens.attached(k) && tokens.attached(k + 1)) {
            k++;
        }
        BigDecimal divisor = denominators.get(lower(k));
        if (divisor == null || numerator.value().signum() <= 0 || numerator.value().compareTo(divisor) >= 0
                || numerator.value().stripTrailingZeros().scale() > 0) {
            return null;
        }
        int bare = k + 1;
        int end = bare;
        if (tokens.isAny(end, of)) {
            end++;
            if (tokens.isAny(end, pack.words("articles-after-of"))) {
                end++;
            }
        } else if (!closesPhrase(bare) && (!pluralDenominators.contains(lower(k)) || numerator.needsUnit())) {
            return null; // "a third term", "un cuarto oscuro", "tres cuartos amplios"; "one third." and "un tiers" stand alone
        }
        BigDecimal value = numerator.value().divide(divisor, 12, java.math.RoundingMode.HALF_UP);
        return new Read(end, value, value, true, false, false, bare);
    }

    private static final List<String> QUALIFIER_SECTIONS = List.of("at-least-before", "at-most-before", "around-before",
            "below-before", "above-before");

    /** Does a qualifier of the language ("more than", "más de", "près de") end right before token i? */
    private boolean qualifierEndsAt(int i) {
        for (String section : QUALIFIER_SECTIONS) {
            for (LanguagePack.Phrase phrase : pack.phrases(section)) {
                int start = i - phrase.words().size();
                if (start >= 0 && tokens.phrase(start, phrase.words()) == i) {
                    return true;
                }
            }
        }
        return false;
    }

    /**
     * Nothing after k takes a fraction: the text ends, or a comma, stop, semicolon, colon or closing bracket follows
     * ("cut by a third.", "un tiers", "tres cuartos,").
     */
    private boolean closesPhrase(int k) {
        Token token = tokens.get(k);
        if (token == null) {
            return true;
        }
        if (token.type() != Token.Type.PUNCT) {
            return false;
        }
        String mark = token.text();
        return mark.equals(",") || mark.equals(".") || mark.equals(";") || mark.equals(":") || mark.equals(")")
                || mark.equals("!") || mark.equals("?");
    }

    /** "3/4 of the votes", "2/3 de los escaños": a fraction in digits before "of", or standing alone ("1/4."). */
    private Read digitFraction(int i) {
        boolean alone = closesPhrase(i + 3) && !tokens.isPunct(i - 1, "/") && !tokens.isDash(i - 1)
                && tokens.get(i).text().length() == 1 && tokens.isNumber(i + 2) && tokens.get(i + 2).text().length() == 1;
        if (!tokens.isPunct(i + 1, "/") || !tokens.attached(i + 1) || !tokens.isNumber(i + 2) || !tokens.attached(i + 2)
                || !(tokens.isAny(i + 3, of) || alone) || tokens.isPunct(i + 3, "/")) {
            return null;
        }
        String top = tokens.get(i).text();
        String bottom = tokens.get(i + 2).text();
        if (top.length() > 2 || bottom.length() > 2 || !allDigits(top) || !allDigits(bottom)) {
            return null;
        }
        int numerator = Integer.parseInt(top);
        int denominator = Integer.parseInt(bottom);
        if (numerator < 1 || denominator < 2 || numerator >= denominator) {
            return null;
        }
        BigDecimal value = BigDecimal.valueOf(numerator).divide(BigDecimal.valueOf(denominator), 12, java.math.RoundingMode.HALF_UP);
        if (!tokens.isAny(i + 3, of)) {
            return new Read(i + 3, value, value, true, true, false, i + 3);
        }
        int end = i + 4;
        if (tokens.isAny(end, pack.words("articles-after-of"))) {
            end++;
        }
        return new Read(end, value, value, true, true, false, i + 3);
    }

    /**
     * "five point five", "cuarenta y siete coma veintiocho", "trois virgule deux": the words after the decimal word
     * are its digits, read one by one ("point two five") or as one number ("coma veintiocho").
     */
    private Read withDecimalWords(Read read) {
        int k = read.end();
        if (read.vague() || !tokens.isAny(k, decimalWords)) {
            return read; // "one point five": "one" stands for 1 here, scale or not
        }
        StringBuilder decimals = new StringBuilder();
        int j = k + 1;
        while (j < tokens.size() && j - k <= 8) {
            Integer digit = small.get(lower(j));
            if (digit == null || digit > 9 || ones.contains(lower(j)) && !small.containsKey(lower(j))) {
                break;
            }
            decimals.append(digit);
            j++;
        }
        if (decimals.length() == 0) {
            Read whole = numberWords(k + 1);
            if (whole == null || whole.needsUnit()) {
                return read;
            }
            decimals.append(whole.value().toBigInteger());
            j = whole.end();
        }
        BigDecimal value = new BigDecimal(read.value().toBigInteger() + "." + decimals);
        return new Read(j, value, value, false, false, false);
    }

    /**
     * French groups thousands with a space, a no-break space or a narrow one: "2 946", "1 250 000", "12 000,5". The
     * first group is one to three plain digits, each further group exactly three, one space apart on one line.
     */
    private Read spaceGrouped(int i) {
        String first = tokens.get(i).text();
        if (first.length() > 3 || !allDigits(first)) {
            return null;
        }
        StringBuilder joined = new StringBuilder(first);
        int k = i + 1;
        while (k - i < 6) {
            Token group = tokens.get(k);
            Token previous = tokens.get(k - 1);
            if (group == null || !group.isNumber() || group.lineStart() || group.start() - previous.end() != 1
                    || group.text().length() < 3 || !allDigits(group.text().substring(0, 3))) {
                break;
            }
            String rest = group.text().substring(3);
            if (!rest.isEmpty() && !(rest.charAt(0) == ',' && rest.length() > 1 && allDigits(rest.substring(1)))) {
                break;
            }
            joined.append(group.text(), 0, 3);
            k++;
            if (!rest.isEmpty()) {
                joined.append(rest);
                break;
            }
        }
        if (k == i + 1) {
            return null;
        }
        BigDecimal value = parseDigits(joined.toString(), pack);
        return value == null ? null : new Read(k, value, value, false, true, false);
    }

    /** Whether the text is ASCII digits only, and not empty. */
    static boolean allDigits(String text) {
        if (text.isEmpty()) {
            return false;
        }
        for (int c = 0; c < text.length(); c++) {
            if (text.charAt(c) < '0' || text.charAt(c) > '9') {
                return false;
            }
        }
        return true;
    }

    /**
     * Compound number words (French): "trente", "vingt-sept", "vingt et un", "soixante-dix", "quatre-vingt-dix",
     * "deux cents", "trois mille", written with hyphens or spaces. A one-word ("un", "une") alone stands for one only
     * before a scale or unit. The words and the rules' words (the teen base "dix", the "et" of "vingt et un", the
     * multiplied ten of "quatre-vingts") come from the pack.
     */
    private Read compoundWords(int i) {
        long total = 0;
        long current = 0;
        boolean any = false;
        boolean onlyOne = false;
        String previous = "";
        int k = i;
        int end = i;
        while (k < tokens.size()) {
            Token token = tokens.get(k);
            if (token == null || !token.isWord()) {
                break;
            }
            String word = token.lower();
            Integer value;
            if (!any && ones.contains(word)) {
                current = 1;
                onlyOne = true;
            } else if (onlyOne) {
                if (small.containsKey(word) || tens.containsKey(word)) {
                    return null; // "un trois-pièces": not "one three"
                }
                break;
            } else if ((value = small.get(word)) != null) {
                boolean teen = previous.equals(teenBase) && value >= 7; // "dix-sept", "soixante-dix-neuf"
                if (any && !teen && !hundredWords.contains(previous) && !thousandWords.contains(previous)
                        && !tens.containsKey(previous) && !previous.equals(and) && !scaleWords.contains(previous)) {
                    break; // "deux trois" is two numbers, not five
                }
                current += value;
            } else if ((value = tens.get(word)) != null) {
                BigDecimal multiplied = any ? multipliedTens.get(previous + " " + word) : null;
                if (multiplied != null && small.containsKey(previous)) {
                    // quatre-vingt(s): the four already counted becomes eighty
                    current += multiplied.longValueExact() - small.get(previous);
                } else if (any && !hundredWords.contains(previous) && !thousandWords.contains(previous)
                        && !scaleWords.contains(previous)) {
                    break;
                } else {
                    current += value;
                }
            } else if (any && hundredWords.contains(word)) {
                current = Math.max(current, 1) * 100;
            } else if (!any && word.equals(hundredAlone)) {
                current = 100;
            } else if (any && isInnerScale(word, k + 1)) {
                total += scales.get(word).longValueExact() * current;
                current = 0;
            } else if (thousandWords.contains(word)) {
                total += Math.max(current, 1) * 1_000L;
                current = 0;
            } else if (word.equals(and) && any && tens.containsKey(previous)) {
                int next = tokens.isDash(k + 1) && tokens.attached(k + 1) ? k + 2 : k + 1; // "vingt-et-un"
                if (!tokens.isAny(next, afterAnd)) {
                    break;
                }
                previous = word;
                k = next;
                continue;
            } else {
                break;
            }
            any = true;
            previous = word;
            k++;
            end = k;
            // hyphenated compounds: "vingt-sept", "quatre-vingt-dix", "dix-huit"
            if (tokens.isDash(k) && tokens.attached(k) && tokens.attached(k + 1) && isCompoundPart(k + 1)) {
                k++;
            }
        }
        if (!any) {
            return null;
        }
        BigDecimal value = BigDecimal.valueOf(total + current);
        return new Read(end, value, value, onlyOne, false, false);
    }

    private boolean isCompoundPart(int k) {
        String word = lower(k);
        return small.containsKey(word) || tens.containsKey(word) || hundredWords.contains(word)
                || thousandWords.contains(word) || word.equals(and);
    }

    /** "two and a half", "one and a half": the half is part of the number. */
    private Read withHalf(Read read) {
        int k = read.end();
        int after = -1;
        for (LanguagePack.Phrase phrase : pack.phrasesAt("number-and-a-half", tokens, k)) {
            if ((after = tokens.phrase(k, phrase.words())) > 0) {
                break;
            }
        }
        if (after > 0 && read.value().stripTrailingZeros().scale() <= 0) {
            BigDecimal value = read.value().add(HALF);
            return new Read(after, value, value, false, read.digits(), false);
        }
        return read;
    }

    /**
     * A fraction named by a phrase: before a unit or scale only ("half a million", "half an hour", "medio siglo"), or
     * before "of" ("half of the voters", "la mitad de los votos", "la moitié des sièges").
     */
    private Read fraction(int i) {
        Token token = tokens.get(i);
        if (token == null || !token.isWord() || tokens.isAny(i - 1, pack.words("ordinals"))) {
            return null; // "the first half of 2020" is a date, not a half
        }
        for (LanguagePack.Phrase phrase : pack.phrasesAt("fraction-before-unit", tokens, i)) {
            int k = tokens.phrase(i, phrase.words());
            if (k > 0) {
                BigDecimal value = new BigDecimal(phrase.value());
                return new Read(k, value, value, true, false, false);
            }
        }
        for (LanguagePack.Phrase phrase : pack.phrasesAt("fraction-phrases", tokens, i)) {
            int k = tokens.phrase(i, phrase.words());
            if (k > 0 && tokens.isAny(k, of)) {
                BigDecimal value = new BigDecimal(phrase.value());
                int end = tokens.isAny(k + 1, pack.words("articles-after-of")) ? k + 2 : k + 1;
                return new Read(end, value, value, true, false, false, k);
            }
            if (k > 0 && closesPhrase(k) && qualifierEndsAt(i)) {
                BigDecimal value = new BigDecimal(phrase.value()); // "more than half.", "más de la mitad", "plus de la moitié"
                return new Read(k, value, value, true, false, false, k);
            }
        }
        return null;
    }

    private Read vagueAt(int i) {
        for (LanguagePack.Vague candidate : pack.vagueAt(tokens, i)) {
            int end = tokens.phrase(i, candidate.words());
            if (end > 0 && (tokens.isAny(end, of) || withoutOf.contains(String.join(" ", candidate.words())))) {
                return new Read(end, candidate.min(), candidate.max(), false, false, true);
            }
        }
        return null;
    }

    /** Number words: "twenty-five", "two hundred thousand", "tres mil", "treinta y cinco", "a dozen". */
    private Read words(int i) {
        long total = 0;
        long current = 0;
        boolean any = false;
        boolean onlyOne = false;
        boolean afterHundred = false;
        int k = i;
        while (k < tokens.size()) {
            Token token = tokens.get(k);
            if (!token.isWord()) {
                break;
            }
            String word = token.lower();
            Integer value;
            if (!any && ones.contains(word)) {
                current = 1;
                onlyOne = true;
                any = true;
                k++;
                continue;
            }
            if (onlyOne && (small.containsKey(word) || tens.containsKey(word))) {
                return null; // "a three-day conference": the number starts at "three"
            }
            if ((value = small.get(word)) != null) {
                current += value;
            } else if ((value = tens.get(word)) != null) {
                current += value;
                Integer unit = null;
                if (tokens.isDash(k + 1) && tokens.attached(k + 1) && tokens.attached(k + 2)) {
                    unit = unitWord(k + 2);
                    if (unit != null) {
                        k += 2;
                    }
                } else if (!tensJoin.isEmpty() && tokens.is(k + 1, tensJoin)) {
                    unit = unitWord(k + 2);
                    if (unit != null) {
                        k += 2;
                    }
                }
                if (unit != null) {
                    current += unit;
                }
            } else if ((value = hundreds.get(word)) != null) {
                current += value;
            } else if (hundredWords.contains(word) && any) {
                current = Math.max(current, 1) * 100;
            } else if (word.equals(hundredJoin) && afterHundred
                    && (small.containsKey(lower(k + 1)) || tens.containsKey(lower(k + 1)))) {
                k++;
                continue;
            } else if (thousandWords.contains(word) && any) {
                total += Math.max(current, 1) * 1_000L;
                current = 0;
            } else if (bareThousand && thousandWords.contains(word)) {
                total = 1_000L;
            } else if (any && isInnerScale(word, k + 1)) {
                total += scales.get(word).longValueExact() * current;
                current = 0;
            } else if (dozenWords.contains(word) && any) {
                current = Math.max(current, 1) * 12;
            } else {
                break;
            }
            onlyOne = false;
            afterHundred = hundredWords.contains(word) || thousandWords.contains(word);
            any = true;
            k++;
        }
        if (!any) {
            return null;
        }
        BigDecimal value = BigDecimal.valueOf(total + current);
        return new Read(k, value, value, onlyOne, false, false);
    }

    /**
     * A scale word inside a number written in words, more number words after it: "tres millones cuatrocientos mil",
     * "two million five hundred thousand". A scale that ends the number is left to the caller, which reads it with
     * what follows ("dos millones de personas", "between two and three million").
     */
    private boolean isInnerScale(String word, int next) {
        BigDecimal scale = scales.get(word);
        if (scale == null || scale.compareTo(BigDecimal.valueOf(1_000_000L)) < 0) {
            return false;
        }
        String after = lower(next);
        return small.containsKey(after) && !ones.contains(after) || tens.containsKey(after)
                || hundreds.containsKey(after);
    }

    private Integer unitWord(int k) {
        Integer value = small.get(lower(k));
        return value != null && value >= 1 && value <= 9 ? value : null;
    }

    private String lower(int k) {
        Token token = tokens.get(k);
        return token == null ? "" : token.lower();
    }

    /**
     * Digits in the language's notation: English "11,000.5", Spanish "12.000,5"; a group separator must be
     * followed by exactly three digits. Null when the digits are not a number in either notation.
     */
    static BigDecimal parseDigits(String raw, LanguagePack pack) {
        if (raw.length() > Tokenizer.MAX_NUMBER_CHARS) {
            return null;
        }
        LanguagePack.Digits notation = pack.digits();
        char group = notation.group();
        char decimal = notation.decimal();
        int groups = count(raw, group);
        int decimals = count(raw, decimal);
        if (groups == 0 && decimals == 0) {
            return new BigDecimal(raw);
        }
        if (groups == 0 && decimals >= notation.decimalGroupsFrom() && allGroupsOfThree(raw, decimal)) {
            // "12.000.000" in continental notation inside an English text; "11,000" in Latin American Spanish
            return new BigDecimal(raw.replace(String.valueOf(decimal), ""));
        }
        if (notation.loneGroupIsDecimal() && decimals == 0 && groups == 1 && !allGroupsOfThree(raw, group)) {
            // "5.5 millones", "6.8": a decimal point written the English way
            return new BigDecimal(raw.replace(group, '.'));
        }
        if (decimals > 1) {
            return null;
        }
        int decimalAt = raw.indexOf(decimal);
        String integer = decimalAt < 0 ? raw : raw.substring(0, decimalAt);
        if (groups > 0 && !allGroupsOfThree(integer, group)) {
            return null;
        }
        String plain = integer.replace(String.valueOf(group), "");
        if (decimalAt >= 0) {
            String fraction = raw.substring(decimalAt + 1);
            if (fraction.indexOf(group) >= 0 || fraction.isEmpty()) {
                return null;
            }
            plain = plain + "." + fraction;
        }
        return new BigDecimal(plain);
    }

    private static int count(String raw, char c) {
        int n = 0;
        for (int i = 0; i < raw.length(); i++) {
            if (raw.charAt(i) == c) {
                n++;
            }
        }
        return n;
    }

    /** "1,234,567": a first group of one to three digits, then groups of exactly three. */
    private static boolean allGroupsOfThree(String raw, char separator) {
        int first = raw.indexOf(separator);
        if (first < 1 || first > 3 || raw.charAt(0) == '0') {
            return false; // "0,683" and "0.683" are decimals: no number's first group starts with a zero
        }
        int run = 0;
        for (int i = first + 1; i < raw.length(); i++) {
            char c = raw.charAt(i);
            if (c == separator) {
                if (run != 3) {
                    return false;
                }
                run = 0;
            } else if (c >= '0' && c <= '9') {
                run++;
            } else {
                return false;
            }
        }
        return run == 3;
    }
}
