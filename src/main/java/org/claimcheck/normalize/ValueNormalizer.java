package org.claimcheck.normalize;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * Finds value expressions in text and normalizes them: the one entry point of {@code normalize}.
 */
public final class ValueNormalizer {

    /**
     * Every value expression in {@code text[from, to)}, in text order, without overlaps.
     *
     * @param reference the day relative expressions resolve against, or null to leave them unresolved
     */
    public List<Mention> findAll(String text, int from, int to, Language language, LocalDate reference) {
        if (to - from <= CHUNK_CHARS) {
            return findAll(Tokenizer.tokenize(text, from, to), language, reference);
        }
        // Long texts are scanned a piece at a time, cut at a line break or space, so memory stays bounded.
        List<Mention> mentions = new java.util.ArrayList<>();
        int start = from;
        while (start < to) {
            int end = Math.min(to, start + CHUNK_CHARS);
            if (end < to) {
                end = cutBefore(text, start, end);
            }
            mentions.addAll(findAll(Tokenizer.tokenize(text, start, end), language, reference));
            start = end;
        }
        return mentions;
    }

    /**
     * Every value expression in tokens already made ({@link Tokenizer#tokenize}), for a caller that needs the tokens
     * of the same span itself and should not make them twice.
     */
    public List<Mention> findAll(List<Token> tokens, Language language, LocalDate reference) {
        return new MentionScanner(tokens, language, reference).scan();
    }

    /** Texts longer than this are scanned in pieces. */
    static final int CHUNK_CHARS = 20_000;

    /** The last line break, else the last space, in the second half of [start, end); else end itself. */
    private static int cutBefore(String text, int start, int end) {
        int half = start + (end - start) / 2;
        int space = -1;
        for (int i = end - 1; i > half; i--) {
            char c = text.charAt(i);
            if (c == '\n') {
                return i + 1;
            }
            if (space < 0 && c == ' ') {
                space = i + 1;
            }
        }
        return space > 0 ? space : end;
    }

    /** The value of a single expression ("nearly 3,000", "12.000 soldados", "on Wednesday"), if it has one. */
    public Optional<Value> normalize(String expression, Language language, LocalDate reference) {
        List<Mention> mentions = findAll(expression, 0, expression.length(), language, reference);
        return mentions.isEmpty() ? Optional.empty() : Optional.of(mentions.get(0).value());
    }
}
