package org.claimcheck.normalize;

import java.math.BigDecimal;
import java.util.Comparator;
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
    record Read(int end, BigDecimal min, BigDecimal max, boolean needsUnit, boolean digits, boolean vague) {

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
    private static final BigDecimal QUARTER = new BigDecimal("0.25");
    private static final BigDecimal THREE_QUARTERS = new BigDecimal("0.75");

    private final TokenView tokens;
    private final Language language;
    private final Map<String, Integer> small;
    private final Map<String, Integer> tens;
    private final Set<String> ones;
    private final List<Lexicon.Vague> vague;
    private final Set<String> of;

    NumberReader(TokenView tokens, Language language) {
        this.tokens = tokens;
        this.language = language;
        this.small = Lexicon.small(language);
        this.tens = Lexicon.tens(language);
        this.ones = Lexicon.oneWords(language);
        this.of = Lexicon.ofWords(language);
        this.vague = Lexicon.vague(language).stream()
                .sorted(Comparator.comparingInt((Lexicon.Vague v) -> v.words().size()).reversed()).toList();
    }

    /** The number starting at token i, or null. */
    Read read(int i) {
        Token token = tokens.get(i);
        if (token == null) {
            return null;
        }
        if (token.isNumber()) {
            if (language == Language.FR) {
                Read grouped = spaceGrouped(i);
                if (grouped != null) {
                    return grouped;
                }
            }
            BigDecimal value = parseDigits(token.text(), language);
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
        Read words = language == Language.FR ? frenchWords(i) : words(i);
        return words == null ? null : withHalf(words);
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
        BigDecimal value = parseDigits(joined.toString(), Language.FR);
        return value == null ? null : new Read(k, value, value, false, true, false);
    }

    private static boolean allDigits(String text) {
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
     * French number words: "trente", "vingt-sept", "vingt et un", "soixante-dix", "quatre-vingt-dix", "deux cents",
     * "trois mille", written with hyphens or spaces. "un"/"une" alone stand for one only before a scale or unit.
     */
    private Read frenchWords(int i) {
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
                boolean teen = previous.equals("dix") && value >= 7; // "dix-sept", "soixante-dix-neuf"
                if (any && !teen && !previous.equals("cent") && !previous.equals("cents") && !previous.equals("mille")
                        && !tens.containsKey(previous) && !previous.equals("et")) {
                    break; // "deux trois" is two numbers, not five
                }
                current += value;
            } else if ((value = tens.get(word)) != null) {
                if (previous.equals("quatre") && (word.equals("vingt") || word.equals("vingts"))) {
                    current += 76; // quatre-vingt(s): the four already counted becomes eighty
                } else if (any && !previous.equals("cent") && !previous.equals("cents") && !previous.equals("mille")) {
                    break;
                } else {
                    current += value;
                }
            } else if (any && Lexicon.HUNDRED_WORDS_FR.contains(word)) {
                current = Math.max(current, 1) * 100;
            } else if (!any && word.equals("cent")) {
                current = 100;
            } else if (Lexicon.THOUSAND_WORDS_FR.contains(word)) {
                total += Math.max(current, 1) * 1_000L;
                current = 0;
            } else if (word.equals("et") && any && tens.containsKey(previous)) {
                int next = tokens.isDash(k + 1) && tokens.attached(k + 1) ? k + 2 : k + 1; // "vingt-et-un"
                if (!tokens.is(next, "un") && !tokens.is(next, "une") && !tokens.is(next, "onze")) {
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
            if (tokens.isDash(k) && tokens.attached(k) && tokens.attached(k + 1) && isFrenchNumberWord(k + 1)) {
                k++;
            }
        }
        if (!any) {
            return null;
        }
        BigDecimal value = BigDecimal.valueOf(total + current);
        return new Read(end, value, value, onlyOne, false, false);
    }

    private boolean isFrenchNumberWord(int k) {
        String word = lower(k);
        return small.containsKey(word) || tens.containsKey(word) || Lexicon.HUNDRED_WORDS_FR.contains(word)
                || Lexicon.THOUSAND_WORDS_FR.contains(word) || word.equals("et");
    }

    /** "two and a half", "one and a half": the half is part of the number. */
    private Read withHalf(Read read) {
        int k = read.end();
        int after = tokens.phrase(k, List.of("and", "a", "half"));
        if (after > 0 && language == Language.EN) {
            BigDecimal value = read.value().add(HALF);
            return new Read(after, value, value, false, read.digits(), false);
        }
        return read;
    }

    private Read fraction(int i) {
        int k;
        if ((k = tokens.phrase(i, List.of("a", "quarter", "of"))) > 0 || (k = tokens.phrase(i, List.of("quarter", "of"))) > 0) {
            return afterArticle(k, QUARTER);
        }
        if ((k = tokens.phrase(i, List.of("three", "quarters", "of"))) > 0) {
            return afterArticle(k, THREE_QUARTERS);
        }
        if ((k = tokens.phrase(i, List.of("half", "a"))) > 0 || (k = tokens.phrase(i, List.of("half", "an"))) > 0) {
            return new Read(k, HALF, HALF, true, false, false);
        }
        if ((k = tokens.phrase(i, List.of("un", "cuarto", "de"))) > 0) {
            return new Read(k, QUARTER, QUARTER, true, false, false);
        }
        if (language == Language.ES && (tokens.is(i, "medio") || tokens.is(i, "media"))) {
            return new Read(i + 1, HALF, HALF, true, false, false);
        }
        return null;
    }

    private Read afterArticle(int k, BigDecimal value) {
        int end = tokens.is(k, "a") || tokens.is(k, "an") ? k + 1 : k;
        return new Read(end, value, value, true, false, false);
    }

    private Read vagueAt(int i) {
        for (Lexicon.Vague candidate : vague) {
            int end = tokens.phrase(i, candidate.words());
            if (end > 0 && tokens.isAny(end, of)) {
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
                } else if (language == Language.ES && tokens.is(k + 1, "y")) {
                    unit = unitWord(k + 2);
                    if (unit != null) {
                        k += 2;
                    }
                }
                if (unit != null) {
                    current += unit;
                }
            } else if (language == Language.ES && (value = Lexicon.HUNDREDS_ES.get(word)) != null) {
                current += value;
            } else if (language == Language.EN && word.equals("hundred") && any) {
                current = Math.max(current, 1) * 100;
            } else if (language == Language.EN && word.equals("and") && afterHundred
                    && (small.containsKey(lower(k + 1)) || tens.containsKey(lower(k + 1)))) {
                k++;
                continue;
            } else if (word.equals(language == Language.ES ? "mil" : "thousand") && any) {
                total += Math.max(current, 1) * 1_000L;
                current = 0;
            } else if (language == Language.ES && word.equals("mil") && !any) {
                total = 1_000L;
            } else if ((word.equals("dozen") || word.equals("docena")) && any) {
                current = Math.max(current, 1) * 12;
            } else {
                break;
            }
            onlyOne = false;
            afterHundred = word.equals("hundred") || word.equals("thousand");
            any = true;
            k++;
        }
        if (!any) {
            return null;
        }
        BigDecimal value = BigDecimal.valueOf(total + current);
        return new Read(k, value, value, onlyOne, false, false);
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
    static BigDecimal parseDigits(String raw, Language language) {
        if (raw.length() > Tokenizer.MAX_NUMBER_CHARS) {
            return null;
        }
        boolean comma = language != Language.EN;
        char group = comma ? '.' : ',';
        char decimal = comma ? ',' : '.';
        int groups = count(raw, group);
        int decimals = count(raw, decimal);
        if (groups == 0 && decimals == 0) {
            return new BigDecimal(raw);
        }
        if (language == Language.FR && groups == 0 && decimals > 1 && allGroupsOfThree(raw, decimal)) {
            // "1,250,000" written the English way in a French text
            return new BigDecimal(raw.replace(String.valueOf(decimal), ""));
        }
        if (language == Language.FR && decimals == 0 && groups == 1 && !allGroupsOfThree(raw, group)) {
            return new BigDecimal(raw); // "6.8": a decimal point written the English way
        }
        if (language == Language.ES && groups == 0 && decimals >= 1 && allGroupsOfThree(raw, decimal)) {
            // "11,000" in Latin American usage groups thousands with commas.
            return new BigDecimal(raw.replace(String.valueOf(decimal), ""));
        }
        if (language == Language.ES && decimals == 0 && groups == 1 && !allGroupsOfThree(raw, group)) {
            // "5.5 millones": a decimal point written the English way.
            return new BigDecimal(raw);
        }
        if (language == Language.EN && groups == 0 && decimals > 1 && allGroupsOfThree(raw, decimal)) {
            // "12.000.000" in continental notation inside an English text.
            return new BigDecimal(raw.replace(String.valueOf(decimal), ""));
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
        if (first < 1 || first > 3) {
            return false;
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
