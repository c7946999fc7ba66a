package org.claimcheck.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.QuickTheory.qt;

import java.math.BigDecimal;
import java.util.Arrays;
import java.util.List;
import java.util.function.Supplier;

import org.claimcheck.normalize.DateValue;
import org.claimcheck.normalize.HostileText;
import org.claimcheck.normalize.NumericValue;
import org.claimcheck.normalize.Value;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;
import org.quicktheories.generators.Generate;

/**
 * Properties of {@link ClaimExtractor} over arbitrary Unicode (see {@link HostileText}), with a fixed seed: it never
 * throws; every claim's span lies inside the text, {@code text.substring(start, end)} is the claim's text and its
 * sentence holds it; claims come in text order; every value, and every claim's as-of period, is an interval with its
 * lower side not above its upper one; the same article gives the same claims.
 */
class ClaimExtractorPropertyTests {

    private static final int EXAMPLES = 2_000;
    /** Tags as clients send them: none (detect), ours, a regional one, another language, nonsense. */
    private static final List<String> LANGUAGE_TAGS = Arrays.asList(null, "en", "es", "es-CO", "EN-us", "pt", "x", "");

    private final ClaimExtractor extractor = new ClaimExtractor();

    private static Gen<ArticleInput> articles() {
        Gen<String> tags = Generate.pick(LANGUAGE_TAGS);
        return random -> new ArticleInput(HostileText.anyText().generate(random), tags.generate(random),
                HostileText.referenceDays().generate(random));
    }

    private static String describe(ArticleInput article) {
        return HostileText.escaped(article.text()) + " language " + article.languageTag() + " published "
                + article.publishedOn();
    }

    @Test
    void claimsQuoteTheTextInOrderAndHoldIntervals() {
        qt().withFixedSeed(HostileText.SEED + 10).withExamples(EXAMPLES)
                .forAll(articles())
                .describedAs(ClaimExtractorPropertyTests::describe)
                .checkAssert(article -> {
                    ArticleClaims result = extractor.extract(article);
                    assertNotNull(result.claims());
                    String text = article.text();
                    int previousStart = 0;
                    for (Claim claim : result.claims()) {
                        // Messages are built only on failure: the texts run to 45,000 chars.
                        Supplier<String> where = () -> claim.text() + " " + claim.start() + ".." + claim.end() + " in "
                                + describe(article);
                        assertTrue(0 <= claim.start() && claim.start() <= claim.end() && claim.end() <= text.length(),
                                () -> "span outside the text: " + where.get());
                        assertEquals(text.substring(claim.start(), claim.end()), claim.text(), where);
                        assertTrue(claim.sentence().contains(claim.text()), () -> "its sentence lacks it: " + where.get());
                        assertTrue(claim.start() >= previousStart, () -> "out of text order: " + where.get());
                        assertInterval(claim.value(), where);
                        assertTrue(claim.asOfFrom() == null || claim.asOf() == null || !claim.asOfFrom().isAfter(claim.asOf()),
                                () -> "as-of period ends before it starts: " + claim.asOfFrom() + ".." + claim.asOf() + ", "
                                        + where.get());
                        previousStart = claim.start();
                    }
                });
    }

    @Test
    void sameArticleSameClaims() {
        qt().withFixedSeed(HostileText.SEED + 11).withExamples(EXAMPLES)
                .forAll(articles())
                .describedAs(ClaimExtractorPropertyTests::describe)
                .checkAssert(article -> assertEquals(extractor.extract(article), new ClaimExtractor().extract(article),
                        () -> describe(article)));
    }

    private static void assertInterval(Value value, Supplier<String> where) {
        if (value instanceof NumericValue number) {
            BigDecimal min = number.min();
            BigDecimal max = number.max();
            assertTrue(min != null || max != null, () -> "unbounded on both sides: " + where.get());
            assertTrue(min == null || max == null || min.compareTo(max) <= 0, () -> "min above max: " + value + ", " + where.get());
        } else {
            DateValue date = (DateValue) value;
            assertTrue(!date.resolved() || date.first() == null || date.last() == null || !date.first().isAfter(date.last()),
                    () -> "first day after last: " + value + ", " + where.get());
        }
    }
}
