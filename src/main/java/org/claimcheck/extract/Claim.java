package org.claimcheck.extract;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

import org.claimcheck.normalize.Language;
import org.claimcheck.normalize.Value;

/**
 * A factual statement carrying a checkable value.
 *
 * @param start       the value's span in the article text, UTF-16 offsets, end exclusive
 * @param text        {@code articleText.substring(start, end)}
 * @param sentence    the sentence holding the value
 * @param subject     what the value counts, measures or dates ("North Korean soldiers")
 * @param counted     the noun a count or measure is of ("soldiers"), or null when the text does not say
 * @param eventWords  content words around the value, lower case ("crossed", "border")
 * @param entities    named entities in the sentence ("South Korea", "Putin")
 * @param precedingWords content words of the sentence before, which a sentence such as "The previous one dates
 *                    back almost a quarter of a century" leans on
 * @param attribution who the statement is attributed to ("South Korea's NIS"), or null
 * @param asOf        the day the figure refers to, or null when unknown
 * @param asOfFrom    the first day of the period the figure refers to: "by December" is December 1 to 31
 * @param relative    true when the value was resolved against the article's date ("on Wednesday")
 * @param frame       which fact the claim states: measure, event, source, role
 */
public record Claim(
        int start,
        int end,
        String text,
        Value value,
        String sentence,
        String subject,
        String counted,
        List<String> eventWords,
        List<String> entities,
        List<String> precedingWords,
        String attribution,
        Modality modality,
        LocalDate asOf,
        LocalDate asOfFrom,
        Language language,
        boolean relative,
        ClaimFrame frame) {

    public Claim {
        Objects.requireNonNull(text, "text");
        frame = frame == null ? ClaimFrame.UNKNOWN : frame;
        Objects.requireNonNull(value, "value");
        Objects.requireNonNull(modality, "modality");
        eventWords = List.copyOf(eventWords);
        entities = List.copyOf(entities);
        precedingWords = List.copyOf(precedingWords);
    }

    /** A claim whose frame was not read. */
    public Claim(int start, int end, String text, Value value, String sentence, String subject, String counted,
            List<String> eventWords, List<String> entities, List<String> precedingWords, String attribution,
            Modality modality, LocalDate asOf, LocalDate asOfFrom, Language language, boolean relative) {
        this(start, end, text, value, sentence, subject, counted, eventWords, entities, precedingWords, attribution,
                modality, asOf, asOfFrom, language, relative, ClaimFrame.UNKNOWN);
    }
}
