package org.claimcheck.normalize;

import static org.claimcheck.normalize.NormalizationAssertions.assertDate;
import static org.claimcheck.normalize.NormalizationAssertions.assertNoValue;
import static org.claimcheck.normalize.NormalizationAssertions.assertNumeric;

import java.time.LocalDate;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * French, row by row: digits grouped with spaces and the decimal comma, number words, vague quantities, qualifiers,
 * money, percent, units, durations, dates and relative days. Made-up sentences, in the shapes French news writes.
 */
class FrenchNormalizationTests {

    private static final String NAME = "[{index}] {0} \"{1}\" -> {2} [{3}, {4}] {5} {6}";
    private static final String DATE_NAME = "[{index}] {0} ref {1} \"{2}\" -> {3}..{4} {5}";

    @ParameterizedTest(name = NAME)
    @CsvSource(delimiter = '|', nullValues = "null", textBlock = """
            # thousands grouped by a space, a no-break space or a narrow no-break space; "," is the decimal comma
            FR | 2 946 morts                      | COUNT | 2946     | 2946     | null | EXACT
            FR | 3 000 blessés                    | COUNT | 3000     | 3000     | null | EXACT
            FR | 1 250 000 habitants              | COUNT | 1250000  | 1250000  | null | EXACT
            FR | 12\u00a0000 sinistrés            | COUNT | 12000    | 12000    | null | EXACT
            FR | 45\u202f000 déplacés             | COUNT | 45000    | 45000    | null | EXACT
            FR | 2,5 enfants par femme            | COUNT | 2.5      | 2.5      | null | EXACT
            FR | 1305 morts                       | COUNT | 1305     | 1305     | null | EXACT
            FR | de 2012 morts                    | COUNT | 2012     | 2012     | null | EXACT
            FR | 1 234,5 tonnes                   | QUANTITY | 1234500 | 1234500 | kg  | EXACT
            # scale words
            FR | 2 millions de personnes          | COUNT | 2000000    | 2000000    | null | EXACT
            FR | 1,5 million de réfugiés          | COUNT | 1500000    | 1500000    | null | EXACT
            FR | 3 milliards d'habitants          | COUNT | 3000000000 | 3000000000 | null | EXACT
            FR | un million de sinistrés          | COUNT | 1000000    | 1000000    | null | EXACT
            FR | 2 millions et demi de personnes  | COUNT | 2500000    | 2500000    | null | EXACT
            # number words
            FR | trente personnes                 | COUNT | 30   | 30   | null | EXACT
            FR | Vingt-sept personnes             | COUNT | 27   | 27   | null | EXACT
            FR | vingt et un morts                | COUNT | 21   | 21   | null | EXACT
            FR | vingt-et-un morts                | COUNT | 21   | 21   | null | EXACT
            FR | dix-huit blessés                 | COUNT | 18   | 18   | null | EXACT
            FR | soixante-dix villages            | COUNT | 70   | 70   | null | EXACT
            FR | soixante et onze villages        | COUNT | 71   | 71   | null | EXACT
            FR | quatre-vingts maisons            | COUNT | 80   | 80   | null | EXACT
            FR | quatre-vingt-dix-neuf maisons    | COUNT | 99   | 99   | null | EXACT
            FR | deux cents soldats               | COUNT | 200  | 200  | null | EXACT
            FR | cent vingt familles              | COUNT | 120  | 120  | null | EXACT
            FR | trois mille soldats              | COUNT | 3000 | 3000 | null | EXACT
            FR | mille morts                      | COUNT | 1000 | 1000 | null | EXACT
            FR | sept personnes                   | COUNT | 7    | 7    | null | EXACT
            # vague quantities
            FR | une dizaine de morts             | COUNT | 9       | 11      | null | APPROXIMATE
            FR | une vingtaine de blessés         | COUNT | 18      | 22      | null | APPROXIMATE
            FR | une centaine d'habitants         | COUNT | 90      | 110     | null | APPROXIMATE
            FR | des dizaines de villages         | COUNT | 20      | 99      | null | APPROXIMATE
            FR | des centaines de blessés         | COUNT | 200     | 999     | null | APPROXIMATE
            FR | des milliers de sinistrés        | COUNT | 2000    | 9999    | null | APPROXIMATE
            FR | des dizaines de milliers de gens | COUNT | 20000   | 99999   | null | APPROXIMATE
            FR | des millions de personnes        | COUNT | 2000000 | 9999999 | null | APPROXIMATE
            """)
    void counts(Language language, String expression, ValueKind kind, String min, String max, String unit,
            Qualifier qualifier) {
        assertNumeric(language, expression.translateEscapes(), kind, min, max, unit, qualifier);
    }

    @ParameterizedTest(name = NAME)
    @CsvSource(delimiter = '|', nullValues = "null", textBlock = """
            FR | environ 300 personnes            | COUNT | 270   | 330   | null | APPROXIMATE
            FR | quelque 500 maisons              | COUNT | 450   | 550   | null | APPROXIMATE
            FR | autour de 1 000 secouristes      | COUNT | 900   | 1100  | null | APPROXIMATE
            FR | près de 2 000 blessés            | COUNT | 1800  | 2000  | null | APPROXIMATE
            FR | Près d'un million de personnes   | COUNT | 900000 | 1000000 | null | APPROXIMATE
            FR | presque 600 détenus              | COUNT | 540   | 600   | null | APPROXIMATE
            FR | un peu plus de 400 personnes     | COUNT | 400   | 440   | null | APPROXIMATE
            FR | au moins trente personnes        | COUNT | 30    | null  | null | AT_LEAST
            FR | d'au moins 632 morts             | COUNT | 632   | null  | null | AT_LEAST
            FR | d’au moins 632 morts             | COUNT | 632   | null  | null | AT_LEAST
            FR | plus de 1 305 morts              | COUNT | 1305  | null  | null | AT_LEAST
            FR | plus de 2000 morts               | COUNT | 2000  | null  | null | AT_LEAST
            FR | pas moins de 50 villages         | COUNT | 50    | null  | null | AT_LEAST
            FR | jusqu'à 40 % des bâtiments       | PERCENT | null | 40  | %    | AT_MOST
            FR | moins de 10 km                   | QUANTITY | null | 10000 | m  | AT_MOST
            FR | au plus 12 blessés               | COUNT | null  | 12    | null | AT_MOST
            FR | entre 10 et 15 ans               | DURATION | 3652.5 | 5478.75 | day | RANGE
            FR | de 10 à 15 km                    | QUANTITY | 10000 | 15000 | m | RANGE
            """)
    void qualifiersAndRanges(Language language, String expression, ValueKind kind, String min, String max, String unit,
            Qualifier qualifier) {
        assertNumeric(language, expression, kind, min, max, unit, qualifier);
    }

    @ParameterizedTest(name = NAME)
    @CsvSource(delimiter = '|', nullValues = "null", textBlock = """
            FR | 2 milliards de dollars           | MONEY    | 2000000000 | 2000000000 | USD | EXACT
            FR | 1,5 million d'euros              | MONEY    | 1500000    | 1500000    | EUR | EXACT
            FR | 300 millions de dirhams          | MONEY    | 300000000  | 300000000  | MAD | EXACT
            FR | 120 MAD                          | MONEY    | 120        | 120        | MAD | EXACT
            FR | 50 €                             | MONEY    | 50         | 50         | EUR | EXACT
            FR | 10 millions de dollars canadiens | MONEY    | 10000000   | 10000000   | CAD | EXACT
            FR | 51,2 %                           | PERCENT  | 51.2       | 51.2       | %   | EXACT
            FR | 51 pour cent                     | PERCENT  | 51         | 51         | %   | EXACT
            FR | à 320 km au sud                  | QUANTITY | 320000     | 320000     | m   | EXACT
            FR | 8 kilomètres de profondeur       | QUANTITY | 8000       | 8000       | m   | EXACT
            FR | 12 mètres                        | QUANTITY | 12         | 12         | m   | EXACT
            FR | 12,5 tonnes                      | QUANTITY | 12500      | 12500      | kg  | EXACT
            FR | 3 kilomètres carrés              | QUANTITY | 3000000    | 3000000    | m2  | EXACT
            FR | trois jours de deuil             | DURATION | 3          | 3          | day | EXACT
            FR | 48 heures                        | DURATION | 2          | 2          | day | EXACT
            FR | deux semaines                    | DURATION | 14         | 14         | day | EXACT
            FR | 20 ans                           | DURATION | 7305       | 7305       | day | EXACT
            FR | un an                            | DURATION | 365.25     | 365.25     | day | EXACT
            FR | deux ans et demi                 | DURATION | 913.125    | 913.125    | day | EXACT
            FR | six mois                         | DURATION | 182.64     | 182.64     | day | EXACT
            FR | une magnitude 6,8                | COUNT    | 6.8        | 6.8        | null | EXACT
            FR | de magnitude sept                | COUNT    | 7          | 7          | null | EXACT
            """)
    void moneyPercentUnitsAndDurations(Language language, String expression, ValueKind kind, String min, String max,
            String unit, Qualifier qualifier) {
        assertNumeric(language, expression, kind, min, max, unit, qualifier);
    }

    @ParameterizedTest(name = DATE_NAME)
    @CsvSource(delimiter = '|', nullValues = "null", textBlock = """
            FR | 2023-09-09 | le 8 septembre 2023               | 2023-09-08 | 2023-09-08 | EXACT
            FR | 2023-09-09 | Le 24 février 2004                | 2004-02-24 | 2004-02-24 | EXACT
            FR | 2023-09-09 | le 29 février 1960                | 1960-02-29 | 1960-02-29 | EXACT
            FR | 2023-09-09 | le 1er novembre 1755              | 1755-11-01 | 1755-11-01 | EXACT
            FR | 2023-09-09 | le 8 septembre                    | 2023-09-08 | 2023-09-08 | EXACT
            FR | 2023-09-09 | En février 2004                   | 2004-02-01 | 2004-02-29 | EXACT
            FR | 2023-09-09 | en août 2023                      | 2023-08-01 | 2023-08-31 | EXACT
            FR | 2023-09-09 | en 1731                           | 1731-01-01 | 1731-12-31 | EXACT
            FR | 2023-09-09 | depuis 2000                       | 2000-01-01 | 2000-12-31 | EXACT
            FR | 2023-09-09 | en mars                           | 2023-03-01 | 2023-03-31 | EXACT
            FR | 2023-09-09 | mi-septembre                      | 2023-09-11 | 2023-09-20 | APPROXIMATE
            FR | 2023-09-09 | début septembre                   | 2023-09-01 | 2023-09-10 | APPROXIMATE
            FR | 2023-09-09 | à la fin de juin 2022             | 2022-06-21 | 2022-06-30 | APPROXIMATE
            FR | 2023-09-09 | du 8 au 13 octobre 2022           | 2022-10-08 | 2022-10-13 | RANGE
            FR | 2023-09-09 | du vendredi 8 au samedi 9 septembre | 2023-09-08 | 2023-09-09 | RANGE
            FR | 2023-09-09 | entre 1950 et 1953                | 1950-01-01 | 1953-12-31 | RANGE
            # relative to the reference day, a Saturday
            FR | 2023-09-09 | vendredi                          | 2023-09-08 | 2023-09-08 | EXACT
            FR | 2023-09-09 | vendredi soir                     | 2023-09-08 | 2023-09-08 | EXACT
            FR | 2023-09-09 | samedi                            | 2023-09-09 | 2023-09-09 | EXACT
            FR | 2023-09-11 | qui a frappé vendredi              | 2023-09-08 | 2023-09-08 | EXACT
            FR | 2023-09-09 | lundi dernier                     | 2023-09-04 | 2023-09-04 | EXACT
            FR | 2023-09-09 | lundi prochain                    | 2023-09-11 | 2023-09-11 | EXACT
            FR | 2023-09-09 | la nuit de vendredi à samedi      | 2023-09-08 | 2023-09-09 | RANGE
            FR | 2023-09-09 | hier                              | 2023-09-08 | 2023-09-08 | EXACT
            FR | 2023-09-09 | aujourd'hui                       | 2023-09-09 | 2023-09-09 | EXACT
            FR | 2023-09-09 | aujourd’hui                       | 2023-09-09 | 2023-09-09 | EXACT
            FR | 2023-09-09 | demain                            | 2023-09-10 | 2023-09-10 | EXACT
            FR | 2023-09-09 | avant-hier                        | 2023-09-07 | 2023-09-07 | EXACT
            FR | 2023-09-09 | cette année                       | 2023-01-01 | 2023-12-31 | EXACT
            FR | 2023-09-09 | l'année dernière                  | 2022-01-01 | 2022-12-31 | EXACT
            FR | 2023-09-09 | l'an dernier                      | 2022-01-01 | 2022-12-31 | EXACT
            FR | 2023-09-09 | l'année prochaine                 | 2024-01-01 | 2024-12-31 | EXACT
            FR | 2023-09-09 | le mois dernier                   | 2023-08-01 | 2023-08-31 | EXACT
            FR | 2023-09-09 | la semaine dernière               | 2023-08-28 | 2023-09-03 | EXACT
            FR | 2023-09-09 | cette semaine                     | 2023-09-04 | 2023-09-10 | EXACT
            """)
    void dates(Language language, LocalDate reference, String expression, LocalDate first, LocalDate last,
            Qualifier qualifier) {
        assertDate(language, reference, expression, first, last, qualifier);
    }

    @ParameterizedTest(name = "[{index}] {0} \"{1}\" is not a value")
    @CsvSource(delimiter = '|', nullValues = "null", textBlock = """
            FR | à 23h11
            FR | le 2e arrondissement
            FR | la 3ème fois
            FR | le XXe siècle
            FR | la planète Mars
            FR | une fois
            FR | un homme
            FR | l'article 5
            FR | le numéro 12
            """)
    void notValues(Language language, String expression) {
        assertNoValue(language, expression);
    }
}
