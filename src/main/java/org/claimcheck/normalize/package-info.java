/**
 * Value expressions in English and Spanish text, and their normalized, comparable form.
 * The entry point is {@link org.claimcheck.normalize.ValueNormalizer}. Plain Java: no framework types.
 *
 * <h2>Conventions</h2>
 * These are the rules the normalizer follows; its table-driven tests check them row by row.
 *
 * <h3>Numbers</h3>
 * <ul>
 * <li>Digits. English: "," groups thousands ("11,000"), "." is the decimal point ("5.5", "1.125 billion").
 *     Spanish: "." groups thousands ("12.000"), "," is the decimal comma ("5,5 millones"), except that a ","
 *     followed by exactly three digits and no decimal part is read as grouping ("11,000" in Latin American
 *     usage). A group separator must be followed by exactly three digits; anything else ends the number.</li>
 * <li>Scale words multiply: thousand/k (10^3), million/m/mn/mln (10^6), billion/bn (10^9), trillion/tn
 *     (10^12); Spanish mil (10^3), millón/millones (10^6), mil millones/millardo (10^9), billón/billones
 *     (10^12, the long scale). "half a million" is 500,000; "a million" 10^6.</li>
 * <li>Number words: English zero to ninety-nine, hundred, thousand, million, billion, combined
 *     ("twenty-five", "two hundred", "three thousand"), "a dozen"/"dozen" 12, "two dozen" 24; Spanish cero to
 *     noventa y nueve (including dieciséis, veintiuno), cien/ciento, doscientos to novecientos, mil, combined
 *     ("tres mil", "veinticinco"), "una docena" 12. "one"/"a"/"un"/"una" on their own are not counts.</li>
 * <li>Vague quantities are APPROXIMATE intervals: dozens of [24, 99]; hundreds of [200, 999]; thousands of
 *     [2,000, 9,999]; tens of thousands of [20,000, 99,999]; hundreds of thousands of [200,000, 999,999];
 *     millions of [2,000,000, 9,999,999]; billions of [2*10^9, 999,999,999,999]; a handful of [2, 5];
 *     Spanish decenas de [20, 99], cientos de / centenares de [200, 999], miles de [2,000, 9,999], decenas de
 *     miles de [20,000, 99,999], cientos de miles de [200,000, 999,999], millones de [2,000,000, 9,999,999],
 *     un puñado de [2, 5].</li>
 * </ul>
 *
 * <h3>Qualifiers (X is the stated number)</h3>
 * <ul>
 * <li>No qualifier: EXACT, min = max = X.</li>
 * <li>"about", "around", "some", "roughly", "approximately", "an estimated", "circa"; Spanish "unos", "unas",
 *     "alrededor de", "aproximadamente", "cerca de", "en torno a": APPROXIMATE [0.9X, 1.1X].</li>
 * <li>"nearly", "almost", "close to", "just under", "casi", "poco menos de": APPROXIMATE [0.9X, X].</li>
 * <li>"just over", "slightly more than", "poco más de": APPROXIMATE [X, 1.1X].</li>
 * <li>"more than", "over", "at least", "upwards of", "in excess of", "no fewer than", "no less than";
 *     "más de", "al menos", "por lo menos", "como mínimo": AT_LEAST, min X, max null.</li>
 * <li>"up to", "as many as", "fewer than", "less than", "under", "at most", "no more than", "a maximum of";
 *     "hasta", "menos de", "como máximo", "un máximo de": AT_MOST, min null, max X.</li>
 * <li>Ranges "between X and Y", "X-Y", "X–Y", "X to Y", "from X to Y"; "entre X y Y", "de X a Y": RANGE
 *     [X, Y]. A scale, currency or unit given once applies to both ends ("between 5 and 6 million",
 *     "$5-6 billion", "20-30%").</li>
 * </ul>
 *
 * <h3>Kinds and units</h3>
 * <ul>
 * <li>MONEY: the amount in the stated currency, unit its ISO 4217 code. "$" and "US$" USD, "C$" CAD, "A$"
 *     AUD, "R$" BRL, "€" EUR, "£" GBP, "¥" JPY; words dollars/dólares USD, euros EUR, pounds sterling/libras
 *     esterlinas GBP, yen JPY, yuan/renminbi CNY, rubles/roubles/rublos RUB, won KRW, pesos colombianos COP,
 *     pesos mexicanos MXN; codes (USD, EUR, GBP, JPY, CNY, RUB, KRW, COP, MXN, BRL, ARS, CLP, CAD, AUD, CHF,
 *     INR, UAH) before or after the number. "billions of dollars" is APPROXIMATE [2*10^9, 999,999,999,999] USD.</li>
 * <li>PERCENT: "%", "percent", "per cent", "por ciento"; unit "%".</li>
 * <li>QUANTITY in SI base units. Length, unit "m": km/kilometer(s)/kilometre(s)/kilómetro(s) 1000,
 *     m/meter(s)/metre(s)/metro(s) 1, cm 0.01, mm 0.001, mile(s)/milla(s) 1609.344, nautical mile(s) 1852,
 *     ft/foot/feet 0.3048, yard(s) 0.9144, inch(es) 0.0254. Mass, unit "kg": kg/kilogram(s)/kilo(s)/
 *     kilogramo(s) 1, g/gram(s)/gramo(s) 0.001, tonne(s)/metric ton(s)/tonelada(s) 1000, ton(s) 907.18474,
 *     lb/lbs/pound(s)/libra(s) 0.45359237. Area, unit "m2": km2/km²/square kilometers/kilómetros cuadrados
 *     10^6, m2/m²/square meters 1, hectare(s)/hectárea(s)/ha 10^4, acre(s) 4046.8564224, square mile(s)
 *     2589988.110336. Volume, unit "l": l/liter(s)/litre(s)/litro(s) 1, ml 0.001, gallon(s) 3.785411784,
 *     barrel(s)/barril(es) 158.987294928, cubic meters/m3 1000. Values are exact products, not rounded
 *     (62 miles is 99779.328 m). "100 kilometers (62 miles)" is two values.</li>
 * <li>DURATION in days, unit "day": year(s)/año(s) 365.25, month(s)/mes(es) 30.44, week(s)/semana(s) 7,
 *     day(s)/día(s) 1, hour(s)/hora(s) 1/24, decade(s)/década(s) 3652.5, century/centuries/siglo(s) 36525.
 *     "a quarter of a century" is 25 years, "half a century"/"medio siglo" 50 years, "a decade" 10 years,
 *     "a year and a half" 1.5 years, "two and a half years"/"dos años y medio" 2.5 years, "a year"/"un año"
 *     one year. Compound adjectives count too ("a three-day conference", "24-year").
 *     "X ago" is the duration X.</li>
 * <li>COUNT otherwise: a plain number.</li>
 * </ul>
 *
 * <h3>Dates (DATE: the first and last day meant)</h3>
 * <ul>
 * <li>"June 19, 2024", "19 June 2024", "19 de junio de 2024", "2024-06-19": that day. "February 2022",
 *     "febrero de 2022": the whole month. A year after a temporal word ("in 2014", "since 2000", "by 2030",
 *     "dates back to 2000", "en 2014", "desde 2000"): the whole year. A bare four-digit number with no such
 *     word is not a date ("Vision 2030", "Euro 2024"), and is a COUNT only when a noun follows it.
 *     "the 1990s": 1990-01-01 to 1999-12-31.</li>
 * <li>Ranges: "1950-1953", "1950 - 1953", "between 1950 and 1953", "from 1950 to 1953" span the first day
 *     of the first year to the last day of the last one (RANGE); "between October 8 and 13", "October 8-13",
 *     "del 8 al 13 de octubre" likewise.</li>
 * <li>"mid-November 2024"/"a mediados de noviembre de 2024" days 11-20, "early June"/"a principios de junio"
 *     days 1-10, "late June"/"a finales de junio" day 21 to the month's end: APPROXIMATE.</li>
 * <li>Relative to the reference day R (the publication date): a day and month without a year take R's year,
 *     or the year before when that would put them more than 31 days after R. A month alone ("in June",
 *     "en junio") is its latest occurrence not after R's month, but after "by", "until", "next", "hasta",
 *     "para" or "próximo" its earliest occurrence not before R's month ("by December" in October is this
 *     December); "of this year"/"of last year" fix the year.
 *     A weekday ("on Wednesday", "el miércoles") is its latest occurrence on or before R, R itself included,
 *     unless the sentence speaks of the future before it ("will sign the treaty on Thursday", "se firmará el
 *     jueves"): then its next occurrence, R included;
 *     "last Wednesday" is strictly before R; "next Wednesday"/"el próximo miércoles" strictly after.
 *     "today"/"hoy" R, "yesterday"/"ayer" R-1, "tomorrow" R+1. "this year"/"este año" R's year, "last
 *     year"/"el año pasado" the year before, "next year"/"el próximo año" the year after; "this month",
 *     "last month"/"el mes pasado" likewise; "this week"/"esta semana" Monday to Sunday around R, "last
 *     week"/"la semana pasada" Monday to Sunday of the week before.</li>
 * <li>Without a reference day, a relative expression is found but unresolved: both days null.</li>
 * </ul>
 *
 * <h3>Not values</h3>
 * Ordinals ("15th", "second", "first", "segundo"), times of day ("08:02:50", "6:33 AM"), phone numbers,
 * identifiers ("COVID-19", "F-16", "G7", "No. 10", "Article 5", "page 12"), list numbers at the start of a
 * line ("1. Putin visits"), and "one"/"a" on their own.
 */
package org.claimcheck.normalize;
