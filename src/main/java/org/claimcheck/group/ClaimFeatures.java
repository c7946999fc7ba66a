package org.claimcheck.group;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.claimcheck.extract.Claim;
import org.claimcheck.normalize.DateValue;
import org.claimcheck.normalize.NumericValue;
import org.claimcheck.normalize.ValueKind;

/**
 * What grouping compares, computed once per claim: kind and unit, the counted noun, the terms of the subject
 * and of the context, the value as a number interval (dates as epoch days), and the day the value refers to.
 */
record ClaimFeatures(
        int index,
        String articleId,
        ValueKind kind,
        String unit,
        String countedNoun,
        Map<String, Integer> subjectTerms,
        Map<String, Integer> contextTerms,
        double low,
        double high,
        boolean valued,
        Long asOfDay,
        String frame,
        boolean increment,
        String countedWord,
        String subjectText) {

    static ClaimFeatures of(int index, GroupMember member) {
        Claim claim = member.claim();
        Map<String, Integer> subject = terms(words(claim.subject()));
        Map<String, Integer> context = new HashMap<>(subject);
        addAll(context, claim.eventWords());
        for (String entity : claim.entities()) {
            addAll(context, words(entity));
        }
        addAll(context, claim.precedingWords());
        double low = Double.NaN;
        double high = Double.NaN;
        String unit = null;
        if (claim.value() instanceof NumericValue number) {
            unit = number.unit();
            low = number.min() == null ? Double.NaN : number.min().doubleValue();
            high = number.max() == null ? Double.NaN : number.max().doubleValue();
        } else if (claim.value() instanceof DateValue date && date.resolved()) {
            low = date.first().toEpochDay();
            high = date.last().toEpochDay();
        }
        LocalDate asOf = claim.asOf();
        return new ClaimFeatures(index, member.articleId(), claim.value().kind(), unit, countedNoun(claim),
                subject, context, low, high, !Double.isNaN(low) || !Double.isNaN(high),
                asOf == null ? null : asOf.toEpochDay(), EventFrames.of(claim), isIncrement(claim),
                claim.counted(), claim.subject());
    }

    /** The term of the noun the claim counts or measures ("soldier" for "special forces soldiers"), or null. */
    private static String countedNoun(Claim claim) {
        String term = claim.counted() == null ? null : Terms.of(claim.counted());
        // "241 muertos", "2,150 injured": the noun names what happened to people, and people are what is counted.
        return term != null && Terms.frameOf(term) != null ? "person" : term;
    }

    private static final java.util.Set<String> INCREMENT_WORDS = java.util.Set.of("another", "additional", "further",
            "extra", "otros", "otras", "adicionales");

    /** "another 45 prisoners": a count added to an earlier one, not a total. */
    private static boolean isIncrement(Claim claim) {
        int at = claim.sentence().indexOf(claim.text());
        if (at <= 0) {
            return false;
        }
        String before = claim.sentence().substring(Math.max(0, at - 16), at).strip();
        int space = before.lastIndexOf(' ');
        String word = (space < 0 ? before : before.substring(space + 1)).toLowerCase(java.util.Locale.ROOT);
        return INCREMENT_WORDS.contains(word);
    }

    private static List<String> words(String text) {
        if (text == null || text.isBlank()) {
            return List.of();
        }
        return List.of(text.split("[\\s\\-’']+"));
    }

    private static Map<String, Integer> terms(List<String> words) {
        Map<String, Integer> terms = new HashMap<>();
        addAll(terms, words);
        return terms;
    }

    private static void addAll(Map<String, Integer> terms, List<String> words) {
        for (String word : words) {
            String term = Terms.of(word);
            if (term != null) {
                terms.merge(term, 1, Integer::sum);
            }
        }
    }

    /** The middle of the value, for comparing magnitudes. */
    double middle() {
        if (Double.isNaN(low)) {
            return high;
        }
        if (Double.isNaN(high)) {
            return low;
        }
        return (low + high) / 2;
    }
}
