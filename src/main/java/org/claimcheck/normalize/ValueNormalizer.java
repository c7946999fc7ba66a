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
        return new MentionScanner(text, from, to, language, reference).scan();
    }

    /** The value of a single expression ("nearly 3,000", "12.000 soldados", "on Wednesday"), if it has one. */
    public Optional<Value> normalize(String expression, Language language, LocalDate reference) {
        List<Mention> mentions = findAll(expression, 0, expression.length(), language, reference);
        return mentions.isEmpty() ? Optional.empty() : Optional.of(mentions.get(0).value());
    }
}
