/**
 * Value expressions in English, Spanish and French text, and their normalized, comparable form.
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
 *     usage). French: "," is the decimal comma ("6,8"), thousands are grouped by a space, a no-break space or a
 *     narrow no-break space ("2 946", "1 250 000": a first group of one to three digits, then groups of exactly
 *     three, one space apart on one line), and "1,250,000" with more than one comma is grouping. A group separator
 *     must be followed by exactly three digits; anything else ends the number.</li>
 * <li>Scale words multiply: thousand/k (10^3), million/m/mn/mln (10^6), billion/bn (10^9), trillion/tn
 *     (10^12); Spanish mil (10^3), millón/millones (10^6), mil millones/millardo (10^9), billón/billones
 *     (10^12, the long scale); French mille (10^3), million(s) (10^6), milliard(s) (10^9). "half a million" is
 *     500,000; "a million" 10^6; "1 millón y medio"/"2 millions et demi" add half the scale.</li>
 * <li>Number words: English zero to ninety-nine, hundred, thousand, million, billion, combined
 *     ("twenty-five", "two hundred", "three thousand"), "a dozen"/"dozen" 12, "two dozen" 24, "half a dozen" 6
 *     (dozen/docena are scales: "media docena" 6, "dos docenas" 24), "a couple of" 2, "3.2M" 3,200,000 (a capital M
 *     after a decimal); Spanish cero to
 *     noventa y nueve (including dieciséis, veintiuno), cien/ciento, doscientos to novecientos, mil, combined
 *     ("tres mil", "veinticinco"), "una docena" 12; French zéro to seize, vingt to soixante, soixante-dix,
 *     quatre-vingt(s), quatre-vingt-dix, cent(s), mille, hyphenated or spaced ("vingt-sept", "vingt et un",
 *     "dix-huit", "deux cents", "trois mille"). "one"/"a"/"un"/"una"/"une" on their own are not counts.</li>
 * <li>Vague quantities are APPROXIMATE intervals: dozens of [24, 99]; hundreds of [200, 999]; thousands of
 *     [2,000, 9,999]; tens of thousands of [20,000, 99,999]; hundreds of thousands of [200,000, 999,999];
 *     millions of [2,000,000, 9,999,999]; tens of millions of [2*10^7, 99,999,999]; hundreds of millions of
 *     [2*10^8, 999,999,999] (tens/hundreds of billions likewise); billions of [2*10^9, 999,999,999,999]; a handful of
 *     [2, 5]; "several hundred"/"a few hundred" [200, 999], "a few dozen" [24, 99], "a few thousand" [2,000, 9,999]
 *     with no of-word needed;
 *     Spanish decenas de [20, 99], cientos de / centenares de [200, 999], miles de [2,000, 9,999], decenas de
 *     miles de [20,000, 99,999], cientos de miles de [200,000, 999,999], millones de [2,000,000, 9,999,999],
 *     un puñado de [2, 5], docenas de [24, 99], un centenar de [90, 110], un millar de [900, 1,100], decenas/cientos de
 *     millones de as in English; French des dizaines de [20, 99], des centaines de [200, 999], des milliers de
 *     [2,000, 9,999], des dizaines/centaines de milliers de, des millions de, des milliards de as in English;
 *     une dizaine [9, 11], une quinzaine [13.5, 16.5], une vingtaine [18, 22], une trentaine ... une soixantaine
 *     (the number give or take a tenth), une centaine [90, 110], un millier [900, 1,100], une douzaine 12, "3 milliers"
 *     3,000. A bound or "nearly" before a quantity a tenth either side of a number bounds that number: "más de un
 *     centenar" is at least 100, "près d'un millier" [900, 1,000].</li>
 * <li>A scaled number continued in digits is one number: "3 mil 500" 3,500, "12 mil 500 millones" 12.5*10^9, "1 million
 *     200 thousand", "2 millones 500 mil"; the rest has three digits, or a scale of its own follows it ("$5 million 10
 *     years ago" stays five million).</li>
 * </ul>
 *
 * <h3>Qualifiers (X is the stated number)</h3>
 * <ul>
 * <li>No qualifier: EXACT, min = max = X.</li>
 * <li>"about", "around", "some", "roughly", "approximately", "an estimated", "circa"; Spanish "unos", "unas",
 *     "alrededor de", "aproximadamente", "cerca de", "en torno a"; French "environ", "quelque", "autour de",
 *     "approximativement", "à peu près": APPROXIMATE [0.9X, 1.1X].</li>
 * <li>"nearly", "near", "almost", "close to", "just under", "casi", "poco menos de", "près de", "presque",
 *     "pas loin de", "un peu moins de": APPROXIMATE [0.9X, X]. A qualifier may be joined by a hyphen
 *     ("near-700 metre").</li>
 * <li>"just over", "slightly more than", "poco más de", "un peu plus de": APPROXIMATE [X, 1.1X].</li>
 * <li>"more than", "over", "at least", "upwards of", "in excess of", "no fewer than", "no less than";
 *     "más de", "al menos", "por lo menos", "como mínimo"; "au moins", "plus de", "pas moins de", "au-delà de":
 *     AT_LEAST, min X, max null.</li>
 * <li>"up to", "as many as", "fewer than", "less than", "under", "at most", "no more than", "a maximum of";
 *     "hasta", "menos de", "como máximo", "un máximo de"; "jusqu'à", "moins de", "au plus", "au maximum":
 *     AT_MOST, min null, max X.</li>
 * <li>Ranges "between X and Y", "X-Y", "X–Y", "X to Y", "from X to Y"; "entre X y Y", "de X a Y"; "entre X et
 *     Y", "de X à Y", "X à Y": RANGE [X, Y]. A scale, currency or unit given once applies to both ends
 *     ("between 5 and 6 million", "$5-6 billion", "20-30%"); a scale only when the near end is not already
 *     larger ("from $750,000 to $1 million").</li>
 * <li>An old and a new figure are two values, not a range: after a change word of the language (rose, risen,
 *     climbed, increased, jumped, fell, dropped, revised, updated, grew, ...; pasar, subir, aumentar, elevarse,
 *     ascender, ...; passer, grimper, s'alourdir, augmenter, revu, ...), up to eight tokens before "from"/"de"
 *     in the same clause with no number between, "from X to Y" is X and Y, each with its own span and
 *     qualifier ("the toll was revised from 64 to 2,975", "al pasar de 186 a 192", "passé de 2 012 à 2 946").
 *     The lists are data in the packs' "[change-words]".</li>
 * </ul>
 *
 * <h3>Kinds and units</h3>
 * The units and currencies below are data: each unit is defined once by its symbol in {@code units.pack} (kind,
 * factor, base unit), with the currency symbols and ISO codes; each language pack names them in its language
 * ("[unit-names]", "[currency-words]", "[percent-words]"). See {@link org.claimcheck.normalize.Units}.
 * <ul>
 * <li>MONEY: the amount in the stated currency, unit its ISO 4217 code. "$" and "US$" USD, "C$" CAD, "A$"
 *     AUD, "R$" BRL, "€" EUR, "£" GBP, "¥" JPY; words dollars/dólares USD, euros EUR, pounds sterling/libras
 *     esterlinas GBP, yen JPY, yuan/renminbi CNY, rubles/roubles/rublos RUB, won KRW, pesos colombianos COP,
 *     pesos mexicanos MXN; whole units then cents are one amount ("two dollars and fifty cents", "dos euros con
 *     cincuenta céntimos", French "2 euros 50"); codes (USD, EUR, GBP, JPY, CNY, RUB, KRW, COP, MXN, BRL, ARS, CLP, CAD, AUD, CHF,
 *     INR, UAH, MAD, XOF) before or after the number; French dollars/euros/dirhams (MAD), dollars canadiens CAD,
 *     livres sterling GBP, francs suisses CHF; a currency sign after the number ("50 €").
 *     "billions of dollars" is APPROXIMATE [2*10^9, 999,999,999,999] USD.</li>
 * <li>PERCENT: "%" (attached or spaced, "51,2 %"), "percent", "per cent", "por ciento", "pour cent"; "percentage
 *     points", "puntos porcentuales", "points de pourcentage" too; unit "%".</li>
 * <li>QUANTITY in SI base units. Length, unit "m": km/kilometer(s)/kilometre(s)/kilómetro(s) 1000,
 *     m/meter(s)/metre(s)/metro(s) 1, cm 0.01, mm 0.001, mile(s)/milla(s) 1609.344, nautical mile(s) 1852,
 *     ft/foot/feet 0.3048, yard(s) 0.9144, inch(es) 0.0254. Mass, unit "kg": kg/kilogram(s)/kilo(s)/
 *     kilogramo(s) 1, g/gram(s)/gramo(s) 0.001, tonne(s)/metric ton(s)/tonelada(s) and ton(s) 1000 (world news writes
 *     "tons" for tonnes), short ton(s) 907.18474, long ton(s) 1016.0469088,
 *     lb/lbs/pound(s)/libra(s) 0.45359237. Area, unit "m2": km2/km²/square kilometers/kilómetros cuadrados
 *     10^6, m2/m²/square meters 1, hectare(s)/hectárea(s)/ha 10^4, acre(s) 4046.8564224, square mile(s)
 *     2589988.110336. Volume, unit "l": l/liter(s)/litre(s)/litro(s) 1, ml 0.001, gallon(s) 3.785411784,
 *     barrel(s)/barril(es) 158.987294928, cubic meters/m3 1000. Values are exact products, not rounded
 *     (62 miles is 99779.328 m). "100 kilometers (62 miles)" is two values. French kilomètre(s), mètre(s),
 *     tonne(s), kilomètres carrés, mètres cubes likewise. Common misspellings are entries of their own
 *     ("kilomters", "kilometeres", "tones" for tonnes).</li>
 * <li>DURATION in days, unit "day": year(s)/año(s) 365.25, month(s)/mes(es) 30.44, week(s)/semana(s) 7,
 *     day(s)/día(s) 1, hour(s)/hora(s) 1/24, decade(s)/década(s) 3652.5, century/centuries/siglo(s) 36525,
 *     minute(s)/min 1/1440, second(s)/segundos/secondes 1/86400, fortnight 14, quincena 15, lustro 1826.25 (five
 *     years), bienio 730.5, millennium/milenio/millénaire 365250; "a couple of weeks"/"un par de semanas" 14.
 *     French an(s)/année(s), mois, semaine(s), jour(s), heure(s), décennie(s), siècle(s) ("deux ans et demi" 2.5
 *     years). "a quarter of a century" is 25 years, "half a century"/"medio siglo" 50 years, "a decade" 10 years,
 *     "a year and a half" 1.5 years, "two and a half years"/"dos años y medio" 2.5 years, "a year"/"un año"
 *     one year. Compound adjectives count too ("a three-day conference", "24-year").
 *     "X ago" is no duration but a date (below). A person's age after the name with no word for years ("Luis
 *     Urzua, 54,", "Luis Urzúa (54)", but not "en Juchitán (37)" after a place preposition) is that many years.
 *     Alternatives are a range: "two or three days", "dos o tres días", "deux ou trois jours". A duration joined to
 *     one in a smaller unit is their sum: "3 days and 4 hours", "un año y seis meses", "deux ans et trois mois". An
 *     adjective of the pack may stand before a unit of time: "les 12 derniers mois", "los tres últimos años".</li>
 * <li>Speeds in "m/s" (mph 0.44704, km/h and kph 1/3.6, knots 1852/3600, "miles per hour", "kilómetros por hora",
 *     "km par heure"); power in "W" (kW, MW, GW, watts; hp/horsepower 745.69987158227022, CV/PS 735.49875); energy
 *     in "J" (kWh 3.6*10^6, MWh, GWh, TWh, joules); data in "B" with decimal prefixes (256GB is 256*10^9 B; KB, MB,
 *     GB, TB, PB only in capitals, "940 mb" being a pressure); temperatures in "°C", a capital C or F written against
 *     the number too ("41C", "105F"). A price per unit of volume, mass, length or area is a rate in the currency per
 *     base unit: "$3 a gallon" is 0.79 "USD/l", "2 euros el litro" 2 "EUR/l" (the pack's "[rate-words]").</li>
 * <li>A scale letter before a unit or currency word is a scale: "1.2m tons" is 1.2 million tons, "624m" 624 metres.
 *     "$US55,931,000", "$A2.4bn": country letters after "$" name the dollar.</li>
 * <li>After a change word ("fell", "up", "cayó un", "a baissé de"), an amount with its own unit then "to" and a
 *     figure is the change and the new level, two values ("fell 0.68 per cent to 3,005.47", "up 19 cents to
 *     $3.05"); "rose 5 to 10 percent" stays a range. A number word that is no value alone opens a range whose far
 *     end has the unit: "one to two years" is [1, 2] years.</li>
 * <li>"a pair of", "un par de", "une paire de" count 2 (the pack's "[count-phrases]").</li>
 * <li>COUNT otherwise: a plain number. Magnitudes and storm categories are counts too: "magnitude 7.1", "the
 *     magnitude-6.1 quake", "a 6.5-magnitude earthquake", "de magnitude sept", "a Category 4 storm".</li>
 * <li>A number run into a word by a missing space is still a value: "357people" (a lower-case word of four
 *     letters or more after it), "hubo337 réplicas" (a lower-case word of three letters or more before it, a
 *     space and a word after it).</li>
 * </ul>
 *
 * <h3>Dates (DATE: the first and last day meant)</h3>
 * <ul>
 * <li>"June 19, 2024", "19 June 2024", "19 de junio de 2024", "le 8 septembre 2023", "1er novembre 1755",
 *     "2024-06-19", "2013/01/31", "20/02/14" (a two-digit year within ten years ahead of R is this century's): that
 *     day. "February 2022",
 *     "febrero de 2022", "février 2004": the whole month. A year after a temporal word ("in 2014", "since 2000", "by 2030",
 *     "dates back to 2000", "en 2014", "desde 2000", "depuis 2000"): the whole year; in French "de" is not such
 *     a word ("fait état de 2012 morts" is a count). A bare four-digit number with no such
 *     word is not a date ("Vision 2030", "Euro 2024"), and is a COUNT only when a noun follows it.
 *     "the 1990s": 1990-01-01 to 1999-12-31.</li>
 * <li>Ranges: "1950-1953", "1950 - 1953", "between 1950 and 1953", "from 1950 to 1953" span the first day
 *     of the first year to the last day of the last one (RANGE); "between October 8 and 13", "October 8-13",
 *     "del 8 al 13 de octubre", "du 8 au 13 octobre", "du vendredi 8 au samedi 9 septembre", "de vendredi à
 *     samedi" likewise.</li>
 * <li>"mid-November 2024"/"a mediados de noviembre de 2024" days 11-20, "early June"/"a principios de junio"
 *     days 1-10, "late June"/"a finales de junio" day 21 to the month's end: APPROXIMATE; French "mi-septembre",
 *     "début septembre", "fin 2023", "à la fin de juin" likewise.</li>
 * <li>Relative to the reference day R (the publication date): a day and month without a year take R's year,
 *     or the year before when that would put them more than 31 days after R. A month alone ("in June",
 *     "en junio") is its latest occurrence not after R's month, but after "by", "until", "next", "hasta",
 *     "para" or "próximo" its earliest occurrence not before R's month ("by December" in October is this
 *     December); "of this year"/"of last year" fix the year.
 *     A weekday ("on Wednesday", "el miércoles") is its latest occurrence on or before R, R itself included,
 *     unless the sentence speaks of the future before it ("will sign the treaty on Thursday", "se firmará el
 *     jueves"): then its next occurrence, R included;
 *     "last Wednesday" is strictly before R; "next Wednesday"/"el próximo miércoles" strictly after; French
 *     "vendredi" (and "vendredi soir") is the latest, "lundi dernier" strictly before, "lundi prochain" after.
 *     "aujourd'hui" R, "hier" R-1, "avant-hier" R-2, "demain" R+1; "cette année", "l'an dernier"/"l'année
 *     dernière", "l'année prochaine", "le mois dernier", "cette semaine", "la semaine dernière" as in English.
 *     "today"/"hoy" R, "yesterday"/"ayer" R-1, "tomorrow" R+1. "this year"/"este año" R's year, "last
 *     year"/"el año pasado" the year before, "next year"/"el próximo año" the year after; "this month",
 *     "last month"/"el mes pasado" likewise; "this week"/"esta semana" Monday to Sunday around R, "last
 *     week"/"la semana pasada" Monday to Sunday of the week before.</li>
 * <li>Time elapsed before R is a date: "two months ago", "hace dos meses", "il y a deux mois" are the day that long
 *     before R, EXACT in days or hours, APPROXIMATE in weeks or more; "desde hace dos años" is a duration. Time ahead
 *     of R likewise: "three days from now", "dentro de tres días", "dans trois jours", "d'ici deux ans"; "in two
 *     weeks"/"en dos semanas" only at a sentence's start or after a future verb of the pack ("will", "votará"), since
 *     "built in two weeks" and "for the first time in six years" say how long. "Some" or "about" before the time
 *     makes the day APPROXIMATE; a bound ("less than two weeks ago", "hace más de un año", "nearly two years ago")
 *     stays the bound on the duration, as the annotated stories quote it; "a fortnight ago", "a couple of weeks ago", "hace un par de semanas" count
 *     too.</li>
 * <li>A part of a relative year or month: "early next year", "late last year", "a finales del año pasado", "fin de
 *     l'année dernière"; a year or month with nothing after it is R's ("by the end of the year", "à la fin du mois",
 *     "a finales de año"). Parts of a decade are its years 0-3, 4-6 and 7-9 ("the late 1990s" 1997-1999).</li>
 * <li>Holidays on a fixed day ("Christmas 2015", "New Year's Eve", "Nochevieja", "la Toussaint") as a day and month;
 *     seasons of the northern hemisphere from solstice or equinox, APPROXIMATE, with a year or a direction only ("the
 *     summer of 2015", "last summer", "el verano pasado", "l'été dernier", "cet été").</li>
 * <li>A month with a direction: "el pasado mes de septiembre", "en mars prochain", "en septiembre pasado"; a day and
 *     month with the year after them: "January 5 last year", "el 14 de febrero del año pasado". "13 a 15 de julio",
 *     "13-15 juillet", "Jan. 2 to Jan. 5" are spans.</li>
 * <li>"this weekend", "last weekend", "este fin de semana", "le week-end dernier": the Saturday and Sunday of that
 *     week. "last night"/"anoche" R-1; "esta noche", "ce matin", "ce soir" R.</li>
 * <li>Decades: "the 1990s", "the '90s", "the 80s" (two digits and "s" after an article or an apostrophe: the last
 *     century's decade unless this century's is over by R), "los años 80", "los años ochenta", "la década de 1990",
 *     "les années quatre-vingt".</li>
 * <li>Days written as words: "el primero de mayo", "le premier mai", "el cinco de mayo", "le trois mars".</li>
 * <li>"after 2010"/"después de 2010"/"après 2010" is AT_LEAST from the day after the date (last day open), "before
 *     2010"/"antes de 2010"/"avant 2010" AT_MOST up to the day before it (first day open); an approximate date lends
 *     its whole span ("before the end of 2023"). "since 2014", "desde agosto", "a partir de 2019" stay the date they
 *     name: when something began is the fact a reader checks.</li>
 * <li>Without a reference day, a relative expression is found but unresolved: both days null.</li>
 * </ul>
 *
 * <h3>Not values</h3>
 * Ordinals ("15th", "second", "first", "segundo", "2e", "3ème", "the twenty-first century", "vingt-deuxième"), times of day ("23h11") ("08:02:50", "6:33 AM"), phone numbers,
 * identifiers ("COVID-19", "F-16", "G7", "No. 10", "Article 5", "page 12"), list numbers at the start of a
 * line ("1. Putin visits"), and "one"/"a" on their own. Numbers in names: after a brand or numbered thing written
 * with a capital letter ("Boeing 737", "iPhone 11", "Apollo 11", "Formula 1", "FTSE 100": {@code names.pack}), after
 * a language's own name leads in any case ("Row 21", "Interstate 95", "fila 21": the pack's "[name-leads]"), or
 * before a model's tail ("11 Pro"); "737 passengers" and "401 homes" stay counts.
 *
 * <h3>French text</h3>
 * The tokenizer splits French elisions at the apostrophe ("d'au moins" is "d'" "au" "moins", "jusqu'à" is
 * "jusqu'" "à"; "aujourd'hui" stays whole) and reads "’" as "'". Words that mean something else in another
 * language are looked up per language: "sept" is seven (not September), "mars" a month only with a day, a year or a
 * lead word, "an" a year only in French.
 */
package org.claimcheck.normalize;
