package org.claimcheck.web;

import java.time.LocalDate;
import java.util.List;

import com.fasterxml.jackson.annotation.JsonInclude;

import org.claimcheck.extract.Claim;
import org.claimcheck.extract.ClaimFrame;
import org.claimcheck.normalize.DateValue;
import org.claimcheck.normalize.Language;

/**
 * A claim as the API shows it, wherever it appears. The contract's fields come first; the rest tell a client why
 * the claim was read as it was.
 *
 * @param start    the value's span in the submitted text, UTF-16 offsets, end exclusive
 * @param resolved for DATE claims only: false when a relative date had no reference day to resolve against
 * @param measure  the frame: what is measured, a language-neutral id ("deaths"; "other" when no cue says)
 * @param event    the frame: what the figure is about, or null
 * @param source   the frame: who gives the figure, normalized, or null when the outlet speaks for itself
 * @param role     the frame: CURRENT, PREVIOUS, PROJECTED, TARGET or CHANGE
 * @param direction for a CHANGE: UP or DOWN
 */
public record ClaimView(
        String text,
        int start,
        int end,
        String sentence,
        String subject,
        ValueView value,
        String asOf,
        String attribution,
        String kind,
        String modality,
        List<String> eventWords,
        List<String> entities,
        String language,
        boolean relative,
        @JsonInclude(JsonInclude.Include.NON_NULL) Boolean resolved,
        String measure,
        String event,
        String source,
        String role,
        @JsonInclude(JsonInclude.Include.NON_NULL) String direction) {

    static ClaimView of(Claim claim) {
        Boolean resolved = claim.value() instanceof DateValue date ? date.resolved() : null;
        ClaimFrame frame = claim.frame();
        return new ClaimView(claim.text(), claim.start(), claim.end(), claim.sentence(), claim.subject(),
                ValueView.of(claim.value()), iso(claim.asOf()), claim.attribution(), claim.value().kind().name(),
                claim.modality().name(), claim.eventWords(), claim.entities(), tag(claim.language()), claim.relative(),
                resolved, frame.measure(), frame.event(), frame.source(), frame.role().name(),
                frame.direction() == null ? null : frame.direction().name());
    }

    static String tag(Language language) {
        return language == null ? null : language.tag();
    }

    static String iso(LocalDate day) {
        return day == null ? null : day.toString();
    }
}
