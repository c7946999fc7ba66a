package org.claimcheck.normalize;

import static org.claimcheck.normalize.NormalizationAssertions.assertNumeric;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Quantities in SI base units: length m, mass kg, area m2, volume l; exact products of the spec's factors. */
class QuantityNormalizationTests {

    private static final String NAME = "[{index}] {0} \"{1}\" -> {2} [{3}, {4}] {5} {6}";

    @ParameterizedTest(name = NAME)
    @CsvSource(delimiter = '|', nullValues = "null", textBlock = """
            EN | 100 km                               | QUANTITY | 100000    | 100000    | m | EXACT
            EN | 5 kilometres                         | QUANTITY | 5000      | 5000      | m | EXACT
            EN | 62 miles                             | QUANTITY | 99779.328 | 99779.328 | m | EXACT
            EN | 100 kilometers (62 miles)            | QUANTITY | 100000    | 100000    | m | EXACT
            EN | 300 meters                           | QUANTITY | 300       | 300       | m | EXACT
            EN | 400 metres                           | QUANTITY | 400       | 400       | m | EXACT
            EN | 15 cm                                | QUANTITY | 0.15      | 0.15      | m | EXACT
            EN | 200 mm of rain                       | QUANTITY | 0.2       | 0.2       | m | EXACT
            EN | 12 nautical miles                    | QUANTITY | 22224     | 22224     | m | EXACT
            EN | 30,000 feet                          | QUANTITY | 9144      | 9144      | m | EXACT
            EN | 6 ft                                 | QUANTITY | 1.8288    | 1.8288    | m | EXACT
            EN | 100 yards                            | QUANTITY | 91.44     | 91.44     | m | EXACT
            EN | 12 inches                            | QUANTITY | 0.3048    | 0.3048    | m | EXACT
            ES | 20 kilómetros                        | QUANTITY | 20000     | 20000     | m | EXACT
            ES | 1 kilómetro                          | QUANTITY | 1000      | 1000      | m | EXACT
            ES | 1,5 kilómetros                       | QUANTITY | 1500      | 1500      | m | EXACT
            ES | 200 km                               | QUANTITY | 200000    | 200000    | m | EXACT
            ES | 500 metros                           | QUANTITY | 500       | 500       | m | EXACT
            ES | 4.000 metros                         | QUANTITY | 4000      | 4000      | m | EXACT
            ES | 2,5 metros                           | QUANTITY | 2.5       | 2.5       | m | EXACT
            ES | 10 millas                            | QUANTITY | 16093.44  | 16093.44  | m | EXACT
            ES | 150 mm de lluvia                     | QUANTITY | 0.15      | 0.15      | m | EXACT
            ES | dos kilómetros                       | QUANTITY | 2000      | 2000      | m | EXACT
            ES | 30 cm                                | QUANTITY | 0.3       | 0.3       | m | EXACT
            ES | 40 millas                            | QUANTITY | 64373.76  | 64373.76  | m | EXACT
            """)
    void lengths(Language language, String expression, ValueKind kind, String min, String max, String unit,
            Qualifier qualifier) {
        assertNumeric(language, expression, kind, min, max, unit, qualifier);
    }

    @ParameterizedTest(name = NAME)
    @CsvSource(delimiter = '|', nullValues = "null", textBlock = """
            EN | 5 kg                                 | QUANTITY | 5           | 5           | kg | EXACT
            EN | 20 kilograms                         | QUANTITY | 20          | 20          | kg | EXACT
            EN | 200 grams                            | QUANTITY | 0.2         | 0.2         | kg | EXACT
            EN | 500 g                                | QUANTITY | 0.5         | 0.5         | kg | EXACT
            EN | 1,000 tonnes                         | QUANTITY | 1000000     | 1000000     | kg | EXACT
            EN | 5 metric tons                        | QUANTITY | 5000        | 5000        | kg | EXACT
            EN | 2 tons                               | QUANTITY | 2000        | 2000        | kg | EXACT
            EN | two tons                             | QUANTITY | 2000        | 2000        | kg | EXACT
            EN | 2,750 tons of ammonium nitrate       | QUANTITY | 2750000     | 2750000     | kg | EXACT
            EN | 2 short tons                         | QUANTITY | 1814.36948  | 1814.36948  | kg | EXACT
            EN | 3 long tons                          | QUANTITY | 3048.1407264 | 3048.1407264 | kg | EXACT
            ES | dos toneladas                        | QUANTITY | 2000        | 2000        | kg | EXACT
            EN | 500 pounds                           | QUANTITY | 226.796185  | 226.796185  | kg | EXACT
            EN | 10 lb                                | QUANTITY | 4.5359237   | 4.5359237   | kg | EXACT
            EN | 200 lbs                              | QUANTITY | 90.718474   | 90.718474   | kg | EXACT
            ES | 3 kilos de cocaína                   | QUANTITY | 3           | 3           | kg | EXACT
            ES | 10 kilogramos                        | QUANTITY | 10          | 10          | kg | EXACT
            ES | 300 gramos                           | QUANTITY | 0.3         | 0.3         | kg | EXACT
            ES | 40 toneladas                         | QUANTITY | 40000       | 40000       | kg | EXACT
            ES | 1.200 toneladas                      | QUANTITY | 1200000     | 1200000     | kg | EXACT
            ES | 100 libras                           | QUANTITY | 45.359237   | 45.359237   | kg | EXACT
            ES | 5 kg de explosivos                   | QUANTITY | 5           | 5           | kg | EXACT
            ES | 500 g de heroína                     | QUANTITY | 0.5         | 0.5         | kg | EXACT
            ES | 1,5 toneladas                        | QUANTITY | 1500        | 1500        | kg | EXACT
            EN | 5 mg                                 | QUANTITY | 0.000005    | 0.000005    | kg | EXACT
            EN | 250 milligrams                       | QUANTITY | 0.00025     | 0.00025     | kg | EXACT
            ES | 400 miligramos                       | QUANTITY | 0.0004      | 0.0004      | kg | EXACT
            FR | 20 milligrammes                      | QUANTITY | 0.00002     | 0.00002     | kg | EXACT
            """)
    void masses(Language language, String expression, ValueKind kind, String min, String max, String unit,
            Qualifier qualifier) {
        assertNumeric(language, expression, kind, min, max, unit, qualifier);
    }

    @ParameterizedTest(name = NAME)
    @CsvSource(delimiter = '|', nullValues = "null", textBlock = """
            EN | 500 km2                              | QUANTITY | 500000000      | 500000000      | m2 | EXACT
            EN | 1,200 km²                            | QUANTITY | 1200000000     | 1200000000     | m2 | EXACT
            EN | 300 square kilometers                | QUANTITY | 300000000      | 300000000      | m2 | EXACT
            EN | 150 square meters                    | QUANTITY | 150            | 150            | m2 | EXACT
            EN | 200 m2                               | QUANTITY | 200            | 200            | m2 | EXACT
            EN | 1,000 hectares                       | QUANTITY | 10000000       | 10000000       | m2 | EXACT
            EN | 20 ha                                | QUANTITY | 200000         | 200000         | m2 | EXACT
            EN | 2,000 square feet                    | QUANTITY | 185.80608      | 185.80608      | m2 | EXACT
            EN | 500 sq ft                            | QUANTITY | 46.45152       | 46.45152       | m2 | EXACT
            EN | 100 acres                            | QUANTITY | 404685.64224   | 404685.64224   | m2 | EXACT
            EN | 10 square miles                      | QUANTITY | 25899881.10336 | 25899881.10336 | m2 | EXACT
            ES | 50 kilómetros cuadrados              | QUANTITY | 50000000       | 50000000       | m2 | EXACT
            ES | 8.000 km²                            | QUANTITY | 8000000000     | 8000000000     | m2 | EXACT
            ES | 80 m²                                | QUANTITY | 80             | 80             | m2 | EXACT
            ES | 500 hectáreas                        | QUANTITY | 5000000        | 5000000        | m2 | EXACT
            ES | 1 hectárea                           | QUANTITY | 10000          | 10000          | m2 | EXACT
            ES | 20 ha                                | QUANTITY | 200000         | 200000         | m2 | EXACT
            """)
    void areas(Language language, String expression, ValueKind kind, String min, String max, String unit,
            Qualifier qualifier) {
        assertNumeric(language, expression, kind, min, max, unit, qualifier);
    }

    @ParameterizedTest(name = NAME)
    @CsvSource(delimiter = '|', nullValues = "null", textBlock = """
            EN | 2 liters                             | QUANTITY | 2             | 2             | l | EXACT
            EN | 5 litres                             | QUANTITY | 5             | 5             | l | EXACT
            EN | 500 ml                               | QUANTITY | 0.5           | 0.5           | l | EXACT
            EN | 1 million barrels                    | QUANTITY | 158987294.928 | 158987294.928 | l | EXACT
            EN | 1.5 million barrels                  | QUANTITY | 238480942.392 | 238480942.392 | l | EXACT
            EN | 100 gallons                          | QUANTITY | 378.5411784   | 378.5411784   | l | EXACT
            EN | 300 cubic meters                     | QUANTITY | 300000        | 300000        | l | EXACT
            EN | 50 m3                                | QUANTITY | 50000         | 50000         | l | EXACT
            ES | 10 litros                            | QUANTITY | 10            | 10            | l | EXACT
            ES | 2 millones de barriles               | QUANTITY | 317974589.856 | 317974589.856 | l | EXACT
            ES | 100 barriles                         | QUANTITY | 15898.7294928 | 15898.7294928 | l | EXACT
            ES | 250 ml                               | QUANTITY | 0.25          | 0.25          | l | EXACT
            ES | 3 millones de litros                 | QUANTITY | 3000000       | 3000000       | l | EXACT
            ES | 1.000 m3 de gas                      | QUANTITY | 1000000       | 1000000       | l | EXACT
            """)
    void volumes(Language language, String expression, ValueKind kind, String min, String max, String unit,
            Qualifier qualifier) {
        assertNumeric(language, expression, kind, min, max, unit, qualifier);
    }

    @ParameterizedTest(name = NAME)
    @CsvSource(delimiter = '|', nullValues = "null", textBlock = """
            EN | about 100 kilometers                 | QUANTITY | 90000    | 110000   | m  | APPROXIMATE
            EN | nearly 30,000 feet                   | QUANTITY | 8229.6   | 9144     | m  | APPROXIMATE
            EN | more than 1,000 km                   | QUANTITY | 1000000  | null     | m  | AT_LEAST
            EN | up to 50 km                          | QUANTITY | null     | 50000    | m  | AT_MOST
            EN | between 10 and 15 kilometers         | QUANTITY | 10000    | 15000    | m  | RANGE
            EN | 10-15 km                             | QUANTITY | 10000    | 15000    | m  | RANGE
            EN | at least 2 tonnes                    | QUANTITY | 2000     | null     | kg | AT_LEAST
            ES | unos 20 kilómetros                   | QUANTITY | 18000    | 22000    | m  | APPROXIMATE
            ES | casi 500 km                          | QUANTITY | 450000   | 500000   | m  | APPROXIMATE
            ES | más de 1.000 hectáreas               | QUANTITY | 10000000 | null     | m2 | AT_LEAST
            ES | hasta 30 toneladas                   | QUANTITY | null     | 30000    | kg | AT_MOST
            ES | entre 10 y 15 kilómetros             | QUANTITY | 10000    | 15000    | m  | RANGE
            ES | de 2 a 3 metros                      | QUANTITY | 2        | 3        | m  | RANGE
            ES | cerca de 300 km                      | QUANTITY | 270000   | 330000   | m  | APPROXIMATE
            ES | alrededor de 50 toneladas            | QUANTITY | 45000    | 55000    | kg | APPROXIMATE
            """)
    void qualifiedQuantities(Language language, String expression, ValueKind kind, String min, String max,
            String unit, Qualifier qualifier) {
        assertNumeric(language, expression, kind, min, max, unit, qualifier);
    }
}
