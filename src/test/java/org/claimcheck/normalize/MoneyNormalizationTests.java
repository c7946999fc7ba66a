package org.claimcheck.normalize;

import static org.claimcheck.normalize.NormalizationAssertions.assertNumeric;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Money: the amount in the stated currency, unit its ISO 4217 code. */
class MoneyNormalizationTests {

    private static final String NAME = "[{index}] {0} \"{1}\" -> {2} [{3}, {4}] {5} {6}";

    @ParameterizedTest(name = NAME)
    @CsvSource(delimiter = '|', nullValues = "null", textBlock = """
            EN | $572 million                          | MONEY | 572000000     | 572000000     | USD | EXACT
            EN | $7.5 million                          | MONEY | 7500000       | 7500000       | USD | EXACT
            EN | $4.99                                 | MONEY | 4.99          | 4.99          | USD | EXACT
            EN | $5 million 10 years ago               | MONEY | 5000000       | 5000000       | USD | EXACT
            # whole units, then the cents
            EN | hundreds of millions of dollars       | MONEY | 200000000     | 999999999     | USD | APPROXIMATE
            ES | cientos de millones de dólares        | MONEY | 200000000     | 999999999     | USD | APPROXIMATE
            FR | des centaines de millions d'euros     | MONEY | 200000000     | 999999999     | EUR | APPROXIMATE
            EN | tens of billions of dollars           | MONEY | 20000000000   | 99999999999   | USD | APPROXIMATE
            EN | two dollars and fifty cents           | MONEY | 2.5           | 2.5           | USD | EXACT
            EN | $5 and 20 cents                       | MONEY | 5.2           | 5.2           | USD | EXACT
            EN | 5 dollars and 3 children              | MONEY | 5             | 5             | USD | EXACT
            ES | dos euros con cincuenta céntimos      | MONEY | 2.5           | 2.5           | EUR | EXACT
            ES | 20 dólares y 50 centavos              | MONEY | 20.5          | 20.5          | USD | EXACT
            ES | 20 dólares y 50 personas              | MONEY | 20            | 20            | USD | EXACT
            FR | 2 euros 50                            | MONEY | 2.5           | 2.5           | EUR | EXACT
            FR | 2 euros 50 centimes                   | MONEY | 2.5           | 2.5           | EUR | EXACT
            FR | 3 euros et 20 centimes                | MONEY | 3.2           | 3.2           | EUR | EXACT
            FR | 2 euros 50 personnes                  | MONEY | 2             | 2             | EUR | EXACT
            ES | 3 mil 500 millones de dólares         | MONEY | 3500000000    | 3500000000    | USD | EXACT
            ES | 4 mil 800 millones de euros           | MONEY | 4800000000    | 4800000000    | EUR | EXACT
            EN | $1,200                                | MONEY | 1200          | 1200          | USD | EXACT
            EN | $100k                                 | MONEY | 100000        | 100000        | USD | EXACT
            EN | $1.5tn                                | MONEY | 1500000000000 | 1500000000000 | USD | EXACT
            EN | $3 trillion                           | MONEY | 3000000000000 | 3000000000000 | USD | EXACT
            EN | US$ 3 million                         | MONEY | 3000000       | 3000000       | USD | EXACT
            EN | US$450 million                        | MONEY | 450000000     | 450000000     | USD | EXACT
            EN | €20m                                  | MONEY | 20000000      | 20000000      | EUR | EXACT
            EN | €300,000                              | MONEY | 300000        | 300000        | EUR | EXACT
            FR | 3 Md€                                 | MONEY | 3000000000    | 3000000000    | EUR | EXACT
            FR | 1,2 Mds€                              | MONEY | 1200000000    | 1200000000    | EUR | EXACT
            FR | 500 k€                                | MONEY | 500000        | 500000        | EUR | EXACT
            FR | 2 M€                                  | MONEY | 2000000       | 2000000       | EUR | EXACT
            FR | un budget de 3,5 M€ pour               | MONEY | 3500000       | 3500000       | EUR | EXACT
            EN | €3bn                                  | MONEY | 3000000000    | 3000000000    | EUR | EXACT
            FR | 5 m de haut                           | QUANTITY | 5          | 5             | m   | EXACT
            EN | £1.2bn                                | MONEY | 1200000000    | 1200000000    | GBP | EXACT
            EN | £40 million                           | MONEY | 40000000      | 40000000      | GBP | EXACT
            EN | C$500 million                         | MONEY | 500000000     | 500000000     | CAD | EXACT
            EN | A$2 billion                           | MONEY | 2000000000    | 2000000000    | AUD | EXACT
            EN | R$10 billion                          | MONEY | 10000000000   | 10000000000   | BRL | EXACT
            EN | ¥500 billion                          | MONEY | 500000000000  | 500000000000  | JPY | EXACT
            ES | US$ 3 millones                        | MONEY | 3000000       | 3000000       | USD | EXACT
            ES | US$ 1.200 millones                    | MONEY | 1200000000    | 1200000000    | USD | EXACT
            ES | $500 millones                         | MONEY | 500000000     | 500000000     | USD | EXACT
            ES | €20 millones                          | MONEY | 20000000      | 20000000      | EUR | EXACT
            ES | R$ 2.000 millones                     | MONEY | 2000000000    | 2000000000    | BRL | EXACT
            ES | £15 millones                          | MONEY | 15000000      | 15000000      | GBP | EXACT
            """)
    void currencySymbols(Language language, String expression, ValueKind kind, String min, String max, String unit,
            Qualifier qualifier) {
        assertNumeric(language, expression, kind, min, max, unit, qualifier);
    }

    @ParameterizedTest(name = NAME)
    @CsvSource(delimiter = '|', nullValues = "null", textBlock = """
            EN | 10 million dollars                    | MONEY | 10000000      | 10000000      | USD | EXACT
            EN | 300 euros                             | MONEY | 300           | 300           | EUR | EXACT
            EN | 20 bucks                              | MONEY | 20            | 20            | USD | EXACT
            EN | 50 million pounds sterling            | MONEY | 50000000      | 50000000      | GBP | EXACT
            EN | 2 trillion yen                        | MONEY | 2000000000000 | 2000000000000 | JPY | EXACT
            EN | 100 billion yuan                      | MONEY | 100000000000  | 100000000000  | CNY | EXACT
            EN | 50 billion renminbi                   | MONEY | 50000000000   | 50000000000   | CNY | EXACT
            EN | 10 billion rubles                     | MONEY | 10000000000   | 10000000000   | RUB | EXACT
            EN | 500 million roubles                   | MONEY | 500000000     | 500000000     | RUB | EXACT
            EN | 1 trillion won                        | MONEY | 1000000000000 | 1000000000000 | KRW | EXACT
            ES | 5 millones de dólares                 | MONEY | 5000000       | 5000000       | USD | EXACT
            ES | mil millones de dólares               | MONEY | 1000000000    | 1000000000    | USD | EXACT
            ES | 12 mil millones de dólares            | MONEY | 12000000000   | 12000000000   | USD | EXACT
            ES | 1 millardo de dólares                 | MONEY | 1000000000    | 1000000000    | USD | EXACT
            ES | 2 billones de dólares                 | MONEY | 2000000000000 | 2000000000000 | USD | EXACT
            ES | 2.500 millones de euros               | MONEY | 2500000000    | 2500000000    | EUR | EXACT
            ES | 1,5 millones de euros                 | MONEY | 1500000       | 1500000       | EUR | EXACT
            ES | 20.000 euros                          | MONEY | 20000         | 20000         | EUR | EXACT
            ES | 2,50 euros                            | MONEY | 2.5           | 2.5           | EUR | EXACT
            ES | 2,5 billones de euros                 | MONEY | 2500000000000 | 2500000000000 | EUR | EXACT
            ES | 10 millones de libras esterlinas      | MONEY | 10000000      | 10000000      | GBP | EXACT
            ES | 500 millones de rublos                | MONEY | 500000000     | 500000000     | RUB | EXACT
            ES | 25.000 millones de rublos             | MONEY | 25000000000   | 25000000000   | RUB | EXACT
            ES | 3 billones de pesos colombianos       | MONEY | 3000000000000 | 3000000000000 | COP | EXACT
            ES | 5 mil millones de pesos colombianos   | MONEY | 5000000000    | 5000000000    | COP | EXACT
            ES | 200 millones de pesos mexicanos       | MONEY | 200000000     | 200000000     | MXN | EXACT
            ES | 300 euros                             | MONEY | 300           | 300           | EUR | EXACT
            ES | 1 billón de dólares                   | MONEY | 1000000000000 | 1000000000000 | USD | EXACT
            """)
    void currencyWords(Language language, String expression, ValueKind kind, String min, String max, String unit,
            Qualifier qualifier) {
        assertNumeric(language, expression, kind, min, max, unit, qualifier);
    }

    @ParameterizedTest(name = NAME)
    @CsvSource(delimiter = '|', nullValues = "null", textBlock = """
            EN | USD 40 million                        | MONEY | 40000000      | 40000000      | USD | EXACT
            EN | 40 million USD                        | MONEY | 40000000      | 40000000      | USD | EXACT
            EN | EUR 2.5 billion                       | MONEY | 2500000000    | 2500000000    | EUR | EXACT
            EN | GBP 750,000                           | MONEY | 750000        | 750000        | GBP | EXACT
            EN | JPY 1.2 trillion                      | MONEY | 1200000000000 | 1200000000000 | JPY | EXACT
            EN | CHF 300 million                       | MONEY | 300000000     | 300000000     | CHF | EXACT
            EN | CAD 15 million                        | MONEY | 15000000      | 15000000      | CAD | EXACT
            EN | AUD 3.5 billion                       | MONEY | 3500000000    | 3500000000    | AUD | EXACT
            EN | INR 500 billion                       | MONEY | 500000000000  | 500000000000  | INR | EXACT
            EN | UAH 100 billion                       | MONEY | 100000000000  | 100000000000  | UAH | EXACT
            EN | 2 billion CNY                         | MONEY | 2000000000    | 2000000000    | CNY | EXACT
            ES | USD 40 millones                       | MONEY | 40000000      | 40000000      | USD | EXACT
            ES | 40 millones USD                       | MONEY | 40000000      | 40000000      | USD | EXACT
            ES | ARS 100.000                           | MONEY | 100000        | 100000        | ARS | EXACT
            ES | CLP 5.000 millones                    | MONEY | 5000000000    | 5000000000    | CLP | EXACT
            ES | COP 2.000 millones                    | MONEY | 2000000000    | 2000000000    | COP | EXACT
            ES | MXN 300 millones                      | MONEY | 300000000     | 300000000     | MXN | EXACT
            ES | 150.000 EUR                           | MONEY | 150000        | 150000        | EUR | EXACT
            ES | RUB 1.000 millones                    | MONEY | 1000000000    | 1000000000    | RUB | EXACT
            ES | KRW 50.000 millones                   | MONEY | 50000000000   | 50000000000   | KRW | EXACT
            ES | BRL 3,5 millones                      | MONEY | 3500000       | 3500000       | BRL | EXACT
            """)
    void currencyCodes(Language language, String expression, ValueKind kind, String min, String max, String unit,
            Qualifier qualifier) {
        assertNumeric(language, expression, kind, min, max, unit, qualifier);
    }

    @ParameterizedTest(name = NAME)
    @CsvSource(delimiter = '|', nullValues = "null", textBlock = """
            EN | up to $5.5 billion                    | MONEY | null       | 5500000000   | USD | AT_MOST
            EN | about $10 million                     | MONEY | 9000000    | 11000000     | USD | APPROXIMATE
            EN | nearly $2 billion                     | MONEY | 1800000000 | 2000000000   | USD | APPROXIMATE
            EN | more than €1 billion                  | MONEY | 1000000000 | null         | EUR | AT_LEAST
            EN | $5-6 billion                          | MONEY | 5000000000 | 6000000000   | USD | RANGE
            EN | between $20 and $30 million           | MONEY | 20000000   | 30000000     | USD | RANGE
            EN | billions of dollars                   | MONEY | 2000000000 | 999999999999 | USD | APPROXIMATE
            ES | unos 400 millones de dólares          | MONEY | 360000000  | 440000000    | USD | APPROXIMATE
            ES | casi 2.000 millones de dólares        | MONEY | 1800000000 | 2000000000   | USD | APPROXIMATE
            ES | más de 1.000 millones de euros        | MONEY | 1000000000 | null         | EUR | AT_LEAST
            ES | hasta 50 millones de dólares          | MONEY | null       | 50000000     | USD | AT_MOST
            ES | entre 5 y 6 millones de euros         | MONEY | 5000000    | 6000000      | EUR | RANGE
            ES | de 10 a 15 millones de dólares        | MONEY | 10000000   | 15000000     | USD | RANGE
            ES | unos 10 millones de euros             | MONEY | 9000000    | 11000000     | EUR | APPROXIMATE
            ES | más de 2.000 millones de dólares      | MONEY | 2000000000 | null         | USD | AT_LEAST
            """)
    void qualifiedAmounts(Language language, String expression, ValueKind kind, String min, String max, String unit,
            Qualifier qualifier) {
        assertNumeric(language, expression, kind, min, max, unit, qualifier);
    }
}
