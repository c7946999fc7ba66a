package org.claimcheck.normalize;

import static org.claimcheck.normalize.NormalizationAssertions.assertNoValue;
import static org.claimcheck.normalize.NormalizationAssertions.assertNumeric;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Numbers that are names (issue 17): a number after a brand or a numbered thing ("Boeing 737", "Highway 401", "Row 21")
 * or before a model's tail ("11 Pro") names, it does not count; a claim made of it would pollute groups and raise false
 * conflicts. The words are data: {@code names.pack} for all languages, "[name-leads]" in each language pack. Each name
 * has a look-alike that is a real quantity ("737 passengers", "401 homes", "11 people"), which must stay one.
 */
class NamedNumberTests {

    @ParameterizedTest(name = "[{index}] {0} \"{1}\" is a name, not a value")
    @CsvSource(delimiter = '|', nullValues = "null", textBlock = """
            EN | He bought an iPhone 11 Pro
            EN | the iPhone 15 Pro Max
            EN | the iPhone 12
            EN | the 11 Pro
            EN | They sat in Section 427, Row 21
            EN | in row 21
            EN | seat 14
            EN | A Boeing 737 crashed
            EN | a Boeing 737 MAX
            EN | the Boeing 737 MAX 9
            EN | near exit 12
            ES | la salida 12
            FR | la sortie 12
            EN | a Boeing 787-9
            EN | an Airbus A320
            EN | an Airbus 380
            EN | The crash closed Highway 401
            EN | Interstate 95 was closed
            EN | Interstate 5
            EN | Route 66 is famous
            EN | COVID-19
            EN | Covid 19
            EN | SARS-CoV-2
            EN | the G7 met
            EN | the G20
            EN | Apollo 11 landed
            EN | the Apollo 13 mission
            EN | Artemis 2
            EN | a Falcon 9 rocket
            EN | Soyuz 10
            EN | Article 5 applies
            EN | He runs Windows 10
            EN | Office 365
            EN | Xbox 360
            EN | PlayStation 5
            EN | a Pixel 8
            EN | a Galaxy S10
            EN | He won in Formula 1
            EN | Flight 370 vanished
            EN | Flight MH17
            EN | Terminal 5
            EN | Pier 39
            EN | Area 51
            EN | World War 2
            EN | Proposition 65
            EN | Prop 22
            EN | Amendment 2
            EN | the FTSE 100
            EN | Fortune 500 companies
            EN | the Forbes 400 list
            EN | Chapter 11
            EN | tier 2
            ES | la Fórmula 1
            ES | Un Boeing 737 se estrelló
            ES | un Airbus A320
            ES | la Carretera 401
            ES | la autopista 95
            ES | la Interestatal 95
            ES | en la fila 21
            ES | el asiento 14
            ES | la sección 427
            ES | el Apolo 11
            ES | el iPhone 11
            ES | Windows 10
            ES | el vuelo 370
            ES | el artículo 5
            ES | la enmienda 2
            ES | el IBEX 35
            ES | la COVID-19
            FR | la Formule 1
            FR | le Boeing 737
            FR | l'autoroute 40
            FR | la rangée 21
            FR | le siège 14
            FR | Apollo 11
            FR | la Ligue 1
            FR | le CAC 40
            FR | l'iPhone 11
            FR | Windows 10
            """)
    void namesAreNotValues(Language language, String expression) {
        assertNoValue(language, expression);
    }

    @ParameterizedTest(name = "[{index}] {0} \"{1}\" -> {2} [{3}, {4}] {5} {6}")
    @CsvSource(delimiter = '|', nullValues = "null", textBlock = """
            EN | 11 people died                         | COUNT    | 11     | 11     | null | EXACT
            EN | There were 737 passengers on board     | COUNT    | 737    | 737    | null | EXACT
            EN | The fire destroyed 401 homes           | COUNT    | 401    | 401    | null | EXACT
            EN | 21 rows of seats                       | COUNT    | 21     | 21     | null | EXACT
            EN | 427 sections                           | COUNT    | 427    | 427    | null | EXACT
            EN | Boeing delivered 737 planes            | COUNT    | 737    | 737    | null | EXACT
            EN | the plane carried 370 passengers       | COUNT    | 370    | 370    | null | EXACT
            EN | about 300 passengers on the Boeing     | COUNT    | 270    | 330    | null | APPROXIMATE
            EN | Apollo lost 11 pounds                  | QUANTITY | 4.98951607 | 4.98951607 | kg | EXACT
            EN | a row of 21 houses                     | COUNT    | 21     | 21     | null | EXACT
            EN | 10 windows were broken                 | COUNT    | 10     | 10     | null | EXACT
            EN | 95 miles of interstate                 | QUANTITY | 152887.68 | 152887.68 | m | EXACT
            EN | 66 routes                              | COUNT    | 66     | 66     | null | EXACT
            EN | 19 covid patients                      | COUNT    | 19     | 19     | null | EXACT
            EN | 7 groups                               | COUNT    | 7      | 7      | null | EXACT
            EN | 11 astronauts                          | COUNT    | 11     | 11     | null | EXACT
            EN | 5 articles                             | COUNT    | 5      | 5      | null | EXACT
            EN | 10 windows                             | COUNT    | 10     | 10     | null | EXACT
            EN | 1 formula                              | COUNT    | 1      | 1      | null | EXACT
            EN | 370 flights                            | COUNT    | 370    | 370    | null | EXACT
            EN | 11 professionals                       | COUNT    | 11     | 11     | null | EXACT
            EN | 320 Airbus jets                        | COUNT    | 320    | 320    | null | EXACT
            EN | 100 FTSE firms                         | COUNT    | 100    | 100    | null | EXACT
            EN | a pro 11 points ahead                  | COUNT    | 11     | 11     | null | EXACT
            EN | 51 areas                               | COUNT    | 51     | 51     | null | EXACT
            EN | the third year in a row 21 people died | COUNT    | 21     | 21     | null | EXACT
            EN | 12 exits                               | COUNT    | 12     | 12     | null | EXACT
            EN | the 11 Pro sold 9 million              | COUNT    | 9000000 | 9000000 | null | EXACT
            EN | for a seat 40 rivals ran               | COUNT    | 40     | 40     | null | EXACT
            ES | una fila 30 metros más allá            | QUANTITY | 30     | 30     | m    | EXACT
            ES | tras su salida 12 horas después       | DURATION | 0.5    | 0.5    | day  | EXACT
            FR | à la sortie 2 heures plus tard         | DURATION | ~0.083 | ~0.083 | day  | EXACT
            ES | Murieron 11 personas                   | COUNT    | 11     | 11     | null | EXACT
            ES | 737 pasajeros                          | COUNT    | 737    | 737    | null | EXACT
            ES | 401 viviendas                          | COUNT    | 401    | 401    | null | EXACT
            ES | 21 filas                               | COUNT    | 21     | 21     | null | EXACT
            ES | el vuelo llevaba 370 pasajeros         | COUNT    | 370    | 370    | null | EXACT
            ES | la carretera tiene 401 kilómetros      | QUANTITY | 401000 | 401000 | m    | EXACT
            ES | 11 astronautas                         | COUNT    | 11     | 11     | null | EXACT
            ES | 95 autopistas                          | COUNT    | 95     | 95     | null | EXACT
            FR | 737 passagers                          | COUNT    | 737    | 737    | null | EXACT
            FR | 401 logements                          | COUNT    | 401    | 401    | null | EXACT
            FR | 11 personnes                           | COUNT    | 11     | 11     | null | EXACT
            FR | 21 rangées                             | COUNT    | 21     | 21     | null | EXACT
            FR | l'autoroute compte 40 sorties          | COUNT    | 40     | 40     | null | EXACT
            """)
    void lookAlikesAreValues(Language language, String expression, ValueKind kind, String min, String max, String unit,
            Qualifier qualifier) {
        assertNumeric(language, expression, kind, min, max, unit, qualifier);
    }
}
