package org.claimcheck.normalize;

import static org.claimcheck.normalize.NormalizationAssertions.assertNoValue;
import static org.claimcheck.normalize.NormalizationAssertions.assertNumeric;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Values written into compounds and typed in a hurry, in every language: "the magnitude-6.1 quake", "a Category 4
 * storm", "357people", "12 kilomters", "51,2 %". Identifiers that look alike stay identifiers.
 */
class CompoundAndTypoTests {

    private static final String NAME = "[{index}] {0} \"{1}\" -> {2} [{3}, {4}] {5} {6}";

    @ParameterizedTest(name = NAME)
    @CsvSource(delimiter = '|', nullValues = "null", textBlock = """
            # magnitudes and storm categories
            EN | the magnitude-6.1 quake             | COUNT | 6.1 | 6.1 | null | EXACT
            EN | a 6.5-magnitude earthquake          | COUNT | 6.5 | 6.5 | null | EXACT
            EN | a magnitude 7.1 quake               | COUNT | 7.1 | 7.1 | null | EXACT
            EN | the Category 4 storm                | COUNT | 4   | 4   | null | EXACT
            EN | became a Category 5 hurricane       | COUNT | 5   | 5   | null | EXACT
            EN | Hurricane Ian grew to Category 4 overnight | COUNT | 4 | 4 | null | EXACT
            ES | el sismo de magnitud-7,1            | COUNT | 7.1 | 7.1 | null | EXACT
            ES | un huracán de categoría 4           | COUNT | 4   | 4   | null | EXACT
            ES | un sismo de magnitud 8,2            | COUNT | 8.2 | 8.2 | null | EXACT
            FR | le séisme de magnitude-6,8          | COUNT | 6.8 | 6.8 | null | EXACT
            FR | un ouragan de catégorie 5           | COUNT | 5   | 5   | null | EXACT
            FR | un séisme de magnitude 6,3          | COUNT | 6.3 | 6.3 | null | EXACT
            # a number run into the word next to it
            EN | killed at least 357people          | COUNT | 357 | null | null | AT_LEAST
            EN | some 40people were hurt            | COUNT | 36  | 44   | null | APPROXIMATE
            ES | hubo337 réplicas                   | COUNT | 337 | 337  | null | EXACT
            ES | al menos 98muertos                  | COUNT | 98  | null | null | AT_LEAST
            FR | au moins 296morts                  | COUNT | 296 | null | null | AT_LEAST
            FR | le séisme a fait632 morts          | COUNT | 632 | 632  | null | EXACT
            # unit misspellings
            EN | a depth of 12 kilomters            | QUANTITY | 12000 | 12000 | m | EXACT
            EN | 10 kilometeres away                | QUANTITY | 10000 | 10000 | m | EXACT
            EN | 2,750 tones of the substance       | QUANTITY | 2750000 | 2750000 | kg | EXACT
            ES | a 30 kilometors de la costa        | QUANTITY | 30000 | 30000 | m | EXACT
            FR | à 8 kilomètes de profondeur        | QUANTITY | 8000 | 8000 | m | EXACT
            # a qualifier written against its number
            EN | a near-700 metre mine shaft        | QUANTITY | 630 | 700 | m | APPROXIMATE
            # the decimal comma before a spaced percent sign
            ES | el 51,2 % de los votos             | PERCENT | 51.2 | 51.2 | % | EXACT
            FR | 51,2 % des suffrages               | PERCENT | 51.2 | 51.2 | % | EXACT
            EN | 51.2 % of the vote                 | PERCENT | 51.2 | 51.2 | % | EXACT
            # half after a scale
            ES | hasta 1 millón y medio de personas | COUNT | null | 1500000 | null | AT_MOST
            """)
    void compoundsAndTypos(Language language, String expression, ValueKind kind, String min, String max, String unit,
            Qualifier qualifier) {
        assertNumeric(language, expression, kind, min, max, unit, qualifier);
    }

    @ParameterizedTest(name = "[{index}] {0} \"{1}\" is not a value")
    @CsvSource(delimiter = '|', nullValues = "null", textBlock = """
            EN | flight MH17
            EN | covid19 patients
            EN | the 15th
            EN | Category 2 visa
            ES | el covid19 avanza
            FR | le 2ème tour
            FR | la 2ième fois
            """)
    void identifiersStayIdentifiers(Language language, String expression) {
        assertNoValue(language, expression);
    }
}
