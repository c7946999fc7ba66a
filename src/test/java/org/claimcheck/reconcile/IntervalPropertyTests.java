package org.claimcheck.reconcile;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.QuickTheory.qt;

import java.util.function.Supplier;

import org.claimcheck.extract.ArticleInput;
import org.claimcheck.extract.Claim;
import org.claimcheck.extract.ClaimExtractor;
import org.claimcheck.normalize.HostileText;
import org.junit.jupiter.api.Test;

/**
 * The intervals reconciliation compares, made from whatever values the extractor finds in arbitrary text: never
 * NaN, and the low side never above the high one, however large or odd the number (see {@link HostileText}).
 */
class IntervalPropertyTests {

    private final ClaimExtractor extractor = new ClaimExtractor();

    @Test
    void everyExtractedValueIsAnOrderedInterval() {
        qt().withFixedSeed(HostileText.SEED + 20).withExamples(2_000)
                .forAll(HostileText.anyText(), HostileText.referenceDays())
                .checkAssert((text, published) -> {
                    for (Claim claim : extractor.extract(new ArticleInput(text, null, published)).claims()) {
                        Interval interval = Interval.of(claim.value());
                        if (interval == null) {
                            continue; // an unresolved date: nothing to compare
                        }
                        Supplier<String> where = () -> interval + " of " + claim.value() + " in " + HostileText.escaped(text);
                        assertFalse(Double.isNaN(interval.low()) || Double.isNaN(interval.high()), () -> "NaN: " + where.get());
                        assertTrue(interval.low() <= interval.high(), () -> "low above high: " + where.get());
                    }
                });
    }
}
