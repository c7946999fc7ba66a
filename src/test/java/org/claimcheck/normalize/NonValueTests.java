package org.claimcheck.normalize;

import static org.claimcheck.normalize.NormalizationAssertions.assertNoValue;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Expressions with digits or number words that are not values: ordinals, times of day, phone numbers,
 * identifiers, list numbers, "one"/"a" on their own and bare years used as names.
 */
class NonValueTests {

    private static final String NAME = "[{index}] {0} \"{1}\" is not a value";

    @ParameterizedTest(name = NAME)
    @CsvSource(delimiter = '|', nullValues = "null", textBlock = """
            # ordinals
            EN | 15th
            EN | the 3rd
            EN | the second round
            EN | first
            EN | for the first time
            FR | le premier ministre
            FR | le père Noël
            EN | Father Christmas
            EN | the H1N1 virus
            EN | https://news.example/2017/09/26/484014/story
            EN | in the summer
            EN | summer camps
            EN | the twenty-first century
            EN | his forty-fifth birthday
            FR | le vingt-deuxième jour
            ES | segundo
            ES | los atentados del 11-S
            ES | el movimiento 15-M
            ES | tras el 1-O
            ES | por segunda vez
            ES | la primera ministra
            ES | el tercero
            ES | el decimoquinto
            # a unit word that is also an ordinary word, with no number before it
            EN | tons of people came
            EN | there were tons of them
            """)
    void ordinals(Language language, String expression) {
        assertNoValue(language, expression);
    }

    @ParameterizedTest(name = NAME)
    @CsvSource(delimiter = '|', nullValues = "null", textBlock = """
            EN | 08:02:50
            EN | 6:33 AM
            EN | at 10:30 p.m.
            EN | +1 (202) 555-0143
            EN | +44 20 7946 0958
            ES | 08:02:50
            ES | a las 18:30
            ES | a las 6:33
            ES | +34 912 345 678
            ES | +57 601 234 5678
            # whole hours after a clock word: a time of day, not a duration
            FR | à 20 heures
            FR | vers 17 heures
            FR | dès 8 heures
            FR | jusqu'à 22 heures
            ES | a las 20 horas
            ES | hasta las 8 horas
            """)
    void timesOfDayAndPhoneNumbers(Language language, String expression) {
        assertNoValue(language, expression);
    }

    @ParameterizedTest(name = NAME)
    @CsvSource(delimiter = '|', nullValues = "null", textBlock = """
            EN | COVID-19
            EN | F-16
            EN | G7
            EN | No. 10
            EN | Article 5
            EN | page 12
            EN | the G20 summit
            EN | F-35
            EN | MH17
            ES | COVID-19
            ES | la Covid-19
            ES | los F-16
            ES | el G7
            ES | el artículo 5
            ES | la página 12
            ES | el MH17
            """)
    void identifiers(Language language, String expression) {
        assertNoValue(language, expression);
    }

    @ParameterizedTest(name = NAME)
    @CsvSource(delimiter = '|', nullValues = "null", textBlock = """
            EN | one
            EN | one of the soldiers
            EN | a soldier
            EN | 1. Putin visits North Korea
            EN | Vision 2030
            EN | Euro 2024
            EN | Agenda 2030
            ES | un
            ES | una
            ES | un soldado
            ES | una mujer
            ES | uno de los soldados
            ES | 1. Putin visita Corea del Norte
            ES | Visión 2030
            ES | la Agenda 2030
            ES | la Eurocopa 2024
            """)
    void loneArticlesListNumbersAndNames(Language language, String expression) {
        assertNoValue(language, expression);
    }
}
