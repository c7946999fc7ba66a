package org.claimcheck.claimstore;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

import org.claimcheck.extract.Claim;
import org.claimcheck.extract.Modality;
import org.claimcheck.normalize.DateValue;
import org.claimcheck.normalize.Language;
import org.claimcheck.normalize.NumericValue;
import org.claimcheck.normalize.Qualifier;
import org.claimcheck.normalize.Value;
import org.claimcheck.normalize.ValueKind;

/** A claim flattened for its JSON column: every field of the core record, the value split into its parts. */
record ClaimRecord(
        int start, int end, String text,
        ValueKind kind, BigDecimal min, BigDecimal max, LocalDate first, LocalDate last, String unit,
        Qualifier qualifier, boolean resolved,
        String sentence, String subject, String counted, List<String> eventWords, List<String> entities,
        List<String> precedingWords, String attribution, Modality modality, LocalDate asOf, LocalDate asOfFrom,
        Language language, boolean relative) {

    static ClaimRecord of(Claim claim) {
        Value value = claim.value();
        BigDecimal min = null;
        BigDecimal max = null;
        LocalDate first = null;
        LocalDate last = null;
        String unit = null;
        boolean resolved = true;
        if (value instanceof NumericValue number) {
            min = number.min();
            max = number.max();
            unit = number.unit();
        } else if (value instanceof DateValue date) {
            first = date.first();
            last = date.last();
            resolved = date.resolved();
        }
        return new ClaimRecord(claim.start(), claim.end(), claim.text(), value.kind(), min, max, first, last, unit,
                value.qualifier(), resolved, claim.sentence(), claim.subject(), claim.counted(), claim.eventWords(),
                claim.entities(), claim.precedingWords(), claim.attribution(), claim.modality(), claim.asOf(),
                claim.asOfFrom(), claim.language(), claim.relative());
    }

    Claim toClaim() {
        Value value = kind == ValueKind.DATE ? new DateValue(first, last, qualifier, resolved)
                : new NumericValue(kind, min, max, unit, qualifier);
        return new Claim(start, end, text, value, sentence, subject, counted, nullSafe(eventWords), nullSafe(entities),
                nullSafe(precedingWords), attribution, modality, asOf, asOfFrom, language, relative);
    }

    private static List<String> nullSafe(List<String> words) {
        return words == null ? List.of() : words;
    }
}
