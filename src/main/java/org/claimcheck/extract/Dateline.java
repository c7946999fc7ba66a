package org.claimcheck.extract;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import org.claimcheck.normalize.DateValue;
import org.claimcheck.normalize.Language;
import org.claimcheck.normalize.Mention;
import org.claimcheck.normalize.Token;
import org.claimcheck.normalize.Tokenizer;
import org.claimcheck.normalize.ValueNormalizer;

/**
 * The date of a wire-style dateline at the top of an article: "PYONGYANG, June 19, 2024 (Reuters) -" or
 * "SEOUL, 19 de junio de 2024 (EFE).-". A page's own timestamp is not a dateline: it tells when the page was
 * rendered, not when the story was filed.
 */
final class Dateline {

    /** Datelines open the article: only its first lines are searched. */
    private static final int SEARCH_CHARS = 600;
    private static final int MAX_PLACE_TOKENS = 6;

    private Dateline() {
    }

    static Optional<LocalDate> find(String text, List<Sentence> sentences, Language language, ValueNormalizer normalizer) {
        for (Sentence sentence : sentences) {
            if (sentence.start() > SEARCH_CHARS) {
                break;
            }
            Optional<LocalDate> day = dateAfterPlace(text, sentence, language, normalizer);
            if (day.isPresent()) {
                return day;
            }
        }
        return Optional.empty();
    }

    private static Optional<LocalDate> dateAfterPlace(String text, Sentence sentence, Language language,
            ValueNormalizer normalizer) {
        List<Mention> mentions = normalizer.findAll(text, sentence.start(), sentence.end(), language, null);
        if (mentions.isEmpty() || !(mentions.get(0).value() instanceof DateValue date) || !date.resolved()
                || date.first() == null || !date.first().equals(date.last())) {
            return Optional.empty();
        }
        Mention first = mentions.get(0);
        List<Token> place = Tokenizer.tokenize(text, sentence.start(), first.start());
        if (place.isEmpty() || place.size() > MAX_PLACE_TOKENS || !place.get(0).isWord()
                || !place.get(0).text().equals(place.get(0).text().toUpperCase(java.util.Locale.ROOT))
                || !place.get(place.size() - 1).text().equals(",")) {
            return Optional.empty();
        }
        List<Token> after = Tokenizer.tokenize(text, first.end(), Math.min(sentence.end(), first.end() + 3));
        boolean marked = !after.isEmpty() && (after.get(0).text().equals("(") || after.get(0).text().equals("-")
                || after.get(0).text().equals("—") || after.get(0).text().equals("–"));
        return marked ? Optional.of(date.first()) : Optional.empty();
    }
}
