package org.claimcheck.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Splits text into sentences in one pass. A line break always ends a sentence (headlines and photo captions
 * are lines without a final period); within a line, ".", "!", "?" and "…" end one when followed, after any
 * closing quotes, by space and a capital, digit or opening quote, unless the word before is an abbreviation
 * or an initial. Overlong runs are cut at a space so that later per-sentence work stays bounded.
 */
final class SentenceSplitter {

    /** Longer runs without a boundary (lists, tables, garbage) are cut into pieces of about this size. */
    static final int MAX_SENTENCE_CHARS = 1_000;

    private static final Set<String> ABBREVIATIONS = Set.of(
            "mr", "mrs", "ms", "dr", "prof", "gen", "lt", "col", "sgt", "capt", "cmdr", "adm", "maj", "sen", "rep", "gov",
            "pres", "st", "mt", "jr", "sr", "sra", "srta", "dña", "dn", "inc", "corp", "co", "ltd", "vs", "etc", "eg", "ie",
            "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec", "no", "nos", "art", "fig",
            "approx", "est", "dept", "univ", "ave", "blvd", "núm", "pág", "p", "pp", "vol", "ed", "eds", "ee", "uu", "ud",
            "uds", "av", "avda", "lic", "ing", "arq", "gral", "excmo", "op", "cit", "ibid", "al");

    private SentenceSplitter() {
    }

    static List<Sentence> split(String text) {
        List<Sentence> sentences = new ArrayList<>();
        int start = 0;
        int n = text.length();
        int i = 0;
        while (i < n) {
            char c = text.charAt(i);
            if (c == '\n' || c == '\r') {
                add(text, start, i, sentences);
                start = i + 1;
            } else if ((c == '.' || c == '!' || c == '?' || c == '…') && endsSentence(text, i)) {
                int end = i + 1;
                while (end < n && isClosing(text.charAt(end))) {
                    end++;
                }
                add(text, start, end, sentences);
                start = end;
                i = end;
                continue;
            } else if (i - start >= MAX_SENTENCE_CHARS && Character.isWhitespace(c)) {
                add(text, start, i, sentences);
                start = i + 1;
            } else if (i - start >= 2 * MAX_SENTENCE_CHARS) {
                add(text, start, i, sentences); // no white space at all: cut anyway
                start = i;
            }
            i++;
        }
        add(text, start, n, sentences);
        return sentences;
    }

    private static boolean endsSentence(String text, int dot) {
        int n = text.length();
        int k = dot + 1;
        while (k < n && isClosing(text.charAt(k))) {
            k++;
        }
        if (k >= n) {
            return true;
        }
        char next = text.charAt(k);
        if (!Character.isWhitespace(next)) {
            // "2024.Gavriil": a caption run into its credit; "U.S." and "3.5" are not boundaries.
            return text.charAt(dot) == '.' && k == dot + 1 && Character.isUpperCase(next) && k + 1 < n
                    && Character.isLowerCase(text.charAt(k + 1)) && dot > 0
                    && (Character.isLowerCase(text.charAt(dot - 1)) || Character.isDigit(text.charAt(dot - 1)));
        }
        while (k < n && (text.charAt(k) == ' ' || text.charAt(k) == '\t' || text.charAt(k) == '\u00a0')) {
            k++;
        }
        if (k >= n || text.charAt(k) == '\n' || text.charAt(k) == '\r') {
            return true;
        }
        char first = text.charAt(k);
        boolean opens = Character.isUpperCase(first) || Character.isDigit(first) || "\"“‘'¿¡(«[—–-".indexOf(first) >= 0;
        if (!opens) {
            return false;
        }
        return text.charAt(dot) != '.' || !abbreviationBefore(text, dot) && !listNumberBefore(text, dot);
    }

    /** "  1. Putin visits": the period numbers a list item at the start of a line. */
    private static boolean listNumberBefore(String text, int dot) {
        int k = dot;
        while (k > 0 && Character.isDigit(text.charAt(k - 1))) {
            k--;
        }
        if (k == dot) {
            return false;
        }
        while (k > 0 && (text.charAt(k - 1) == ' ' || text.charAt(k - 1) == '\t')) {
            k--;
        }
        return k == 0 || text.charAt(k - 1) == '\n' || text.charAt(k - 1) == '\r';
    }

    /** "Mr." "Gen." "J." "U.S." before the period: not a sentence end. */
    private static boolean abbreviationBefore(String text, int dot) {
        int k = dot;
        while (k > 0 && Character.isLetter(text.charAt(k - 1))) {
            k--;
        }
        String word = text.substring(k, dot);
        if (word.length() == 1 && Character.isUpperCase(word.charAt(0))) {
            return true; // an initial, or the last letter of "U.S."
        }
        return ABBREVIATIONS.contains(word.toLowerCase(Locale.ROOT));
    }

    private static boolean isClosing(char c) {
        return c == '"' || c == '”' || c == '’' || c == '\'' || c == ')' || c == ']' || c == '»';
    }

    private static void add(String text, int start, int end, List<Sentence> sentences) {
        while (start < end && Character.isWhitespace(text.charAt(start))) {
            start++;
        }
        while (end > start && Character.isWhitespace(text.charAt(end - 1))) {
            end--;
        }
        if (end > start) {
            sentences.add(new Sentence(start, end));
        }
    }
}
