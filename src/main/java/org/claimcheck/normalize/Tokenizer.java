package org.claimcheck.normalize;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Splits text into tokens in one left-to-right pass, so cost is linear in the text whatever it holds.
 * Hand-written rather than a regular expression: number tokens need look-ahead ("1,000" but "1, 2")
 * that is cheap here and easy to get catastrophically wrong in a pattern.
 */
public final class Tokenizer {

    /** Numbers longer than this are not values anyone checks (serial numbers, digit runs). */
    static final int MAX_NUMBER_CHARS = 40;

    /** One shared string per ASCII character: punctuation-heavy text would otherwise allocate one per mark. */
    private static final String[] ASCII = new String[128];

    static {
        for (char c = 0; c < ASCII.length; c++) {
            ASCII[c] = String.valueOf(c);
        }
    }

    private Tokenizer() {
    }

    public static List<Token> tokenize(String text, int from, int to) {
        List<Token> tokens = new ArrayList<>();
        boolean space = true;
        boolean lineStart = true;
        int i = from;
        while (i < to) {
            int cp = text.codePointAt(i);
            int width = Character.charCount(cp);
            if (Character.isWhitespace(cp) || cp == 0x00a0 || cp == 0x202f || cp == 0x2009) {
                space = true;
                if (cp == '\n' || cp == '\r') {
                    lineStart = true;
                }
                i += width;
                continue;
            }
            int start = i;
            Token.Type type;
            if (cp >= '0' && cp <= '9' || leadingDecimal(text, i, from, to, space)) {
                i = endOfNumber(text, cp >= '0' && cp <= '9' ? i : i + 1, to);
                type = Token.Type.NUMBER;
            } else if (Character.isLetter(cp)) {
                i = endOfWord(text, i, to);
                type = Token.Type.WORD;
            } else {
                i += width;
                type = isSymbol(cp) ? Token.Type.SYMBOL : Token.Type.PUNCT;
            }
            String raw = i == start + 1 && text.charAt(start) < ASCII.length ? ASCII[text.charAt(start)] : text.substring(start, i);
            String lower = raw.toLowerCase(Locale.ROOT);
            if (type == Token.Type.WORD && lower.indexOf('’') >= 0) {
                lower = lower.replace('’', '\''); // "d’au" and "d'au" look up alike
            }
            tokens.add(new Token(type, start, i, raw, lower, space, lineStart));
            space = false;
            lineStart = false;
        }
        return tokens;
    }

    /** Digits, with "," or "." inside when a digit follows: "11,000", "5.5", "12.000". */
    private static int endOfNumber(String text, int i, int to) {
        while (i < to) {
            char c = text.charAt(i);
            if (c >= '0' && c <= '9') {
                i++;
            } else if ((c == ',' || c == '.') && i + 1 < to && isDigit(text.charAt(i + 1))) {
                i++;
            } else {
                break;
            }
        }
        return i;
    }

    /**
     * Letters and combining marks, with an apostrophe inside ("don't") but not a possessive 's. A French elision
     * ends its own token, apostrophe included: "d'au" is "d'" and "au", "jusqu'à" is "jusqu'" and "à".
     */
    private static int endOfWord(String text, int i, int to) {
        int start = i;
        while (i < to) {
            int cp = text.codePointAt(i);
            int type = Character.getType(cp);
            if (Character.isLetter(cp) || type == Character.NON_SPACING_MARK || type == Character.COMBINING_SPACING_MARK) {
                i += Character.charCount(cp);
            } else if ((cp == '\'' || cp == '’') && i + 1 < to && Character.isLetter(text.charAt(i + 1))
                    && !isPossessive(text, i + 1, to)) {
                if (isElision(text, start, i)) {
                    return i + 1;
                }
                i++;
            } else {
                break;
            }
        }
        return i;
    }

    /** Is text[start, end) one of the French elided words ("l", "d", "qu", "jusqu")? At most six letters, checked in place. */
    private static boolean isElision(String text, int start, int end) {
        int length = end - start;
        if (length < 1 || length > 6) {
            return false;
        }
        return Lexicon.ELISIONS.contains(text.substring(start, end).toLowerCase(Locale.ROOT));
    }

    private static boolean isPossessive(String text, int afterApostrophe, int to) {
        char s = text.charAt(afterApostrophe);
        return (s == 's' || s == 'S') && (afterApostrophe + 1 >= to || !Character.isLetter(text.charAt(afterApostrophe + 1)));
    }

    /** ",08 por ciento", ".5 percent": a decimal mark that starts a number, after a space and before a digit. */
    private static boolean leadingDecimal(String text, int i, int from, int to, boolean space) {
        char c = text.charAt(i);
        return (c == ',' || c == '.') && i + 1 < to && isDigit(text.charAt(i + 1))
                && (i == from || Character.isWhitespace(text.charAt(i - 1)) || text.charAt(i - 1) == '(');
    }

    private static boolean isDigit(char c) {
        return c >= '0' && c <= '9';
    }

    private static boolean isSymbol(int cp) {
        return Character.getType(cp) == Character.CURRENCY_SYMBOL || cp == '%' || cp == '°' || cp == '²' || cp == '³';
    }
}
