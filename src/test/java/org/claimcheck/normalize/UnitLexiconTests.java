package org.claimcheck.normalize;

import static org.claimcheck.normalize.NormalizationAssertions.assertNumeric;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Units as a news reader meets them (issue 17): glued to the number or spaced, a scale letter before a unit, currency
 * letters after "$", and the contract's units beyond length, mass, area and volume: m/s for speeds, W for power, J for
 * energy, B for data, °C for temperatures (°F converted), and prices per unit of measure as rates (USD/l).
 * A bound written "~x" may differ from x by at most 0.001 (non-terminating factors: km/h, knots, °F).
 */
class UnitLexiconTests {

    private static final String NAME = "[{index}] {0} \"{1}\" -> {2} [{3}, {4}] {5} {6}";

    /** "1.2m tons" is 1.2 million tons, not 1.2 metres; "624m" alone stays metres. */
    @ParameterizedTest(name = NAME)
    @CsvSource(delimiter = '|', nullValues = "null", textBlock = """
            EN | 1.2m tons of ore                       | QUANTITY | 1200000000      | 1200000000      | kg   | EXACT
            EN | 5m tonnes of wheat                     | QUANTITY | 5000000000      | 5000000000      | kg   | EXACT
            EN | 3bn barrels                            | QUANTITY | 476961884784    | 476961884784    | l    | EXACT
            EN | 10m gallons                            | QUANTITY | 37854117.84     | 37854117.84     | l    | EXACT
            EN | 2m euros                               | MONEY    | 2000000         | 2000000         | EUR  | EXACT
            EN | 4m dollars                             | MONEY    | 4000000         | 4000000         | USD  | EXACT
            EN | 1.5m hectares                          | QUANTITY | 15000000000     | 15000000000     | m2   | EXACT
            EN | 2m litres of water                     | QUANTITY | 2000000         | 2000000         | l    | EXACT
            EN | 624m                                   | QUANTITY | 624             | 624             | m    | EXACT
            EN | 1.5m people                            | COUNT    | 1500000         | 1500000         | null | EXACT
            EN | 2.3m voters                            | COUNT    | 2300000         | 2300000         | null | EXACT
            EN | a 1.5m wall                            | QUANTITY | 1.5             | 1.5             | m    | EXACT
            EN | 2.5m tall                              | QUANTITY | 2.5             | 2.5             | m    | EXACT
            EN | the 100m hurdles                       | QUANTITY | 100             | 100             | m    | EXACT
            EN | a 10m wall                             | QUANTITY | 10              | 10              | m    | EXACT
            EN | £4.3M                                  | MONEY    | 4300000         | 4300000         | GBP  | EXACT
            EN | £4.3m                                  | MONEY    | 4300000         | 4300000         | GBP  | EXACT
            EN | A$2.4bn                                | MONEY    | 2400000000      | 2400000000      | AUD  | EXACT
            EN | worth $US55,931,000                    | MONEY    | 55931000        | 55931000        | USD  | EXACT
            EN | $US2.5 million                         | MONEY    | 2500000         | 2500000         | USD  | EXACT
            EN | $A2.4bn                                | MONEY    | 2400000000      | 2400000000      | AUD  | EXACT
            EN | $NZ3m                                  | MONEY    | 3000000         | 3000000         | NZD  | EXACT
            EN | $C100                                  | MONEY    | 100             | 100             | CAD  | EXACT
            EN | US$5m                                  | MONEY    | 5000000         | 5000000         | USD  | EXACT
            EN | C$1.5bn                                | MONEY    | 1500000000      | 1500000000      | CAD  | EXACT
            EN | HK$30bn                                | MONEY    | 30000000000     | 30000000000     | HKD  | EXACT
            EN | 1.23 billion shekels                   | MONEY    | 1230000000      | 1230000000      | ILS  | EXACT
            EN | 50 million rupees                      | MONEY    | 50000000        | 50000000        | INR  | EXACT
            EN | up 19 cents                            | MONEY    | 0.19            | 0.19            | USD  | EXACT
            ES | US$55.931.000                          | MONEY    | 55931000        | 55931000        | USD  | EXACT
            ES | 1.230 millones de shekels              | MONEY    | 1230000000      | 1230000000      | ILS  | EXACT
            """)
    void scalesAndCurrencyLetters(Language language, String expression, ValueKind kind, String min, String max, String unit,
            Qualifier qualifier) {
        assertNumeric(language, expression, kind, min, max, unit, qualifier);
    }

    /** A number written against its unit: "256GB", "4.5kg", "10km", "41°C", "105F". */
    @ParameterizedTest(name = NAME)
    @CsvSource(delimiter = '|', nullValues = "null", textBlock = """
            EN | 256GB of storage                       | QUANTITY | 256000000000    | 256000000000    | B    | EXACT
            EN | a 15 kilotons bomb                     | QUANTITY | 15000000        | 15000000        | kg   | EXACT
            EN | 50 megatons                            | QUANTITY | 50000000000     | 50000000000     | kg   | EXACT
            FR | 50 cl                                  | QUANTITY | 0.5             | 0.5             | l    | EXACT
            FR | 33 centilitres                         | QUANTITY | 0.33            | 0.33            | l    | EXACT
            FR | à 12 milles nautiques des côtes        | QUANTITY | 22224           | 22224           | m    | EXACT
            ES | 25 centilitros                         | QUANTITY | 0.25            | 0.25            | l    | EXACT
            EN | 128GB                                  | QUANTITY | 128000000000    | 128000000000    | B    | EXACT
            EN | 1TB                                    | QUANTITY | 1000000000000   | 1000000000000   | B    | EXACT
            EN | 500MB                                  | QUANTITY | 500000000       | 500000000       | B    | EXACT
            EN | a 4.5kg parcel                         | QUANTITY | 4.5             | 4.5             | kg   | EXACT
            EN | 10km                                   | QUANTITY | 10000           | 10000           | m    | EXACT
            EN | a 5km run                              | QUANTITY | 5000            | 5000            | m    | EXACT
            EN | 250g of sugar                          | QUANTITY | 0.25            | 0.25            | kg   | EXACT
            EN | 41°C                                   | QUANTITY | 41              | 41              | °C   | EXACT
            EN | 105F                                   | QUANTITY | ~40.556         | ~40.556         | °C   | EXACT
            EN | 32F                                    | QUANTITY | 0               | 0               | °C   | EXACT
            EN | 212F                                   | QUANTITY | 100             | 100             | °C   | EXACT
            EN | -40F                                   | QUANTITY | -40             | -40             | °C   | EXACT
            EN | 41C                                    | QUANTITY | 41              | 41              | °C   | EXACT
            EN | 100W                                   | QUANTITY | 100             | 100             | W    | EXACT
            EN | 5kW                                    | QUANTITY | 5000            | 5000            | W    | EXACT
            EN | 2MW                                    | QUANTITY | 2000000         | 2000000         | W    | EXACT
            EN | 300hp                                  | QUANTITY | ~223709.961     | ~223709.961     | W    | EXACT
            EN | 166mph                                 | QUANTITY | 74.20864        | 74.20864        | m/s  | EXACT
            EN | 60kph                                  | QUANTITY | ~16.667         | ~16.667         | m/s  | EXACT
            EN | 7.5GWh                                 | QUANTITY | 27000000000000  | 27000000000000  | J    | EXACT
            EN | 10kWh                                  | QUANTITY | 36000000        | 36000000        | J    | EXACT
            ES | 256GB                                  | QUANTITY | 256000000000    | 256000000000    | B    | EXACT
            ES | un paquete de 4,5kg                    | QUANTITY | 4.5             | 4.5             | kg   | EXACT
            ES | 10km                                   | QUANTITY | 10000           | 10000           | m    | EXACT
            ES | 41°C                                   | QUANTITY | 41              | 41              | °C   | EXACT
            ES | 41ºC                                   | QUANTITY | 41              | 41              | °C   | EXACT
            ES | 105F                                   | QUANTITY | ~40.556         | ~40.556         | °C   | EXACT
            ES | 150CV                                  | QUANTITY | 110324.8125     | 110324.8125     | W    | EXACT
            FR | 256GB                                  | QUANTITY | 256000000000    | 256000000000    | B    | EXACT
            FR | 10km                                   | QUANTITY | 10000           | 10000           | m    | EXACT
            FR | 41°C                                   | QUANTITY | 41              | 41              | °C   | EXACT
            FR | 4,5kg                                  | QUANTITY | 4.5             | 4.5             | kg   | EXACT
            """)
    void gluedUnits(Language language, String expression, ValueKind kind, String min, String max, String unit,
            Qualifier qualifier) {
        assertNumeric(language, expression, kind, min, max, unit, qualifier);
    }

    /** Speeds in m/s: a mile an hour is 0.44704 m/s, a km/h 1/3.6, a knot 1852/3600. */
    @ParameterizedTest(name = NAME)
    @CsvSource(delimiter = '|', nullValues = "null", textBlock = """
            EN | 166 mph                                | QUANTITY | 74.20864        | 74.20864        | m/s  | EXACT
            EN | winds of 150 mph                       | QUANTITY | 67.056          | 67.056          | m/s  | EXACT
            EN | 70 miles per hour                      | QUANTITY | 31.2928         | 31.2928         | m/s  | EXACT
            EN | 70 miles an hour                       | QUANTITY | 31.2928         | 31.2928         | m/s  | EXACT
            EN | 100 km/h                               | QUANTITY | ~27.778         | ~27.778         | m/s  | EXACT
            EN | 100 kph                                | QUANTITY | ~27.778         | ~27.778         | m/s  | EXACT
            EN | 250 kilometers per hour                | QUANTITY | ~69.444         | ~69.444         | m/s  | EXACT
            EN | 90 kilometres an hour                  | QUANTITY | 25              | 25              | m/s  | EXACT
            EN | 120 km per hour                        | QUANTITY | ~33.333         | ~33.333         | m/s  | EXACT
            EN | 30 knots                               | QUANTITY | ~15.433         | ~15.433         | m/s  | EXACT
            EN | 340 meters per second                  | QUANTITY | 340             | 340             | m/s  | EXACT
            EN | 10 m/s                                 | QUANTITY | 10              | 10              | m/s  | EXACT
            EN | up to 185 mph                          | QUANTITY | null            | 82.7024         | m/s  | AT_MOST
            EN | more than 100 mph                      | QUANTITY | 44.704          | null            | m/s  | AT_LEAST
            EN | between 80 and 100 mph                 | QUANTITY | 35.7632         | 44.704          | m/s  | RANGE
            ES | 160 km/h                               | QUANTITY | ~44.444         | ~44.444         | m/s  | EXACT
            ES | 100 kilómetros por hora                | QUANTITY | ~27.778         | ~27.778         | m/s  | EXACT
            ES | 80 km por hora                         | QUANTITY | ~22.222         | ~22.222         | m/s  | EXACT
            ES | 60 millas por hora                     | QUANTITY | 26.8224         | 26.8224         | m/s  | EXACT
            ES | vientos de hasta 200 km/h              | QUANTITY | null            | ~55.556         | m/s  | AT_MOST
            ES | 20 nudos                               | QUANTITY | ~10.289         | ~10.289         | m/s  | EXACT
            ES | 340 metros por segundo                 | QUANTITY | 340             | 340             | m/s  | EXACT
            FR | 130 km/h                               | QUANTITY | ~36.111         | ~36.111         | m/s  | EXACT
            FR | 50 km par heure                        | QUANTITY | ~13.889         | ~13.889         | m/s  | EXACT
            FR | 90 kilomètres par heure                | QUANTITY | 25              | 25              | m/s  | EXACT
            FR | 25 nœuds                               | QUANTITY | ~12.861         | ~12.861         | m/s  | EXACT
            FR | des rafales à plus de 150 km/h         | QUANTITY | ~41.667         | null            | m/s  | AT_LEAST
            """)
    void speeds(Language language, String expression, ValueKind kind, String min, String max, String unit,
            Qualifier qualifier) {
        assertNumeric(language, expression, kind, min, max, unit, qualifier);
    }

    /** Power in W (horsepower 745.69987158227022 W, the metric CV 735.49875 W) and energy in J (a Wh is 3600 J). */
    @ParameterizedTest(name = NAME)
    @CsvSource(delimiter = '|', nullValues = "null", textBlock = """
            EN | 300 hp                                 | QUANTITY | ~223709.961     | ~223709.961     | W    | EXACT
            EN | 500 horsepower                         | QUANTITY | ~372849.936     | ~372849.936     | W    | EXACT
            EN | 400 bhp                                | QUANTITY | ~298279.949     | ~298279.949     | W    | EXACT
            EN | 60 watts                               | QUANTITY | 60              | 60              | W    | EXACT
            EN | 5 kW                                   | QUANTITY | 5000            | 5000            | W    | EXACT
            EN | 100 kilowatts                          | QUANTITY | 100000          | 100000          | W    | EXACT
            EN | 1,200 megawatts                        | QUANTITY | 1200000000      | 1200000000      | W    | EXACT
            EN | 2 MW                                   | QUANTITY | 2000000         | 2000000         | W    | EXACT
            EN | 1.5 GW                                 | QUANTITY | 1500000000      | 1500000000      | W    | EXACT
            EN | 3 gigawatts                            | QUANTITY | 3000000000      | 3000000000      | W    | EXACT
            EN | 100 W                                  | QUANTITY | 100             | 100             | W    | EXACT
            EN | 10 kWh                                 | QUANTITY | 36000000        | 36000000        | J    | EXACT
            EN | 5 MWh                                  | QUANTITY | 18000000000     | 18000000000     | J    | EXACT
            EN | 2 TWh                                  | QUANTITY | 7200000000000000 | 7200000000000000 | J  | EXACT
            EN | 40 gigawatt hours                      | QUANTITY | 144000000000000 | 144000000000000 | J    | EXACT
            EN | 3 kilowatt-hours                       | QUANTITY | 10800000        | 10800000        | J    | EXACT
            EN | 100 joules                             | QUANTITY | 100             | 100             | J    | EXACT
            EN | 2 megajoules                           | QUANTITY | 2000000         | 2000000         | J    | EXACT
            EN | nearly 1,000 megawatts                 | QUANTITY | 900000000       | 1000000000      | W    | APPROXIMATE
            ES | 150 CV                                 | QUANTITY | 110324.8125     | 110324.8125     | W    | EXACT
            ES | 300 caballos de fuerza                 | QUANTITY | 220649.625      | 220649.625      | W    | EXACT
            ES | 50 megavatios                          | QUANTITY | 50000000        | 50000000        | W    | EXACT
            ES | 2 gigavatios                           | QUANTITY | 2000000000      | 2000000000      | W    | EXACT
            ES | 100 kilovatios hora                    | QUANTITY | 360000000       | 360000000       | J    | EXACT
            ES | 5 kWh                                  | QUANTITY | 18000000        | 18000000        | J    | EXACT
            FR | 110 CV                                 | QUANTITY | 80904.8625      | 80904.8625      | W    | EXACT
            FR | 900 mégawatts                          | QUANTITY | 900000000       | 900000000       | W    | EXACT
            FR | 10 kWh                                 | QUANTITY | 36000000        | 36000000        | J    | EXACT
            """)
    void powerAndEnergy(Language language, String expression, ValueKind kind, String min, String max, String unit,
            Qualifier qualifier) {
        assertNumeric(language, expression, kind, min, max, unit, qualifier);
    }

    /** Data in bytes with decimal prefixes, as storage is sold: 256GB is 256e9 B. */
    @ParameterizedTest(name = NAME)
    @CsvSource(delimiter = '|', nullValues = "null", textBlock = """
            EN | 256 GB                                 | QUANTITY | 256000000000    | 256000000000    | B    | EXACT
            EN | 64 GB                                  | QUANTITY | 64000000000     | 64000000000     | B    | EXACT
            EN | 2 TB                                   | QUANTITY | 2000000000000   | 2000000000000   | B    | EXACT
            EN | 700 MB                                 | QUANTITY | 700000000       | 700000000       | B    | EXACT
            EN | 2 gigabytes                            | QUANTITY | 2000000000      | 2000000000      | B    | EXACT
            EN | 10 terabytes                           | QUANTITY | 10000000000000  | 10000000000000  | B    | EXACT
            EN | 500 megabytes                          | QUANTITY | 500000000       | 500000000       | B    | EXACT
            EN | 1.5 petabytes                          | QUANTITY | 1500000000000000 | 1500000000000000 | B  | EXACT
            EN | 512 bytes                              | QUANTITY | 512             | 512             | B    | EXACT
            EN | 100 KB                                 | QUANTITY | 100000          | 100000          | B    | EXACT
            EN | up to 1 TB                             | QUANTITY | null            | 1000000000000   | B    | AT_MOST
            ES | 128 GB                                 | QUANTITY | 128000000000    | 128000000000    | B    | EXACT
            ES | 2 gigas                                | QUANTITY | 2000000000      | 2000000000      | B    | EXACT
            ES | 3 terabytes                            | QUANTITY | 3000000000000   | 3000000000000   | B    | EXACT
            FR | 128 GB                                 | QUANTITY | 128000000000    | 128000000000    | B    | EXACT
            FR | 4 gigaoctets                           | QUANTITY | 4000000000      | 4000000000      | B    | EXACT
            """)
    void dataSizes(Language language, String expression, ValueKind kind, String min, String max, String unit,
            Qualifier qualifier) {
        assertNumeric(language, expression, kind, min, max, unit, qualifier);
    }

    /** Temperatures in °C, Fahrenheit converted; "940 mb" is a pressure, not bytes, and stays a count. */
    @ParameterizedTest(name = NAME)
    @CsvSource(delimiter = '|', nullValues = "null", textBlock = """
            EN | 41 °C                                  | QUANTITY | 41              | 41              | °C   | EXACT
            EN | 98.6 °F                                | QUANTITY | 37              | 37              | °C   | EXACT
            EN | 105 degrees Fahrenheit                 | QUANTITY | ~40.556         | ~40.556         | °C   | EXACT
            EN | 40 degrees Celsius                     | QUANTITY | 40              | 40              | °C   | EXACT
            EN | 50F                                    | QUANTITY | 10              | 10              | °C   | EXACT
            EN | 0C                                     | QUANTITY | 0               | 0               | °C   | EXACT
            EN | (117F)                                 | QUANTITY | ~47.222         | ~47.222         | °C   | EXACT
            EN | 47C.                                   | QUANTITY | 47              | 47              | °C   | EXACT
            EN | 940 mb                                 | COUNT    | 940             | 940             | null | EXACT
            ES | 45 grados centígrados                  | QUANTITY | 45              | 45              | °C   | EXACT
            ES | 45 °C                                  | QUANTITY | 45              | 45              | °C   | EXACT
            ES | 100 ºF                                 | QUANTITY | ~37.778         | ~37.778         | °C   | EXACT
            FR | 45 °C                                  | QUANTITY | 45              | 45              | °C   | EXACT
            FR | 45 degrés Celsius                      | QUANTITY | 45              | 45              | °C   | EXACT
            """)
    void temperatures(Language language, String expression, ValueKind kind, String min, String max, String unit,
            Qualifier qualifier) {
        assertNumeric(language, expression, kind, min, max, unit, qualifier);
    }

    /** A price per unit of measure keeps both units, in base units: $3 a gallon is 0.79 USD/l. */
    @ParameterizedTest(name = NAME)
    @CsvSource(delimiter = '|', nullValues = "null", textBlock = """
            EN | $3 a gallon                            | MONEY    | ~0.793          | ~0.793          | USD/l  | EXACT
            EN | $4 per gallon                          | MONEY    | ~1.057          | ~1.057          | USD/l  | EXACT
            EN | $80 a barrel                           | MONEY    | ~0.503          | ~0.503          | USD/l  | EXACT
            EN | 80 dollars per barrel                  | MONEY    | ~0.503          | ~0.503          | USD/l  | EXACT
            EN | $100 a tonne                           | MONEY    | 0.1             | 0.1             | USD/kg | EXACT
            EN | $5 per kilo                            | MONEY    | 5               | 5               | USD/kg | EXACT
            EN | $2 a pound                             | MONEY    | ~4.409          | ~4.409          | USD/kg | EXACT
            EN | £1.50 a litre                          | MONEY    | 1.5             | 1.5             | GBP/l  | EXACT
            EN | €2 per liter                           | MONEY    | 2               | 2               | EUR/l  | EXACT
            EN | $500 an acre                           | MONEY    | ~0.124          | ~0.124          | USD/m2 | EXACT
            EN | $10,000 a hectare                      | MONEY    | 1               | 1               | USD/m2 | EXACT
            EN | 99 cents a gallon                      | MONEY    | ~0.262          | ~0.262          | USD/l  | EXACT
            EN | about $3 a gallon                      | MONEY    | ~0.713          | ~0.872          | USD/l  | APPROXIMATE
            EN | more than $100 a barrel                | MONEY    | ~0.629          | null            | USD/l  | AT_LEAST
            EN | $15 an hour                            | MONEY    | 15              | 15              | USD    | EXACT
            EN | $1,000 a month                         | MONEY    | 1000            | 1000            | USD    | EXACT
            ES | 3 dólares por galón                    | MONEY    | ~0.793          | ~0.793          | USD/l  | EXACT
            ES | 2 euros el litro                       | MONEY    | 2               | 2               | EUR/l  | EXACT
            ES | 1,5 euros por litro                    | MONEY    | 1.5             | 1.5             | EUR/l  | EXACT
            ES | 80 dólares por barril                  | MONEY    | ~0.503          | ~0.503          | USD/l  | EXACT
            ES | 3 euros el kilo                        | MONEY    | 3               | 3               | EUR/kg | EXACT
            ES | 200 euros por tonelada                 | MONEY    | 0.2             | 0.2             | EUR/kg | EXACT
            FR | 1,80 euro le litre                     | MONEY    | 1.8             | 1.8             | EUR/l  | EXACT
            FR | 2 euros par kilo                       | MONEY    | 2               | 2               | EUR/kg | EXACT
            FR | 80 dollars le baril                    | MONEY    | ~0.503          | ~0.503          | USD/l  | EXACT
            FR | 300 euros la tonne                     | MONEY    | 0.3             | 0.3             | EUR/kg | EXACT
            """)
    void rates(Language language, String expression, ValueKind kind, String min, String max, String unit,
            Qualifier qualifier) {
        assertNumeric(language, expression, kind, min, max, unit, qualifier);
    }
}
