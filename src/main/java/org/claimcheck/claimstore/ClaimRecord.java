package org.claimcheck.claimstore;

import java.time.LocalDate;
import java.util.List;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;

import org.claimcheck.extract.Claim;
import org.claimcheck.extract.ClaimFrame;
import org.claimcheck.extract.Modality;
import org.claimcheck.normalize.Language;

/**
 * A claim flattened for its JSON column: every field of the core record, the value as a {@link ValueRecord}. Rows
 * written before frames were read have none: they read back with {@link ClaimFrame#UNKNOWN}.
 * A field a later version drops stays readable in old rows: the API refuses unknown fields, stored rows do not.
 */
@JsonIgnoreProperties(ignoreUnknown = true)
record ClaimRecord(
        int start, int end, String text, ValueRecord value,
        String sentence, String subject, String counted, List<String> eventWords, List<String> entities,
        List<String> precedingWords, String attribution, Modality modality, LocalDate asOf, LocalDate asOfFrom,
        Language language, boolean relative, ClaimFrame frame) {

    static ClaimRecord of(Claim claim) {
        return new ClaimRecord(claim.start(), claim.end(), claim.text(), ValueRecord.of(claim.value()), claim.sentence(),
                claim.subject(), claim.counted(), claim.eventWords(), claim.entities(), claim.precedingWords(),
                claim.attribution(), claim.modality(), claim.asOf(), claim.asOfFrom(), claim.language(), claim.relative(), claim.frame());
    }

    Claim toClaim() {
        return new Claim(start, end, text, value.toValue(), sentence, subject, counted, nullSafe(eventWords),
                nullSafe(entities), nullSafe(precedingWords), attribution, modality, asOf, asOfFrom, language, relative, frame);
    }

    private static List<String> nullSafe(List<String> words) {
        return words == null ? List.of() : words;
    }
}
