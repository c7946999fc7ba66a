package org.claimcheck.normalize;

import static org.claimcheck.normalize.NormalizationAssertions.assertNumeric;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Plain counts: digit separators, scale words, number words and vague quantities, in both languages. */
class CountNormalizationTests {

    private static final String NAME = "[{index}] {0} \"{1}\" -> {2} [{3}, {4}] {5} {6}";

    @ParameterizedTest(name = NAME)
    @CsvSource(delimiter = '|', nullValues = "null", textBlock = """
            # English: "," groups thousands, "." is the decimal point
            EN | 11,000 soldiers                  | COUNT | 11000      | 11000      | null | EXACT
            EN | 3,000 North Korean soldiers      | COUNT | 3000       | 3000       | null | EXACT
            EN | 1,250,000 refugees               | COUNT | 1250000    | 1250000    | null | EXACT
            EN | 10,500 troops were deployed      | COUNT | 10500      | 10500      | null | EXACT
            EN | 999 prisoners                    | COUNT | 999        | 999        | null | EXACT
            EN | 12 ships                         | COUNT | 12         | 12         | null | EXACT
            EN | 1500 soldiers                    | COUNT | 1500       | 1500       | null | EXACT
            EN | 2024 candidates                  | COUNT | 2024       | 2024       | null | EXACT
            EN | 2.5 children per woman           | COUNT | 2.5        | 2.5        | null | EXACT
            EN | 1.500 soldiers                   | COUNT | 1.5        | 1.5        | null | EXACT
            # Spanish: "." groups thousands, "," is the decimal comma unless followed by exactly three digits
            ES | 12.000 soldados                  | COUNT | 12000      | 12000      | null | EXACT
            ES | 45.000 desplazados               | COUNT | 45000      | 45000      | null | EXACT
            ES | 1.250.000 habitantes             | COUNT | 1250000    | 1250000    | null | EXACT
            ES | 350 detenidos                    | COUNT | 350        | 350        | null | EXACT
            ES | 1500 soldados                    | COUNT | 1500       | 1500       | null | EXACT
            ES | 2,5 hijos por mujer              | COUNT | 2.5        | 2.5        | null | EXACT
            ES | 11,000 soldados                  | COUNT | 11000      | 11000      | null | EXACT
            ES | 3,500 migrantes                  | COUNT | 3500       | 3500       | null | EXACT
            ES | 1,250,000 habitantes             | COUNT | 1250000    | 1250000    | null | EXACT
            ES | 1.125 millones de personas       | COUNT | 1125000000 | 1125000000 | null | EXACT
            """)
    void digitSeparators(Language language, String expression, ValueKind kind, String min, String max, String unit,
            Qualifier qualifier) {
        assertNumeric(language, expression, kind, min, max, unit, qualifier);
    }

    @ParameterizedTest(name = NAME)
    @CsvSource(delimiter = '|', nullValues = "null", textBlock = """
            EN | 5.5 million people               | COUNT | 5500000       | 5500000       | null | EXACT
            EN | 1.125 billion people             | COUNT | 1125000000    | 1125000000    | null | EXACT
            EN | 1.5 million Ukrainians           | COUNT | 1500000       | 1500000       | null | EXACT
            EN | 1.2 trillion parameters          | COUNT | 1200000000000 | 1200000000000 | null | EXACT
            EN | 40 thousand troops               | COUNT | 40000         | 40000         | null | EXACT
            EN | 15k followers                    | COUNT | 15000         | 15000         | null | EXACT
            EN | 1.2mn residents                  | COUNT | 1200000       | 1200000       | null | EXACT
            EN | 7 mln voters                     | COUNT | 7000000       | 7000000       | null | EXACT
            EN | 2bn people                       | COUNT | 2000000000    | 2000000000    | null | EXACT
            EN | half a million people           | COUNT | 500000        | 500000        | null | EXACT
            EN | a million refugees               | COUNT | 1000000       | 1000000       | null | EXACT
            EN | two million people               | COUNT | 2000000       | 2000000       | null | EXACT
            ES | 5,5 millones de personas         | COUNT | 5500000       | 5500000       | null | EXACT
            ES | 3 millones de desplazados        | COUNT | 3000000       | 3000000       | null | EXACT
            ES | 1,2 millones de refugiados       | COUNT | 1200000       | 1200000       | null | EXACT
            ES | 12 mil soldados                  | COUNT | 12000         | 12000         | null | EXACT
            ES | mil soldados                     | COUNT | 1000          | 1000          | null | EXACT
            ES | dos millones de personas         | COUNT | 2000000       | 2000000       | null | EXACT
            ES | mil millones de personas         | COUNT | 1000000000    | 1000000000    | null | EXACT
            ES | 8 mil millones de habitantes     | COUNT | 8000000000    | 8000000000    | null | EXACT
            ES | 1,5 billones de células          | COUNT | 1500000000000 | 1500000000000 | null | EXACT
            ES | un millón de personas            | COUNT | 1000000       | 1000000       | null | EXACT
            # a scaled number continued in digits: the rest has three digits, or a scale of its own follows it
            ES | 3 mil 500 personas               | COUNT | 3500          | 3500          | null | EXACT
            ES | 12 mil 500 millones de personas  | COUNT | 12500000000   | 12500000000   | null | EXACT
            ES | 2 millones 500 mil personas      | COUNT | 2500000       | 2500000       | null | EXACT
            EN | 1 million 200 thousand people    | COUNT | 1200000       | 1200000       | null | EXACT
            ES | 3 mil 2019                       | COUNT | 3000          | 3000          | null | EXACT
            """)
    void scaleWords(Language language, String expression, ValueKind kind, String min, String max, String unit,
            Qualifier qualifier) {
        assertNumeric(language, expression, kind, min, max, unit, qualifier);
    }

    @ParameterizedTest(name = NAME)
    @CsvSource(delimiter = '|', nullValues = "null", textBlock = """
            EN | zero casualties                  | COUNT | 0    | 0    | null | EXACT
            EN | seven people                     | COUNT | 7    | 7    | null | EXACT
            EN | eleven children                  | COUNT | 11   | 11   | null | EXACT
            EN | nineteen journalists             | COUNT | 19   | 19   | null | EXACT
            EN | sixty hostages                   | COUNT | 60   | 60   | null | EXACT
            EN | twenty-five villages             | COUNT | 25   | 25   | null | EXACT
            EN | forty-two tanks                  | COUNT | 42   | 42   | null | EXACT
            EN | ninety-nine hostages             | COUNT | 99   | 99   | null | EXACT
            EN | one hundred soldiers             | COUNT | 100  | 100  | null | EXACT
            EN | two hundred prisoners            | COUNT | 200  | 200  | null | EXACT
            EN | two hundred and fifty soldiers   | COUNT | 250  | 250  | null | EXACT
            EN | three thousand troops            | COUNT | 3000 | 3000 | null | EXACT
            EN | a dozen journalists              | COUNT | 12   | 12   | null | EXACT
            EN | half a dozen journalists         | COUNT | 6    | 6    | null | EXACT
            EN | three dozens                     | COUNT | 36   | 36   | null | EXACT
            EN | 3.2M people                      | COUNT | 3200000 | 3200000 | null | EXACT
            EN | two dozen ships                  | COUNT | 24   | 24   | null | EXACT
            ES | cero víctimas                    | COUNT | 0    | 0    | null | EXACT
            ES | siete personas                   | COUNT | 7    | 7    | null | EXACT
            ES | once niños                       | COUNT | 11   | 11   | null | EXACT
            ES | dieciséis heridos                | COUNT | 16   | 16   | null | EXACT
            ES | veintiuno de los rehenes         | COUNT | 21   | 21   | null | EXACT
            ES | veintidós detenidos              | COUNT | 22   | 22   | null | EXACT
            ES | veinticinco muertos              | COUNT | 25   | 25   | null | EXACT
            ES | treinta y cinco periodistas      | COUNT | 35   | 35   | null | EXACT
            ES | cuarenta y dos tanques           | COUNT | 42   | 42   | null | EXACT
            ES | noventa y nueve rehenes          | COUNT | 99   | 99   | null | EXACT
            ES | cien rehenes                     | COUNT | 100  | 100  | null | EXACT
            ES | ciento veinte personas           | COUNT | 120  | 120  | null | EXACT
            ES | doscientos soldados              | COUNT | 200  | 200  | null | EXACT
            ES | quinientos migrantes             | COUNT | 500  | 500  | null | EXACT
            ES | setecientos cincuenta presos     | COUNT | 750  | 750  | null | EXACT
            ES | novecientos trabajadores         | COUNT | 900  | 900  | null | EXACT
            ES | tres mil soldados                | COUNT | 3000 | 3000 | null | EXACT
            ES | dos mil quinientos soldados      | COUNT | 2500 | 2500 | null | EXACT
            ES | una docena de periodistas        | COUNT | 12   | 12   | null | EXACT
            ES | media docena de periodistas      | COUNT | 6    | 6    | null | EXACT
            FR | une demi-douzaine                | COUNT | 6    | 6    | null | EXACT
            FR | une demi-douzaine de blessés     | COUNT | 6    | 6    | null | EXACT
            FR | deux douzaines                   | COUNT | 24   | 24   | null | EXACT
            FR | une douzaine                     | COUNT | 12   | 12   | null | EXACT
            FR | un demi-million                  | COUNT | 500000 | 500000 | null | EXACT
            ES | dos docenas de huevos            | COUNT | 24   | 24   | null | EXACT
            ES | docenas de personas              | COUNT | 24   | 99   | null | APPROXIMATE
            """)
    void numberWords(Language language, String expression, ValueKind kind, String min, String max, String unit,
            Qualifier qualifier) {
        assertNumeric(language, expression, kind, min, max, unit, qualifier);
    }

    @ParameterizedTest(name = NAME)
    @CsvSource(delimiter = '|', nullValues = "null", textBlock = """
            EN | dozens of North Korean soldiers          | COUNT | 24         | 99           | null | APPROXIMATE
            EN | several hundred people                   | COUNT | 200        | 999          | null | APPROXIMATE
            EN | tens of millions of people               | COUNT | 20000000   | 99999999     | null | APPROXIMATE
            ES | más de un centenar de personas           | COUNT | 100        | null         | null | AT_LEAST
            FR | plus d'une centaine de personnes         | COUNT | 100        | null         | null | AT_LEAST
            FR | près d'un millier de manifestants        | COUNT | 900        | 1000         | null | APPROXIMATE
            ES | decenas de millones de personas          | COUNT | 20000000   | 99999999     | null | APPROXIMATE
            FR | des dizaines de millions de personnes    | COUNT | 20000000   | 99999999     | null | APPROXIMATE
            EN | a few dozen protesters                   | COUNT | 24         | 99           | null | APPROXIMATE
            EN | a few thousand troops                    | COUNT | 2000       | 9999         | null | APPROXIMATE
            EN | several hundred thousand refugees        | COUNT | 200000     | 999999       | null | APPROXIMATE
            ES | un centenar de personas                  | COUNT | 90         | 110          | null | APPROXIMATE
            ES | un millar de migrantes                   | COUNT | 900        | 1100         | null | APPROXIMATE
            ES | varios cientos de manifestantes          | COUNT | 200        | 999          | null | APPROXIMATE
            FR | 3 milliers de personnes                  | COUNT | 3000       | 3000         | null | EXACT
            EN | hundreds of civilians                    | COUNT | 200        | 999          | null | APPROXIMATE
            EN | thousands of protesters                  | COUNT | 2000       | 9999         | null | APPROXIMATE
            EN | tens of thousands of people              | COUNT | 20000      | 99999        | null | APPROXIMATE
            EN | hundreds of thousands of refugees        | COUNT | 200000     | 999999       | null | APPROXIMATE
            EN | millions of people                       | COUNT | 2000000    | 9999999      | null | APPROXIMATE
            EN | billions of people                       | COUNT | 2000000000 | 999999999999 | null | APPROXIMATE
            EN | a handful of protesters                  | COUNT | 2          | 5            | null | APPROXIMATE
            ES | decenas de soldados                      | COUNT | 20         | 99           | null | APPROXIMATE
            ES | cientos de civiles                       | COUNT | 200        | 999          | null | APPROXIMATE
            ES | centenares de manifestantes              | COUNT | 200        | 999          | null | APPROXIMATE
            ES | miles de manifestantes                   | COUNT | 2000       | 9999         | null | APPROXIMATE
            ES | decenas de miles de personas             | COUNT | 20000      | 99999        | null | APPROXIMATE
            ES | cientos de miles de refugiados           | COUNT | 200000     | 999999       | null | APPROXIMATE
            ES | millones de personas                     | COUNT | 2000000    | 9999999      | null | APPROXIMATE
            ES | un puñado de manifestantes               | COUNT | 2          | 5            | null | APPROXIMATE
            """)
    void vagueQuantities(Language language, String expression, ValueKind kind, String min, String max, String unit,
            Qualifier qualifier) {
        assertNumeric(language, expression, kind, min, max, unit, qualifier);
    }
}
