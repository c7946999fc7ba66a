package org.claimcheck.normalize;

import static org.claimcheck.normalize.NormalizationAssertions.assertNoValue;
import static org.claimcheck.normalize.NormalizationAssertions.assertNumeric;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Fractions and halves in English, Spanish and French: "two thirds", "a quarter of the budget", "3/4 of",
 * "2 millones y medio", "one and a half", "les deux tiers". A fraction with nothing after it to take it is its own value
 * (a COUNT below one); before a unit or a scale it multiplies it ("a quarter of a century", "half a million").
 */
class FractionNormalizationTests {

    private static final String NAME = "[{index}] {0} \"{1}\" -> {2} [{3}, {4}] {5} {6}";

    /** Fractions named by words, with or without "of": the fraction is the value, or it scales the unit or scale after it. */
    @ParameterizedTest(name = NAME)
    @CsvSource(delimiter = '|', nullValues = "null", textBlock = """
            EN | two thirds of the budget                     | COUNT    | ~0.666666667   | ~0.666666667   | null | EXACT
            EN | two-thirds of the voters                     | COUNT    | ~0.666666667   | ~0.666666667   | null | EXACT
            EN | one third of the population                  | COUNT    | ~0.333333333   | ~0.333333333   | null | EXACT
            EN | one-third of the seats                       | COUNT    | ~0.333333333   | ~0.333333333   | null | EXACT
            EN | a third of the country                       | COUNT    | ~0.333333333   | ~0.333333333   | null | EXACT
            EN | a quarter of the budget                      | COUNT    | 0.25           | 0.25           | null | EXACT
            EN | a quarter of the workforce                   | COUNT    | 0.25           | 0.25           | null | EXACT
            EN | three quarters of the population             | COUNT    | 0.75           | 0.75           | null | EXACT
            EN | three-quarters of the vote                   | COUNT    | 0.75           | 0.75           | null | EXACT
            EN | one fifth of the land                        | COUNT    | 0.2            | 0.2            | null | EXACT
            EN | a fifth of the budget                        | COUNT    | 0.2            | 0.2            | null | EXACT
            EN | two fifths of the members                    | COUNT    | 0.4            | 0.4            | null | EXACT
            EN | four fifths of the staff                     | COUNT    | 0.8            | 0.8            | null | EXACT
            EN | a tenth of the crop                          | COUNT    | 0.1            | 0.1            | null | EXACT
            EN | nine tenths of the forest                    | COUNT    | 0.9            | 0.9            | null | EXACT
            EN | 3/4 of the voters                            | COUNT    | 0.75           | 0.75           | null | EXACT
            EN | 2/3 of the seats                             | COUNT    | ~0.666666667   | ~0.666666667   | null | EXACT
            EN | 1/3 of the budget                            | COUNT    | ~0.333333333   | ~0.333333333   | null | EXACT
            EN | half of the voters                           | COUNT    | 0.5            | 0.5            | null | EXACT
            EN | one half of the budget                       | COUNT    | 0.5            | 0.5            | null | EXACT
            EN | one and a half million people                | COUNT    | 1500000        | 1500000        | null | EXACT
            EN | two and a half million people                | COUNT    | 2500000        | 2500000        | null | EXACT
            EN | half a million people                        | COUNT    | 500000         | 500000         | null | EXACT
            EN | a quarter of a million people                | COUNT    | 250000         | 250000         | null | EXACT
            EN | a quarter of a century                       | DURATION | 9131.25        | 9131.25        | day  | EXACT
            EN | three quarters of an hour                    | DURATION | 0.03125        | 0.03125        | day  | EXACT
            EN | one and a half years                         | DURATION | 547.875        | 547.875        | day  | EXACT
            ES | dos tercios de los votos                     | COUNT    | ~0.666666667   | ~0.666666667   | null | EXACT
            ES | un tercio de la población                    | COUNT    | ~0.333333333   | ~0.333333333   | null | EXACT
            ES | un cuarto de la población                    | COUNT    | 0.25           | 0.25           | null | EXACT
            ES | tres cuartos de la población                 | COUNT    | 0.75           | 0.75           | null | EXACT
            ES | dos quintos del presupuesto                  | COUNT    | 0.4            | 0.4            | null | EXACT
            ES | un quinto de los diputados                   | COUNT    | 0.2            | 0.2            | null | EXACT
            ES | la mitad de los votos                        | COUNT    | 0.5            | 0.5            | null | EXACT
            ES | mitad de los encuestados                     | COUNT    | 0.5            | 0.5            | null | EXACT
            ES | 2/3 de los escaños                           | COUNT    | ~0.666666667   | ~0.666666667   | null | EXACT
            ES | 3/4 de los votantes                          | COUNT    | 0.75           | 0.75           | null | EXACT
            ES | 2 millones y medio de personas               | COUNT    | 2500000        | 2500000        | null | EXACT
            ES | 3 millones y medio de habitantes             | COUNT    | 3500000        | 3500000        | null | EXACT
            ES | un millón y medio de personas                | COUNT    | 1500000        | 1500000        | null | EXACT
            ES | medio millón de personas                     | COUNT    | 500000         | 500000         | null | EXACT
            ES | un cuarto de siglo                           | DURATION | 9131.25        | 9131.25        | day  | EXACT
            ES | medio siglo                                  | DURATION | 18262.5        | 18262.5        | day  | EXACT
            FR | les deux tiers des voix                      | COUNT    | ~0.666666667   | ~0.666666667   | null | EXACT
            FR | un tiers de la population                    | COUNT    | ~0.333333333   | ~0.333333333   | null | EXACT
            FR | un quart des habitants                       | COUNT    | 0.25           | 0.25           | null | EXACT
            FR | trois quarts des électeurs                   | COUNT    | 0.75           | 0.75           | null | EXACT
            FR | la moitié des sièges                         | COUNT    | 0.5            | 0.5            | null | EXACT
            FR | 2/3 des sièges                               | COUNT    | ~0.666666667   | ~0.666666667   | null | EXACT
            FR | 2 millions et demi d'habitants               | COUNT    | 2500000        | 2500000        | null | EXACT
            EN | two thirds of the members                    | COUNT    | ~0.666666667   | ~0.666666667   | null | EXACT
            EN | two-thirds of Americans                      | COUNT    | ~0.666666667   | ~0.666666667   | null | EXACT
            EN | a third of all voters                        | COUNT    | ~0.333333333   | ~0.333333333   | null | EXACT
            EN | one-quarter of the budget                    | COUNT    | 0.25           | 0.25           | null | EXACT
            EN | three-fifths of the senate                   | COUNT    | 0.6            | 0.6            | null | EXACT
            EN | seven tenths of the staff                    | COUNT    | 0.7            | 0.7            | null | EXACT
            EN | one-tenth of the area                        | COUNT    | 0.1            | 0.1            | null | EXACT
            EN | 5/8 of the route                             | COUNT    | 0.625          | 0.625          | null | EXACT
            EN | half of all children                         | COUNT    | 0.5            | 0.5            | null | EXACT
            EN | a quarter of a billion dollars               | MONEY    | 250000000      | 250000000      | USD  | EXACT
            EN | half a billion dollars                       | MONEY    | 500000000      | 500000000      | USD  | EXACT
            EN | half a century                               | DURATION | 18262.5        | 18262.5        | day  | EXACT
            EN | half an hour                                 | DURATION | ~0.020833333   | ~0.020833333   | day  | EXACT
            EN | two and a half hours                         | DURATION | ~0.104166667   | ~0.104166667   | day  | EXACT
            EN | a year and a half                            | DURATION | 547.875        | 547.875        | day  | EXACT
            ES | dos tercios del Congreso                     | COUNT    | ~0.666666667   | ~0.666666667   | null | EXACT
            ES | un tercio del presupuesto                    | COUNT    | ~0.333333333   | ~0.333333333   | null | EXACT
            ES | cuatro quintos de la población               | COUNT    | 0.8            | 0.8            | null | EXACT
            ES | tres octavos de la superficie                | COUNT    | 0.375          | 0.375          | null | EXACT
            ES | un décimo de los votos                       | COUNT    | 0.1            | 0.1            | null | EXACT
            ES | la mitad del presupuesto                     | COUNT    | 0.5            | 0.5            | null | EXACT
            ES | 1/3 de los votos                             | COUNT    | ~0.333333333   | ~0.333333333   | null | EXACT
            ES | medio millón de dólares                      | MONEY    | 500000         | 500000         | USD  | EXACT
            ES | media hora                                   | DURATION | ~0.020833333   | ~0.020833333   | day  | EXACT
            ES | dos años y medio                             | DURATION | 913.125        | 913.125        | day  | EXACT
            ES | un año y medio                               | DURATION | 547.875        | 547.875        | day  | EXACT
            ES | cinco millones y medio de habitantes         | COUNT    | 5500000        | 5500000        | null | EXACT
            FR | deux tiers des électeurs                     | COUNT    | ~0.666666667   | ~0.666666667   | null | EXACT
            FR | trois quarts du territoire                   | COUNT    | 0.75           | 0.75           | null | EXACT
            FR | un cinquième des députés                     | COUNT    | 0.2            | 0.2            | null | EXACT
            FR | un dixième de la population                  | COUNT    | 0.1            | 0.1            | null | EXACT
            FR | la moitié du budget                          | COUNT    | 0.5            | 0.5            | null | EXACT
            FR | 1/4 des habitants                            | COUNT    | 0.25           | 0.25           | null | EXACT
            FR | 3 millions et demi de personnes              | COUNT    | 3500000        | 3500000        | null | EXACT
            FR | deux ans et demi                             | DURATION | 913.125        | 913.125        | day  | EXACT
            FR | un demi-siècle                               | DURATION | 18262.5        | 18262.5        | day  | EXACT
            EN | one third                                    | COUNT    | ~0.333333333   | ~0.333333333   | null | EXACT
            EN | the share fell by a third.                   | COUNT    | ~0.333333333   | ~0.333333333   | null | EXACT
            EN | three quarters                               | COUNT    | 0.75           | 0.75           | null | EXACT
            EN | 1/4                                          | COUNT    | 0.25           | 0.25           | null | EXACT
            EN | a ratio of 2/3, they said                    | COUNT    | ~0.666666667   | ~0.666666667   | null | EXACT
            ES | un tercio                                    | COUNT    | ~0.333333333   | ~0.333333333   | null | EXACT
            ES | tres cuartos                                 | COUNT    | 0.75           | 0.75           | null | EXACT
            ES | tres cuartos oscuros                         | COUNT    | 3              | 3              | null | EXACT
            FR | un tiers                                     | COUNT    | ~0.333333333   | ~0.333333333   | null | EXACT
            FR | trois quarts                                 | COUNT    | 0.75           | 0.75           | null | EXACT
            FR | 1/4                                          | COUNT    | 0.25           | 0.25           | null | EXACT
            EN | more than half                               | COUNT    | 0.5            | null           | null | AT_LEAST
            EN | up to half                                   | COUNT    | null           | 0.5            | null | AT_MOST
            ES | más de la mitad                              | COUNT    | 0.5            | null           | null | AT_LEAST
            FR | plus de la moitié                            | COUNT    | 0.5            | null           | null | AT_LEAST
            FR | près de la moitié, selon                     | COUNT    | 0.45           | 0.5            | null | APPROXIMATE
            """)
    void fractions(Language language, String expression, ValueKind kind, String min, String max, String unit,
            Qualifier qualifier) {
        assertNumeric(language, expression, kind, min, max, unit, qualifier);
    }

    /** Words that look like fractions but are ordinals, parts of a game or a room, and slashed numbers that are not fractions. */
    @ParameterizedTest(name = "[{index}] {0} \"{1}\" is not a value")
    @CsvSource(delimiter = '|', nullValues = "null", textBlock = """
            EN | a third term
            EN | the third quarter
            EN | in the second half
            EN | half the time
            EN | the first half
            EN | one last time
            EN | a fifth grader
            ES | un cuarto oscuro
            ES | por la mitad
            ES | una vaca
            ES | el tercer piso
            FR | un tiers payant
            FR | la première moitié
            EN | 24/7
            EN | the 9/11 attacks
            EN | 10/12
            EN | cut in half.
            EN | 5/4
            """)
    void notFractions(Language language, String expression) {
        assertNoValue(language, expression);
    }
}
