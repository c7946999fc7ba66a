package org.claimcheck.normalize;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.QuickTheory.qt;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;

import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;
import org.quicktheories.generators.Generate;

/**
 * Properties of {@link ValueNormalizer} over arbitrary Unicode (see {@link HostileText}), with a fixed seed: it never
 * throws; every mention lies inside the text and inside the span asked for, in text order without overlaps; every
 * value is an interval with its lower side not above its upper one; a relative date found without a reference day
 * stays unresolved; the same input gives the same mentions.
 */
class ValueNormalizerPropertyTests {

    private static final int EXAMPLES = 4_000;

    private final ValueNormalizer normalizer = new ValueNormalizer();

    /** A text, the span of it to scan (as fractions of its length, so that it shrinks with the text), and how. */
    record Input(String text, int from, int to, Language language, LocalDate reference) {

        @Override
        public String toString() {
            return HostileText.escaped(text) + " [" + from + ", " + to + ") " + language + " reference " + reference;
        }
    }

    private static Gen<Input> inputs() {
        Gen<Integer> permille = Generate.range(0, 1000);
        return random -> {
            String text = HostileText.anyText().generate(random);
            int a = text.length() * permille.generate(random) / 1000;
            int b = text.length() * permille.generate(random) / 1000;
            boolean whole = Generate.booleans().generate(random);
            return new Input(text, whole ? 0 : Math.min(a, b), whole ? text.length() : Math.max(a, b),
                    Generate.enumValues(Language.class).generate(random), HostileText.referenceDays().generate(random));
        };
    }

    @Test
    void mentionsLieInsideTheSpanInOrderAndHoldIntervals() {
        qt().withFixedSeed(HostileText.SEED).withExamples(EXAMPLES)
                .forAll(inputs())
                .checkAssert(input -> {
                    List<Mention> mentions = normalizer.findAll(input.text(), input.from(), input.to(), input.language(),
                            input.reference());
                    assertNotNull(mentions);
                    int previousEnd = input.from();
                    for (Mention mention : mentions) {
                        // Messages are built only on failure: the texts run to 45,000 chars.
                        Supplier<String> where = () -> mention + " in " + input;
                        assertTrue(0 <= mention.start() && mention.start() <= mention.end()
                                && mention.end() <= input.text().length(), () -> "span outside the text: " + where.get());
                        assertTrue(mention.start() >= previousEnd, () -> "out of order or overlapping: " + where.get());
                        assertTrue(mention.end() <= input.to(), () -> "past the end of the span scanned: " + where.get());
                        assertInterval(mention.value(), where);
                        if (input.reference() == null && mention.relative()) {
                            assertTrue(mention.value() instanceof DateValue date && !date.resolved(),
                                    () -> "relative yet resolved without a reference day: " + where.get());
                        }
                        previousEnd = mention.end();
                    }
                });
    }

    @Test
    void sameInputSameMentions() {
        qt().withFixedSeed(HostileText.SEED + 1).withExamples(EXAMPLES)
                .forAll(inputs())
                .checkAssert(input -> assertEquals(
                        normalizer.findAll(input.text(), input.from(), input.to(), input.language(), input.reference()),
                        new ValueNormalizer().findAll(input.text(), input.from(), input.to(), input.language(),
                                input.reference()),
                        input::toString));
    }

    /** The single-expression entry point: whatever the expression, a value or none, never an exception. */
    @Test
    void normalizingOneExpressionGivesAnIntervalOrNothing() {
        qt().withFixedSeed(HostileText.SEED + 2).withExamples(EXAMPLES)
                .forAll(HostileText.anyText(), Generate.enumValues(Language.class), HostileText.referenceDays())
                .checkAssert((expression, language, reference) -> {
                    Optional<Value> value = normalizer.normalize(expression, language, reference);
                    value.ifPresent(found -> assertInterval(found, () -> found + " of " + HostileText.escaped(expression)));
                });
    }

    /** Lower side not above the upper one, at least one side bounded; a resolved date has both days, else neither. */
    static void assertInterval(Value value, Supplier<String> where) {
        assertNotNull(value.kind(), where);
        assertNotNull(value.qualifier(), where);
        if (value instanceof NumericValue number) {
            assertTrue(number.min() != null || number.max() != null, () -> "unbounded on both sides: " + where.get());
            assertTrue(number.min() == null || number.max() == null || number.min().compareTo(number.max()) <= 0,
                    () -> "min above max: " + where.get());
        } else {
            DateValue date = (DateValue) value;
            if (date.resolved()) {
                boolean bounded = date.first() == null && date.qualifier() == Qualifier.AT_MOST && date.last() != null
                        || date.last() == null && date.qualifier() == Qualifier.AT_LEAST && date.first() != null;
                assertTrue(bounded || date.first() != null && date.last() != null && !date.first().isAfter(date.last()),
                        () -> "first day after last, or an open side that is no bound: " + where.get());
            } else {
                assertTrue(date.first() == null && date.last() == null, () -> "unresolved but bounded: " + where.get());
            }
        }
    }
}
