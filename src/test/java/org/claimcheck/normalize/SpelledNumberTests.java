package org.claimcheck.normalize;

import static org.claimcheck.normalize.NormalizationAssertions.assertNoValue;
import static org.claimcheck.normalize.NormalizationAssertions.assertNumeric;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Long spelled-out numbers and decimals ("tres millones cuatrocientos mil", "cuarenta y siete coma veintiocho", "minus
 * five point five"), signs and separators ("-5 degrees", "0,683 puntos", ",08 por ciento"), and what only looks like a
 * number (an IP address, a version, a phone number).
 */
class SpelledNumberTests {

    private static final String NAME = "[{index}] {0} \"{1}\" -> {2} [{3}, {4}] {5} {6}";

    /** Numbers in words: decimals read with "point", "coma", "punto", "virgule"; long numbers with scales inside. */
    @ParameterizedTest(name = NAME)
    @CsvSource(delimiter = '|', nullValues = "null", textBlock = """
            EN | five point five percent                      | PERCENT  | 5.5            | 5.5            | %    | EXACT
            EN | minus five point five                        | COUNT    | -5.5           | -5.5           | null | EXACT
            EN | three point two million people               | COUNT    | 3200000        | 3200000        | null | EXACT
            EN | two point five billion dollars               | MONEY    | 2500000000     | 2500000000     | USD  | EXACT
            EN | zero point three percent                     | PERCENT  | 0.3            | 0.3            | %    | EXACT
            ES | cuarenta y siete coma veintiocho             | COUNT    | 47.28          | 47.28          | null | EXACT
            ES | tres coma cinco millones de personas         | COUNT    | 3500000        | 3500000        | null | EXACT
            ES | dos coma cinco por ciento                    | PERCENT  | 2.5            | 2.5            | %    | EXACT
            ES | cero coma cinco por ciento                   | PERCENT  | 0.5            | 0.5            | %    | EXACT
            ES | siete punto dos                              | COUNT    | 7.2            | 7.2            | null | EXACT
            FR | trois virgule cinq millions                  | COUNT    | 3500000        | 3500000        | null | EXACT
            FR | deux virgule cinq pour cent                  | PERCENT  | 2.5            | 2.5            | %    | EXACT
            ES | tres millones cuatrocientos mil              | COUNT    | 3400000        | 3400000        | null | EXACT
            ES | tres millones cuatrocientos mil personas     | COUNT    | 3400000        | 3400000        | null | EXACT
            ES | un millón doscientos mil habitantes          | COUNT    | 1200000        | 1200000        | null | EXACT
            ES | dos millones quinientos mil dólares          | MONEY    | 2500000        | 2500000        | USD  | EXACT
            ES | doscientos cincuenta mil personas            | COUNT    | 250000         | 250000         | null | EXACT
            ES | cuatro mil trescientos veinte soldados       | COUNT    | 4320           | 4320           | null | EXACT
            ES | novecientos noventa y nueve mil              | COUNT    | 999000         | 999000         | null | EXACT
            ES | veintiún mil personas                        | COUNT    | 21000          | 21000          | null | EXACT
            ES | ciento cincuenta y tres heridos              | COUNT    | 153            | 153            | null | EXACT
            ES | mil doscientos migrantes                     | COUNT    | 1200           | 1200           | null | EXACT
            EN | two million five hundred thousand people     | COUNT    | 2500000        | 2500000        | null | EXACT
            EN | three million four hundred thousand          | COUNT    | 3400000        | 3400000        | null | EXACT
            EN | one million two hundred thousand residents   | COUNT    | 1200000        | 1200000        | null | EXACT
            EN | four hundred and fifty thousand people       | COUNT    | 450000         | 450000         | null | EXACT
            EN | two hundred fifty thousand people            | COUNT    | 250000         | 250000         | null | EXACT
            EN | nine hundred ninety-nine                     | COUNT    | 999            | 999            | null | EXACT
            EN | one thousand two hundred soldiers            | COUNT    | 1200           | 1200           | null | EXACT
            EN | twenty-one thousand troops                   | COUNT    | 21000          | 21000          | null | EXACT
            FR | deux millions trois cent mille habitants     | COUNT    | 2300000        | 2300000        | null | EXACT
            FR | trois millions cinq cent mille euros         | MONEY    | 3500000        | 3500000        | EUR  | EXACT
            FR | quatre-vingt-dix-sept morts                  | COUNT    | 97             | 97             | null | EXACT
            FR | soixante-et-onze blessés                     | COUNT    | 71             | 71             | null | EXACT
            FR | deux cent cinquante mille personnes          | COUNT    | 250000         | 250000         | null | EXACT
            EN | four point two percent                       | PERCENT  | 4.2            | 4.2            | %    | EXACT
            EN | one point five million people                | COUNT    | 1500000        | 1500000        | null | EXACT
            EN | ninety-nine point nine percent               | PERCENT  | 99.9           | 99.9           | %    | EXACT
            EN | two hundred thirty-four thousand five hundred sixty-seven | COUNT    | 234567         | 234567         | null | EXACT
            EN | seven million                                | COUNT    | 7000000        | 7000000        | null | EXACT
            EN | minus three                                  | COUNT    | -3             | -3             | null | EXACT
            ES | uno coma cinco millones                      | COUNT    | 1500000        | 1500000        | null | EXACT
            ES | cien mil personas                            | COUNT    | 100000         | 100000         | null | EXACT
            ES | trescientos mil desplazados                  | COUNT    | 300000         | 300000         | null | EXACT
            ES | dos millones trescientos mil votos           | COUNT    | 2300000        | 2300000        | null | EXACT
            ES | quince mil soldados                          | COUNT    | 15000          | 15000          | null | EXACT
            ES | menos tres grados                            | COUNT    | -3             | -3             | null | EXACT
            FR | cent mille personnes                         | COUNT    | 100000         | 100000         | null | EXACT
            FR | mille deux cents soldats                     | COUNT    | 1200           | 1200           | null | EXACT
            FR | vingt et un mille                            | COUNT    | 21000          | 21000          | null | EXACT
            FR | six virgule huit pour cent                   | PERCENT  | 6.8            | 6.8            | %    | EXACT
            """)
    void spelledOutNumbers(Language language, String expression, ValueKind kind, String min, String max, String unit,
            Qualifier qualifier) {
        assertNumeric(language, expression, kind, min, max, unit, qualifier);
    }

    /** Signs and separators: a minus sign or word, a leading decimal mark, a first group of zero that is a decimal, temperatures. */
    @ParameterizedTest(name = NAME)
    @CsvSource(delimiter = '|', nullValues = "null", textBlock = """
            EN | -5 degrees                                   | COUNT    | -5             | -5             | null | EXACT
            EN | temperatures of -12 degrees                  | COUNT    | -12            | -12            | null | EXACT
            EN | minus 5 degrees                              | COUNT    | -5             | -5             | null | EXACT
            EN | minus five degrees                           | COUNT    | -5             | -5             | null | EXACT
            EN | -3.5%                                        | PERCENT  | -3.5           | -3.5           | %    | EXACT
            EN | a -2.1 percent change                        | PERCENT  | -2.1           | -2.1           | %    | EXACT
            EN | 25°C                                         | QUANTITY | 25             | 25             | °C   | EXACT
            EN | 25 °C                                        | QUANTITY | 25             | 25             | °C   | EXACT
            EN | 98.6 °F                                      | QUANTITY | 37             | 37             | °C   | EXACT
            EN | 32 degrees Fahrenheit                        | QUANTITY | 0              | 0              | °C   | EXACT
            EN | 40 degrees Celsius                           | QUANTITY | 40             | 40             | °C   | EXACT
            EN | about -5 degrees                             | COUNT    | -5.5           | -4.5           | null | APPROXIMATE
            ES | -5 grados                                    | COUNT    | -5             | -5             | null | EXACT
            ES | menos cinco grados                           | COUNT    | -5             | -5             | null | EXACT
            ES | 40 grados centígrados                        | QUANTITY | 40             | 40             | °C   | EXACT
            ES | -2,5 %                                       | PERCENT  | -2.5           | -2.5           | %    | EXACT
            FR | -5 degrés                                    | COUNT    | -5             | -5             | null | EXACT
            FR | moins 10 degrés                              | COUNT    | -10            | -10            | null | EXACT
            FR | -2,5 %                                       | PERCENT  | -2.5           | -2.5           | %    | EXACT
            ES | 0,683 puntos                                 | COUNT    | 0.683          | 0.683          | null | EXACT
            ES | 0,5 por ciento                               | PERCENT  | 0.5            | 0.5            | %    | EXACT
            ES | 0,125 millones                               | COUNT    | 125000         | 125000         | null | EXACT
            ES | ,08 por ciento                               | PERCENT  | 0.08           | 0.08           | %    | EXACT
            ES | un ,5 por ciento                             | PERCENT  | 0.5            | 0.5            | %    | EXACT
            EN | .5 percent                                   | PERCENT  | 0.5            | 0.5            | %    | EXACT
            EN | 0.683 points                                 | COUNT    | 0.683          | 0.683          | null | EXACT
            EN | (.25 percent)                                | PERCENT  | 0.25           | 0.25           | %    | EXACT
            ES | 0.683 puntos                                 | COUNT    | 0.683          | 0.683          | null | EXACT
            FR | 0,683 point                                  | COUNT    | 0.683          | 0.683          | null | EXACT
            EN | -40 degrees                                  | COUNT    | -40            | -40            | null | EXACT
            EN | -0.5%                                        | PERCENT  | -0.5           | -0.5           | %    | EXACT
            EN | a low of -15 degrees Celsius                 | QUANTITY | -15            | -15            | °C   | EXACT
            EN | 0.25 points                                  | COUNT    | 0.25           | 0.25           | null | EXACT
            EN | 0.999 percent                                | PERCENT  | 0.999          | 0.999          | %    | EXACT
            EN | 5 °F                                         | QUANTITY | -15            | -15            | °C   | EXACT
            ES | 0,25 puntos                                  | COUNT    | 0.25           | 0.25           | null | EXACT
            ES | 0,999 por ciento                             | PERCENT  | 0.999          | 0.999          | %    | EXACT
            ES | -10 grados centígrados                       | QUANTITY | -10            | -10            | °C   | EXACT
            ES | 0,683                                        | COUNT    | 0.683          | 0.683          | null | EXACT
            ES | ,5 %                                         | PERCENT  | 0.5            | 0.5            | %    | EXACT
            ES | afectadas -32 con daños muy graves-, así     | COUNT    | 32             | 32             | null | EXACT
            FR | 0,25 point                                   | COUNT    | 0.25           | 0.25           | null | EXACT
            FR | -15 degrés Celsius                           | QUANTITY | -15            | -15            | °C   | EXACT
            FR | −3 degrés                                    | COUNT    | -3             | -3             | null | EXACT
            """)
    void signsAndSeparators(Language language, String expression, ValueKind kind, String min, String max, String unit,
            Qualifier qualifier) {
        assertNumeric(language, expression, kind, min, max, unit, qualifier);
    }

    /** Identifiers, addresses, versions, phone numbers and times of day that hold digits or number words but no value. */
    @ParameterizedTest(name = "[{index}] {0} \"{1}\" is not a value")
    @CsvSource(delimiter = '|', nullValues = "null", textBlock = """
            EN | 192.168.1.1
            EN | 10.0.0.1
            EN | 555-123-4567
            EN | +1 (202) 555-0143
            EN | version 2.3.1
            EN | v2.0
            EN | COVID-19
            EN | page 12
            ES | la versión 3.2.1
            ES | el 192.168.0.1
            FR | la version 2.0.1
            ES | una vaca
            ES | una vez
            EN | one last time
            EN | a point
            EN | at 4:30 p.m.
            ES | a las 16:30
            """)
    void notNumbers(Language language, String expression) {
        assertNoValue(language, expression);
    }
}
