package org.claimcheck.normalize;

import static org.claimcheck.normalize.NormalizationAssertions.REFERENCE;
import static org.claimcheck.normalize.NormalizationAssertions.assertNumeric;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;

import java.math.BigDecimal;
import java.util.List;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * An old and a new figure after a change word ("the toll rose from 175 to 398", "al pasar de 186 a 192", "passé de
 * 2 012 à 2 946") are two mentions, each with its own span, value and qualifier; "from X to Y" without one is a range.
 */
class OldAndNewFigureTests {

    private static final String NAME = "[{index}] {0} \"{1}\": [{2}] and [{5}]";

    /** Bounds are written "min..max", an open side as "_". */
    @ParameterizedTest(name = NAME)
    @CsvSource(delimiter = '|', nullValues = "null", textBlock = """
            EN | the toll was revised from 64 to 2,975          | 64            | 64..64       | EXACT       | 2,975             | 2975..2975       | EXACT
            EN | the toll rose from 175 to 398                  | 175           | 175..175     | EXACT       | 398               | 398..398         | EXACT
            EN | deaths have risen from 1,000 to 1,400          | 1,000         | 1000..1000   | EXACT       | 1,400             | 1400..1400       | EXACT
            EN | the count climbed from about 200 to more than 300 | about 200  | 180..220     | APPROXIMATE | more than 300     | 300.._           | AT_LEAST
            EN | prices increased from $5 to $6.50              | $5            | 5..5         | EXACT       | $6.50             | 6.5..6.5         | EXACT
            EN | turnout jumped from 40% to 55%                 | 40%           | 40..40       | EXACT       | 55%               | 55..55           | EXACT
            EN | the toll fell from 12 to 9 people              | 12            | 12..12       | EXACT       | 9                 | 9..9             | EXACT
            EN | the figure was updated from 64 to 2,975        | 64            | 64..64       | EXACT       | 2,975             | 2975..2975       | EXACT
            EN | the death toll dropped from 30 to 28           | 30            | 30..30       | EXACT       | 28                | 28..28           | EXACT
            EN | the population grew from 2 million to 3 million | 2 million    | 2000000..2000000 | EXACT   | 3 million         | 3000000..3000000 | EXACT
            EN | the toll, up from 64, increased to 300,000     | 64            | 64..64       | EXACT       | 300,000           | 300000..300000   | EXACT
            ES | al pasar de 186 a 192 muertos                  | 186           | 186..186     | EXACT       | 192               | 192..192         | EXACT
            ES | la cifra subió de 90 a 120                     | 90            | 90..90       | EXACT       | 120               | 120..120         | EXACT
            ES | el balance aumentó de 200 a más de 300         | 200           | 200..200     | EXACT       | más de 300        | 300.._           | AT_LEAST
            ES | elevó la cifra de víctimas de ese estado de 46 a 71 | 46       | 46..46       | EXACT       | 71                | 71..71           | EXACT
            ES | las muertes ascendieron de 10 a 15             | 10            | 10..10       | EXACT       | 15                | 15..15           | EXACT
            ES | el saldo se elevó de los 186 a los 192 muertos | 186           | 186..186     | EXACT       | 192               | 192..192         | EXACT
            FR | le bilan est passé de 2 012 à 2 946 morts      | 2 012         | 2012..2012   | EXACT       | 2 946             | 2946..2946       | EXACT
            FR | le bilan s'est alourdi de 296 à 632 morts      | 296           | 296..296     | EXACT       | 632               | 632..632         | EXACT
            FR | le nombre a grimpé de 1 000 à plus de 2 000    | 1 000         | 1000..1000   | EXACT       | plus de 2 000     | 2000.._          | AT_LEAST
            FR | le nombre de morts a augmenté de 300 à 820     | 300           | 300..300     | EXACT       | 820               | 820..820         | EXACT
            FR | le bilan a été revu de 2 122 à 2 497           | 2 122         | 2122..2122   | EXACT       | 2 497             | 2497..2497       | EXACT
            """)
    void aChangeIsTwoFigures(Language language, String text, String firstSpan, String firstBounds, Qualifier firstQualifier,
            String secondSpan, String secondBounds, Qualifier secondQualifier) {
        List<Mention> mentions = new ValueNormalizer().findAll(text, 0, text.length(), language, REFERENCE);
        String where = language + " \"" + text + "\": " + mentions;
        assertEquals(2, mentions.size(), where);
        check(text, mentions.get(0), firstSpan, firstBounds, firstQualifier, where);
        check(text, mentions.get(1), secondSpan, secondBounds, secondQualifier, where);
    }

    private static void check(String text, Mention mention, String span, String bounds, Qualifier qualifier, String where) {
        assertEquals(span, text.substring(mention.start(), mention.end()), where);
        NumericValue value = assertInstanceOf(NumericValue.class, mention.value(), where);
        String[] sides = bounds.split("\\.\\.");
        assertBound(sides[0], value.min(), where);
        assertBound(sides[1], value.max(), where);
        assertEquals(qualifier, value.qualifier(), where);
    }

    private static void assertBound(String expected, BigDecimal actual, String where) {
        if (expected.equals("_")) {
            assertEquals(null, actual, where);
        } else {
            assertEquals(0, new BigDecimal(expected).compareTo(actual), where + ": expected " + expected + ", got " + actual);
        }
    }

    @ParameterizedTest(name = "[{index}] {0} \"{1}\" -> {2} [{3}, {4}] {5} RANGE")
    @CsvSource(delimiter = '|', nullValues = "null", textBlock = """
            EN | between 10 and 15 billion                | COUNT    | 10000000000 | 15000000000 | null
            EN | from $750,000 to $1 million              | MONEY    | 750000      | 1000000     | USD
            EN | from 5 to 6 million people               | COUNT    | 5000000     | 6000000     | null
            EN | prices range from $5 to $10              | MONEY    | 5           | 10          | USD
            EN | it rose, with estimates from 10 to 15    | COUNT    | 10          | 15          | null
            ES | de 10 a 15 años                          | DURATION | 3652.5      | 5478.75     | day
            ES | entre 10 y 15 millones                   | COUNT    | 10000000    | 15000000    | null
            ES | penas de 10 a 15 años                    | DURATION | 3652.5      | 5478.75     | day
            FR | entre 10 et 15 ans                       | DURATION | 3652.5      | 5478.75     | day
            FR | de 10 à 15 km                            | QUANTITY | 10000       | 15000       | m
            FR | de 2 000 à 3 000 morts                   | COUNT    | 2000        | 3000        | null
            """)
    void aRangeWithoutAChangeWordStaysOne(Language language, String expression, ValueKind kind, String min, String max,
            String unit) {
        assertNumeric(language, expression, kind, min, max, unit, Qualifier.RANGE);
    }
}
