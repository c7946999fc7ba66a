package org.claimcheck.reconcile;

import java.time.LocalDate;
import java.util.List;

import org.claimcheck.extract.Claim;
import org.claimcheck.extract.ClaimFrame;
import org.claimcheck.extract.Modality;
import org.claimcheck.normalize.Language;
import org.claimcheck.normalize.Value;
import org.claimcheck.normalize.ValueNormalizer;

/** A claim of a reconcile table row: an English expression normalized on its day, with a frame; the outlet is its article. */
final class TestClaims {

    private static final ValueNormalizer NORMALIZER = new ValueNormalizer();

    private TestClaims() {
    }

    /** An English expression normalized on a day (null: no day, for an expression that needs none). */
    static Value value(String expression, LocalDate day) {
        return NORMALIZER.normalize(expression.strip(), Language.EN, day).orElseThrow();
    }

    /** @param day the article's day, or null for an undated article (its expression must not need a day) */
    static ReconcileInput claim(String id, String outlet, String expression, ClaimFrame frame, LocalDate day) {
        Value value = value(expression, day);
        Claim claim = new Claim(0, expression.length(), expression, value, expression, "people", "people", List.of(),
                List.of(), List.of(), null, Modality.FACT, day, day, Language.EN, false, frame);
        return new ReconcileInput(id, outlet, outlet, claim);
    }
}
