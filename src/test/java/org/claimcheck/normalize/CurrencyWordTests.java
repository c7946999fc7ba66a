package org.claimcheck.normalize;

import static org.claimcheck.normalize.NormalizationAssertions.assertNumeric;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Currencies named by words and codes: the amount in the stated currency, unit its ISO 4217 code. */
class CurrencyWordTests {

    private static final String NAME = "[{index}] {0} \"{1}\" -> {2} [{3}, {4}] {5} {6}";

    /** Money named by words: subunits, pounds after a scale, francs, yen, nationality adjectives, codes before "$". */
    @ParameterizedTest(name = NAME)
    @CsvSource(delimiter = '|', nullValues = "null", textBlock = """
            EN | 34 cents                                     | MONEY    | 0.34           | 0.34           | USD  | EXACT
            EN | 99 cents a gallon                            | MONEY    | 0.261530332    | 0.261530332    | USD/l | EXACT
            EN | 20 pence                                     | MONEY    | 0.2            | 0.2            | GBP  | EXACT
            EN | 361 million pounds                           | MONEY    | 361000000      | 361000000      | GBP  | EXACT
            EN | 2 billion pounds                             | MONEY    | 2000000000     | 2000000000     | GBP  | EXACT
            EN | €10                                          | MONEY    | 10             | 10             | EUR  | EXACT
            EN | 10 €                                         | MONEY    | 10             | 10             | EUR  | EXACT
            EN | 10€                                          | MONEY    | 10             | 10             | EUR  | EXACT
            EN | € 10                                         | MONEY    | 10             | 10             | EUR  | EXACT
            EN | 528 million francs                           | MONEY    | 528000000      | 528000000      | CHF  | EXACT
            EN | 50 Swiss francs                              | MONEY    | 50             | 50             | CHF  | EXACT
            EN | 10 million Australian dollars                | MONEY    | 10000000       | 10000000       | AUD  | EXACT
            EN | 5 billion Canadian dollars                   | MONEY    | 5000000000     | 5000000000     | CAD  | EXACT
            EN | 100 Hong Kong dollars                        | MONEY    | 100            | 100            | HKD  | EXACT
            EN | 3 million Mexican pesos                      | MONEY    | 3000000        | 3000000        | MXN  | EXACT
            EN | MXN$15                                       | MONEY    | 15             | 15             | MXN  | EXACT
            EN | MXN 15                                       | MONEY    | 15             | 15             | MXN  | EXACT
            EN | USD 5 million                                | MONEY    | 5000000        | 5000000        | USD  | EXACT
            EN | 2,000 rupees                                 | MONEY    | 2000           | 2000           | INR  | EXACT
            EN | 100 million rand                             | MONEY    | 100000000      | 100000000      | ZAR  | EXACT
            EN | 1 billion shekels                            | MONEY    | 1000000000     | 1000000000     | ILS  | EXACT
            ES | 450.000 yenes                                | MONEY    | 450000         | 450000         | JPY  | EXACT
            ES | 125 millones de dólares australianos         | MONEY    | 125000000      | 125000000      | AUD  | EXACT
            ES | 30 millones de dólares canadienses           | MONEY    | 30000000       | 30000000       | CAD  | EXACT
            ES | 10 millones de dólares estadounidenses       | MONEY    | 10000000       | 10000000       | USD  | EXACT
            ES | 5 millones de libras                         | MONEY    | 5000000        | 5000000        | GBP  | EXACT
            ES | 20 céntimos                                  | MONEY    | 0.2            | 0.2            | EUR  | EXACT
            ES | 50 centavos                                  | MONEY    | 0.5            | 0.5            | USD  | EXACT
            ES | 300 francos suizos                           | MONEY    | 300            | 300            | CHF  | EXACT
            ES | 2.000 francos                                | MONEY    | 2000           | 2000           | CHF  | EXACT
            ES | 500 millones de yenes                        | MONEY    | 500000000      | 500000000      | JPY  | EXACT
            ES | 1.000 millones de rupias                     | MONEY    | 1000000000     | 1000000000     | INR  | EXACT
            ES | 100 reales                                   | MONEY    | 100            | 100            | BRL  | EXACT
            ES | 500 soles                                    | MONEY    | 500            | 500            | PEN  | EXACT
            ES | 10 €                                         | MONEY    | 10             | 10             | EUR  | EXACT
            ES | €10                                          | MONEY    | 10             | 10             | EUR  | EXACT
            ES | MXN$15                                       | MONEY    | 15             | 15             | MXN  | EXACT
            ES | 3 millones de bolívares                      | MONEY    | 3000000        | 3000000        | VES  | EXACT
            FR | 10 €                                         | MONEY    | 10             | 10             | EUR  | EXACT
            FR | 850 millions d'euros                         | MONEY    | 850000000      | 850000000      | EUR  | EXACT
            FR | 2 millions de dollars australiens            | MONEY    | 2000000        | 2000000        | AUD  | EXACT
            FR | 500 francs CFA                               | MONEY    | 500            | 500            | XOF  | EXACT
            FR | 300 millions de livres                       | MONEY    | 300000000      | 300000000      | GBP  | EXACT
            FR | 50 centimes                                  | MONEY    | 0.5            | 0.5            | EUR  | EXACT
            FR | 20 francs suisses                            | MONEY    | 20             | 20             | CHF  | EXACT
            FR | 500 millions de yens                         | MONEY    | 500000000      | 500000000      | JPY  | EXACT
            EN | 75 cents                                     | MONEY    | 0.75           | 0.75           | USD  | EXACT
            EN | a 10 cent rise                               | MONEY    | 0.1            | 0.1            | USD  | EXACT
            EN | 10 Canadian dollars                          | MONEY    | 10             | 10             | CAD  | EXACT
            EN | 5 million British pounds                     | MONEY    | 5000000        | 5000000        | GBP  | EXACT
            EN | 200 billion Japanese yen                     | MONEY    | 200000000000   | 200000000000   | JPY  | EXACT
            EN | £5 million                                   | MONEY    | 5000000        | 5000000        | GBP  | EXACT
            EN | USD 10                                       | MONEY    | 10             | 10             | USD  | EXACT
            EN | CAD 500                                      | MONEY    | 500            | 500            | CAD  | EXACT
            EN | EUR 2.5 million                              | MONEY    | 2500000        | 2500000        | EUR  | EXACT
            ES | 80 millones de dólares canadienses           | MONEY    | 80000000       | 80000000       | CAD  | EXACT
            ES | 1.500 millones de yenes                      | MONEY    | 1500000000     | 1500000000     | JPY  | EXACT
            ES | 20 francos                                   | MONEY    | 20             | 20             | CHF  | EXACT
            ES | 200 millones de libras                       | MONEY    | 200000000      | 200000000      | GBP  | EXACT
            ES | 100 millones de pesos uruguayos              | MONEY    | 100000000      | 100000000      | UYU  | EXACT
            FR | 10 millions de dollars australiens           | MONEY    | 10000000       | 10000000       | AUD  | EXACT
            FR | 5 milliards de francs CFA                    | MONEY    | 5000000000     | 5000000000     | XOF  | EXACT
            FR | 200 millions de livres sterling              | MONEY    | 200000000      | 200000000      | GBP  | EXACT
            FR | 99 centimes                                  | MONEY    | 0.99           | 0.99           | EUR  | EXACT
            """)
    void currencyWords(Language language, String expression, ValueKind kind, String min, String max, String unit,
            Qualifier qualifier) {
        assertNumeric(language, expression, kind, min, max, unit, qualifier);
    }

    /** Weights and books stay what they are: "pounds", "libras", "livres" are money only after a scale word. */
    @ParameterizedTest(name = NAME)
    @CsvSource(delimiter = '|', nullValues = "null", textBlock = """
            EN | 5 pounds of flour                            | QUANTITY | 2.26796185     | 2.26796185     | kg   | EXACT
            ES | 5 libras de harina                           | QUANTITY | 2.26796185     | 2.26796185     | kg   | EXACT
            EN | 10 real estate firms                         | COUNT    | 10             | 10             | null | EXACT
            """)
    void notMoney(Language language, String expression, ValueKind kind, String min, String max, String unit,
            Qualifier qualifier) {
        assertNumeric(language, expression, kind, min, max, unit, qualifier);
    }
}
