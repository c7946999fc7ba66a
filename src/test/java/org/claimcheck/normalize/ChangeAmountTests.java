package org.claimcheck.normalize;

import static org.claimcheck.normalize.NormalizationAssertions.REFERENCE;
import static org.claimcheck.normalize.NormalizationAssertions.assertNumeric;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.stream.Collectors;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Ranges, changes and two values told apart (issue 17). After a change word, an amount with its own unit then "to"
 * and a figure is the change and the new level, two values ("fell 0.68 per cent to 3,005.47", "up 19 cents to
 * $3.05"); without a change word, or when the first number is bare ("rose 5 to 10 percent"), "X to Y" is one range;
 * a number word that is no value alone opens a range whose far end has the unit ("one to two years").
 */
class ChangeAmountTests {

    /** The mentions' texts, " ; " between them. */
    @ParameterizedTest(name = "[{index}] {0} \"{1}\" -> {2}")
    @CsvSource(delimiter = '|', nullValues = "null", textBlock = """
            EN | the index fell 0.68 per cent to 3,005.47       | 0.68 per cent ; 3,005.47
            EN | shares were up 19 cents to $3.05                | 19 cents ; $3.05
            EN | shares were down 19 cents to $3.05              | 19 cents ; $3.05
            EN | inflation rose 2.1% to 5.3%                     | 2.1% ; 5.3%
            EN | the Dow gained 1.5% to 34,500                   | 1.5% ; 34,500
            EN | the stock lost 3% to $45.10                     | 3% ; $45.10
            EN | revenue rose by 5% to $120 million              | 5% ; $120 million
            EN | the pound slipped 0.4% to $1.27                 | 0.4% ; $1.27
            EN | oil dropped $2 to $80 a barrel                  | $2 ; $80 a barrel
            EN | the yen eased 0.2 percent to 150.3              | 0.2 percent ; 150.3
            EN | the index advanced 12 points to 7,500           | 12 ; 7,500
            EN | prices climbed 4% to a record                   | 4%
            EN | the toll rose from 64 to 2,975                  | 64 ; 2,975
            EN | homes from $750,000 to $1 million               | from $750,000 to $1 million
            EN | the rate rose 5 to 10 percent                   | 5 to 10 percent
            EN | between 20 and 30%                              | between 20 and 30%
            EN | $5 to $6 a share                                | $5 to $6
            EN | he faces one to two years in prison             | one to two years
            EN | one to three months                             | one to three months
            EN | a sentence of five to ten years                 | five to ten years
            ES | la bolsa cayó un 0,68 % a 3.005,47 puntos       | 0,68 % ; 3.005,47
            ES | las acciones subieron un 2% a 10.500            | 2% ; 10.500
            ES | el euro ganó 19 centavos a 1,10 dólares         | 19 centavos ; 1,10 dólares
            ES | el índice retrocedió 1,2 % a 9.800 puntos       | 1,2 % ; 9.800
            ES | el balance pasó de 186 a 192 muertos            | 186 ; 192
            ES | entre 20 y 30 %                                 | entre 20 y 30 %
            ES | de uno a dos años                               | uno a dos años
            ES | uno a tres meses                                | uno a tres meses
            FR | le CAC a baissé de 0,68 % à 3 005,47 points     | 0,68 % ; 3 005,47
            FR | l'indice a gagné 2 % à 7 500 points             | 2 % ; 7 500
            FR | le bilan est passé de 2 012 à 2 946 morts       | 2 012 ; 2 946
            FR | un à deux ans                                   | un à deux ans
            """)
    void mentionsOfAChange(Language language, String text, String expected) {
        List<Mention> mentions = new ValueNormalizer().findAll(text, 0, text.length(), language, REFERENCE);
        String found = mentions.stream().map(mention -> text.substring(mention.start(), mention.end()))
                .collect(Collectors.joining(" ; "));
        assertEquals(expected, found, language + " \"" + text + "\": " + mentions);
    }

    @ParameterizedTest(name = "[{index}] {0} \"{1}\" -> {2} [{3}, {4}] {5} {6}")
    @CsvSource(delimiter = '|', nullValues = "null", textBlock = """
            EN | one to two years                       | DURATION | 365.25   | 730.5    | day  | RANGE
            EN | one to three months                    | DURATION | 30.44    | 91.32    | day  | RANGE
            EN | one to two kilometres                  | QUANTITY | 1000     | 2000     | m    | RANGE
            EN | one to two weeks                       | DURATION | 7        | 14       | day  | RANGE
            EN | one to five days                       | DURATION | 1        | 5        | day  | RANGE
            EN | from $750,000 to $1 million            | MONEY    | 750000   | 1000000  | USD  | RANGE
            EN | 5 to 10 percent                        | PERCENT  | 5        | 10       | %    | RANGE
            EN | 0.68 per cent                          | PERCENT  | 0.68     | 0.68     | %    | EXACT
            EN | up 19 cents                            | MONEY    | 0.19     | 0.19     | USD  | EXACT
            EN | -1.3%                                  | PERCENT  | -1.3     | -1.3     | %    | EXACT
            ES | uno a dos años                         | DURATION | 365.25   | 730.5    | day  | RANGE
            ES | uno a tres meses                       | DURATION | 30.44    | 91.32    | day  | RANGE
            ES | de 750.000 a 1 millón de dólares       | MONEY    | 750000   | 1000000  | USD  | RANGE
            FR | un à deux ans                          | DURATION | 365.25   | 730.5    | day  | RANGE
            FR | un à trois mois                        | DURATION | 30.44    | 91.32    | day  | RANGE
            """)
    void rangesAndAmounts(Language language, String expression, ValueKind kind, String min, String max, String unit,
            Qualifier qualifier) {
        assertNumeric(language, expression, kind, min, max, unit, qualifier);
    }
}
