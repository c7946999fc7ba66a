package org.claimcheck.normalize;

import java.math.BigDecimal;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The words the normalizer knows, in English, Spanish and French, that are not yet in the language packs: units,
 * currencies, percent words and identifier leads. Look-ups are by lower-case token text (a typographic apostrophe
 * is read as "'"); multi-word phrases are lists of tokens. Words that mean one thing in one language and another
 * elsewhere ("once", "sept", "de" before a year, "an") are kept per language and reached through the accessors
 * that take a {@link Language}; the rest is shared.
 */
final class Lexicon {

    private Lexicon() {
    }

    /** A unit of measure: which kind it makes, the factor to the base unit, and the base unit's symbol. */
    record Unit(ValueKind kind, BigDecimal factor, String base) {
    }

    /** A qualifier phrase and how it turns the stated number into an interval. */
    record QualifierPhrase(List<String> words, Bound bound) {
    }

    enum Bound {
        AROUND, BELOW, ABOVE, AT_LEAST, AT_MOST
    }

    // ---- numbers -------------------------------------------------------------------------------------

    /**
     * The scale words of every language pack: "billion" is 10^9 in English, "billón" 10^12 in Spanish. Each language
     * reads only its own pack's "[scales]"; this union is for the shapes that look for any scale after a number.
     */
    static final Map<String, BigDecimal> SCALES = allScales();

    private static Map<String, BigDecimal> allScales() {
        Map<String, BigDecimal> all = new HashMap<>();
        for (LanguagePack pack : LanguagePack.all()) {
            all.putAll(pack.numbers("scales"));
        }
        return Map.copyOf(all);
    }

    /** Scale abbreviations written against the number: "$5.5bn", "€20m", "10k". */
    static final Map<String, BigDecimal> ATTACHED_SCALES = Map.of(
            "k", BigDecimal.valueOf(1_000L),
            "m", BigDecimal.valueOf(1_000_000L),
            "mn", BigDecimal.valueOf(1_000_000L),
            "mln", BigDecimal.valueOf(1_000_000L),
            "bn", BigDecimal.valueOf(1_000_000_000L),
            "b", BigDecimal.valueOf(1_000_000_000L),
            "tn", BigDecimal.valueOf(1_000_000_000_000L));

    /** Abbreviations that are scales even after a space: "5.5 bn", "20 mln". */
    static final Set<String> SPACED_SCALE_ABBREVIATIONS = Set.of("bn", "mn", "mln", "tn");

    // ---- units -----------------------------------------------------------------------------------------

    static final String METRE = "m";
    static final String KILOGRAM = "kg";
    static final String SQUARE_METRE = "m2";
    static final String LITRE = "l";
    static final String DAY = "day";
    static final String METRE_PER_SECOND = "m/s";
    static final String WATT = "W";
    static final String JOULE = "J";
    static final String BYTE = "B";

    /** Unit words of one token. Multi-token units ("square kilometers", "metric tons") are in {@link #UNIT_PHRASES}. */
    static final Map<String, Unit> UNITS = new HashMap<>();
    static final Map<List<String>, Unit> UNIT_PHRASES = new HashMap<>();
    /** {@link #UNIT_PHRASES} by their first word, longest first: one look-up per number instead of a scan. */
    static final Map<String, List<Map.Entry<List<String>, Unit>>> UNIT_PHRASES_BY_FIRST_WORD = new HashMap<>();

    static {
        length(1000, "km", "kms", "kilometer", "kilometers", "kilometre", "kilometres", "kilómetro", "kilómetros",
                "kilometro", "kilometros", "kilomètre", "kilomètres");
        length(1, "m", "meter", "meters", "metre", "metres", "metro", "metros", "mètre", "mètres");
        length(0.01, "cm", "centimeter", "centimeters", "centimetre", "centimetres", "centímetro", "centímetros",
                "centimètre", "centimètres");
        length(0.001, "mm", "millimeter", "millimeters", "millimetre", "millimetres", "milímetro", "milímetros",
                "millimètre", "millimètres");
        // Misspellings seen in published text ("a depth of 12 kilomters"): one letter dropped, doubled or swapped.
        length(1000, "kilomters", "kilomter", "kilometrs", "kilomtres", "kilomeres", "kilometes", "kilometrers",
                "killometers", "killometres", "kilometeres", "kilmeters", "kilmetres", "klometers", "kilomenters",
                "kiloemters", "kilómetors", "kilometors", "kilomètes", "kilomtères");
        length(1, "metters", "meteres", "mters", "mètes");
        length(1609.344, "mile", "miles", "milla", "millas", "mi");
        length(0.3048, "ft", "foot", "feet", "pie", "pies");
        length(0.9144, "yard", "yards", "yd", "yarda", "yardas");
        length(0.0254, "inch", "inches", "pulgada", "pulgadas");
        mass(1, "kg", "kgs", "kilogram", "kilograms", "kilogramme", "kilogrammes", "kilo", "kilos", "kilogramo", "kilogramos");
        mass(0.001, "g", "gram", "grams", "gramme", "grammes", "gramo", "gramos");
        length(1852, "nautiques");
        mass(1000, "tonne", "tonnes", "tonelada", "toneladas", "tonnnes", "tones", "toneldas");
        mass(907.18474, "ton", "tons");
        mass(0.45359237, "lb", "lbs", "pound", "pounds", "libra", "libras");
        mass(0.028349523125, "oz", "ounce", "ounces", "onza", "onzas");
        area(10_000, "hectare", "hectares", "ha", "hectárea", "hectáreas", "hectarea", "hectareas");
        area(4046.8564224, "acre", "acres");
        area(1_000_000, "km2", "km²");
        area(1, "m2", "m²");
        volume(1, "l", "liter", "liters", "litre", "litres", "litro", "litros");
        volume(0.001, "ml", "milliliter", "milliliters", "millilitre", "millilitres", "mililitro", "mililitros");
        volume(3.785411784, "gallon", "gallons", "galón", "galones");
        volume(158.987294928, "barrel", "barrels", "barril", "barriles", "bbl", "baril", "barils");
        volume(1000, "m3", "m³");
        UNITS.put("km3", new Unit(ValueKind.QUANTITY, new BigDecimal("1000000000000"), LITRE));
        phrase(ValueKind.QUANTITY, 1852, METRE, "nautical mile", "nautical miles");
        phrase(ValueKind.QUANTITY, 1000, KILOGRAM, "metric ton", "metric tons", "metric tonne", "metric tonnes");
        phrase(ValueKind.QUANTITY, 1_000_000, SQUARE_METRE, "square kilometer", "square kilometers", "square kilometre",
                "square kilometres", "sq km", "kilómetro cuadrado", "kilómetros cuadrados", "kilometros cuadrados",
                "kilomètre carré", "kilomètres carrés");
        phrase(ValueKind.QUANTITY, 1, SQUARE_METRE, "square meter", "square meters", "square metre", "square metres",
                "metro cuadrado", "metros cuadrados", "mètre carré", "mètres carrés");
        phrase(ValueKind.QUANTITY, 2589988.110336, SQUARE_METRE, "square mile", "square miles", "sq mi",
                "milla cuadrada", "millas cuadradas");
        phrase(ValueKind.QUANTITY, 1000, LITRE, "cubic meter", "cubic meters", "cubic metre", "cubic metres",
                "metro cúbico", "metros cúbicos", "mètre cube", "mètres cubes");
        phrase(ValueKind.QUANTITY, 1852, METRE, "milles nautiques", "mille nautique");
        duration(365.25, "year", "years", "yr", "yrs", "año", "años", "ans", "année", "années", "annee", "annees");
        duration(30.44, "month", "months", "mes", "meses", "mois");
        duration(7, "week", "weeks", "semana", "semanas", "semaine", "semaines");
        duration(1, "day", "days", "día", "días", "dia", "dias", "jour", "jours", "journée", "journées");
        duration(3652.5, "decade", "decades", "década", "décadas", "decada", "decadas", "décennie", "décennies");
        duration(36525, "century", "centuries", "siglo", "siglos", "siècle", "siècles");
        UNITS.put("hour", hourly(24));
        UNITS.put("hours", hourly(24));
        UNITS.put("hora", hourly(24));
        UNITS.put("horas", hourly(24));
        UNITS.put("hrs", hourly(24));
        UNITS.put("heure", hourly(24));
        UNITS.put("heures", hourly(24));
        UNITS.put("minute", hourly(1440));
        UNITS.put("minutes", hourly(1440));
        UNITS.put("minuto", hourly(1440));
        UNITS.put("minutos", hourly(1440));
        // Speeds in m/s: a mile an hour is 1609.344 / 3600 m/s exactly, a knot 1852 / 3600.
        put(ValueKind.QUANTITY, "0.44704", METRE_PER_SECOND, "mph");
        put(ValueKind.QUANTITY, "0.2777777777777778", METRE_PER_SECOND, "kph", "kmh", "km/h");
        put(ValueKind.QUANTITY, "0.5144444444444444", METRE_PER_SECOND, "knot", "knots", "nudo", "nudos", "noeud", "noeuds",
                "nœud", "nœuds");
        bigPhrase(ValueKind.QUANTITY, "0.44704", METRE_PER_SECOND, "miles per hour", "miles an hour", "mile per hour",
                "mile an hour", "millas por hora", "miles par heure", "mi / h");
        bigPhrase(ValueKind.QUANTITY, "0.2777777777777778", METRE_PER_SECOND, "km / h", "kilometers per hour",
                "kilometres per hour", "kilometers an hour", "kilometres an hour", "km per hour", "km an hour",
                "kilómetros por hora", "kilometros por hora", "km por hora", "kilomètres par heure", "kilomètres heure",
                "km par heure", "km / hora");
        bigPhrase(ValueKind.QUANTITY, "1", METRE_PER_SECOND, "m / s", "meters per second", "metres per second",
                "metros por segundo", "mètres par seconde");
        // Power in watts; mechanical horsepower 745.69987158227022 W, the metric one (CV, PS, ch) 735.49875 W.
        put(ValueKind.QUANTITY, "1", WATT, "w", "watt", "watts", "vatio", "vatios");
        put(ValueKind.QUANTITY, "1000", WATT, "kw", "kilowatt", "kilowatts", "kilovatio", "kilovatios");
        put(ValueKind.QUANTITY, "1000000", WATT, "mw", "megawatt", "megawatts", "megavatio", "megavatios", "mégawatt",
                "mégawatts");
        put(ValueKind.QUANTITY, "1000000000", WATT, "gw", "gigawatt", "gigawatts", "gigavatio", "gigavatios");
        put(ValueKind.QUANTITY, "745.69987158227022", WATT, "hp", "horsepower", "bhp");
        put(ValueKind.QUANTITY, "735.49875", WATT, "cv", "ps");
        bigPhrase(ValueKind.QUANTITY, "735.49875", WATT, "caballos de fuerza", "caballos de vapor", "chevaux vapeur",
                "chevaux - vapeur");
        // Energy in joules: a watt-hour is 3600 J.
        put(ValueKind.QUANTITY, "1", JOULE, "joule", "joules", "julio", "julios");
        put(ValueKind.QUANTITY, "1000", JOULE, "kj", "kilojoule", "kilojoules");
        put(ValueKind.QUANTITY, "1000000", JOULE, "mj", "megajoule", "megajoules");
        put(ValueKind.QUANTITY, "3600000", JOULE, "kwh");
        put(ValueKind.QUANTITY, "3600000000", JOULE, "mwh");
        put(ValueKind.QUANTITY, "3600000000000", JOULE, "gwh");
        put(ValueKind.QUANTITY, "3600000000000000", JOULE, "twh");
        bigPhrase(ValueKind.QUANTITY, "3600000", JOULE, "kilowatt hours", "kilowatt - hours", "kilowatt hour",
                "kilowatt - hour", "kilovatios hora", "kilovatios - hora");
        bigPhrase(ValueKind.QUANTITY, "3600000000", JOULE, "megawatt hours", "megawatt - hours", "megavatios hora");
        bigPhrase(ValueKind.QUANTITY, "3600000000000", JOULE, "gigawatt hours", "gigawatt - hours", "gigavatios hora");
        bigPhrase(ValueKind.QUANTITY, "3600000000000000", JOULE, "terawatt hours", "terawatt - hours", "teravatios hora");
        // Data in bytes, decimal prefixes as storage is sold: 256GB is 256e9 B.
        put(ValueKind.QUANTITY, "1", BYTE, "byte", "bytes", "octet", "octets");
        put(ValueKind.QUANTITY, "1000", BYTE, "kb", "kilobyte", "kilobytes", "kilooctet", "kilooctets");
        put(ValueKind.QUANTITY, "1000000", BYTE, "mb", "megabyte", "megabytes", "mégaoctet", "mégaoctets");
        put(ValueKind.QUANTITY, "1000000000", BYTE, "gb", "gigabyte", "gigabytes", "gigas", "gigaoctet", "gigaoctets");
        put(ValueKind.QUANTITY, "1000000000000", BYTE, "tb", "terabyte", "terabytes", "téraoctet", "téraoctets");
        put(ValueKind.QUANTITY, "1000000000000000", BYTE, "pb", "petabyte", "petabytes");
        UNIT_PHRASES_BY_FIRST_WORD.putAll(byFirstWord(UNIT_PHRASES));
    }

    private static Map<String, List<Map.Entry<List<String>, Unit>>> byFirstWord(Map<List<String>, Unit> phrases) {
        Map<String, List<Map.Entry<List<String>, Unit>>> index = new HashMap<>();
        for (Map.Entry<List<String>, Unit> entry : phrases.entrySet()) {
            index.computeIfAbsent(entry.getKey().get(0), w -> new java.util.ArrayList<>()).add(entry);
        }
        index.values().forEach(list -> list.sort((a, b) -> Integer.compare(b.getKey().size(), a.getKey().size())));
        return index;
    }

    /** The unit a word names in the language: a shared unit word, or one of the pack's "[unit-aliases]" ("an"). */
    static Unit unit(String word, LanguagePack pack) {
        Unit unit = UNITS.get(word);
        if (unit == null) {
            String alias = pack.values("unit-aliases").get(word);
            unit = alias == null ? null : UNITS.get(alias);
        }
        return unit;
    }

    private static Unit hourly(int perDay) {
        return new Unit(ValueKind.DURATION, BigDecimal.ONE.divide(BigDecimal.valueOf(perDay), 12, java.math.RoundingMode.HALF_UP), DAY);
    }

    private static void length(double factor, String... words) {
        put(ValueKind.QUANTITY, factor, METRE, words);
    }

    private static void mass(double factor, String... words) {
        put(ValueKind.QUANTITY, factor, KILOGRAM, words);
    }

    private static void area(double factor, String... words) {
        put(ValueKind.QUANTITY, factor, SQUARE_METRE, words);
    }

    private static void volume(double factor, String... words) {
        put(ValueKind.QUANTITY, factor, LITRE, words);
    }

    private static void duration(double factor, String... words) {
        put(ValueKind.DURATION, factor, DAY, words);
    }

    private static void put(ValueKind kind, double factor, String base, String... words) {
        Unit unit = new Unit(kind, new BigDecimal(Double.toString(factor)), base);
        for (String word : words) {
            UNITS.put(word, unit);
        }
    }

    /** Units given by a decimal string, for factors a double would not carry exactly ("745.69987158227022"). */
    private static void put(ValueKind kind, String factor, String base, String... words) {
        Unit unit = new Unit(kind, new BigDecimal(factor), base);
        for (String word : words) {
            UNITS.put(word, unit);
        }
    }

    private static void bigPhrase(ValueKind kind, String factor, String base, String... phrases) {
        Unit unit = new Unit(kind, new BigDecimal(factor), base);
        for (String words : phrases) {
            UNIT_PHRASES.put(List.of(words.split(" ")), unit);
        }
    }

    private static void phrase(ValueKind kind, double factor, String base, String... phrases) {
        Unit unit = new Unit(kind, new BigDecimal(Double.toString(factor)), base);
        for (String words : phrases) {
            UNIT_PHRASES.put(List.of(words.split(" ")), unit);
        }
    }

    /** Units that are also ordinary words or letters: only taken right after a number, never across a line. */
    static final Set<String> AMBIGUOUS_UNITS = Set.of("m", "l", "g", "mi", "ha", "pie", "pies", "ton", "tons", "tones");

    /**
     * Unit symbols taken only as written in capitals: "256GB", "4 MB" are bytes, but "940 mb" is a storm's pressure in
     * millibars; "100W" is watts, "w/" is "with"; "PS" is metric horsepower.
     */
    static final Set<String> CAPITAL_UNITS = Set.of("kb", "mb", "gb", "tb", "pb", "w", "ps");

    // ---- currencies ----------------------------------------------------------------------------------

    /** Symbols, with the letters that may stand right before them ("US$", "C$", "R$"). */
    static final Map<String, String> CURRENCY_SYMBOLS = Map.of("$", "USD", "€", "EUR", "£", "GBP", "¥", "JPY", "₩", "KRW",
            "₽", "RUB", "₹", "INR", "₴", "UAH");
    static final Map<String, String> DOLLAR_PREFIXES = Map.of("us", "USD", "c", "CAD", "ca", "CAD", "a", "AUD", "au", "AUD",
            "r", "BRL", "mx", "MXN", "hk", "HKD", "nz", "NZD");
    static final Set<String> CURRENCY_CODES = Set.of("usd", "eur", "gbp", "jpy", "cny", "rub", "krw", "cop", "mxn", "brl",
            "ars", "clp", "cad", "aud", "chf", "inr", "uah", "pen", "mad", "xof", "dzd", "tnd");
    static final Map<String, String> CURRENCY_WORDS = Map.ofEntries(
            Map.entry("dollar", "USD"), Map.entry("dollars", "USD"), Map.entry("dólar", "USD"), Map.entry("dólares", "USD"),
            Map.entry("dolares", "USD"), Map.entry("euro", "EUR"), Map.entry("euros", "EUR"), Map.entry("yen", "JPY"),
            Map.entry("yuan", "CNY"), Map.entry("renminbi", "CNY"), Map.entry("ruble", "RUB"), Map.entry("rubles", "RUB"),
            Map.entry("rouble", "RUB"), Map.entry("roubles", "RUB"), Map.entry("rublo", "RUB"), Map.entry("rublos", "RUB"),
            Map.entry("won", "KRW"), Map.entry("hryvnia", "UAH"), Map.entry("hryvnias", "UAH"), Map.entry("rupees", "INR"),
            Map.entry("dirham", "MAD"), Map.entry("dirhams", "MAD"), Map.entry("dirhames", "MAD"),
            Map.entry("roupies", "INR"));
    static final Map<List<String>, String> CURRENCY_PHRASES = Map.ofEntries(
            Map.entry(List.of("pounds", "sterling"), "GBP"), Map.entry(List.of("libras", "esterlinas"), "GBP"),
            Map.entry(List.of("pesos", "colombianos"), "COP"), Map.entry(List.of("pesos", "mexicanos"), "MXN"),
            Map.entry(List.of("pesos", "argentinos"), "ARS"), Map.entry(List.of("pesos", "chilenos"), "CLP"),
            Map.entry(List.of("us", "dollars"), "USD"), Map.entry(List.of("u.s", "dollars"), "USD"),
            Map.entry(List.of("swiss", "francs"), "CHF"), Map.entry(List.of("francos", "suizos"), "CHF"),
            Map.entry(List.of("livres", "sterling"), "GBP"), Map.entry(List.of("francs", "suisses"), "CHF"),
            Map.entry(List.of("dollars", "canadiens"), "CAD"), Map.entry(List.of("dollars", "américains"), "USD"),
            Map.entry(List.of("francs", "cfa"), "XOF"));

    // ---- percent --------------------------------------------------------------------------------------

    static final List<List<String>> PERCENT_WORDS = List.of(List.of("per", "cent"), List.of("por", "ciento"),
            List.of("percent"), List.of("pct"), List.of("porcentaje"), List.of("pour", "cent"), List.of("pourcent"));

    // ---- calendar -------------------------------------------------------------------------------------

    /** Month abbreviations and names that are also common words: taken as months only in a date's shape. */
    static final Set<String> AMBIGUOUS_MONTHS = Set.of("may", "march", "mar", "jan", "jun", "jul", "sep", "dec", "oct", "nov",
            "feb", "apr", "aug", "ago", "ene", "abr", "dic", "mars", "janv", "fév", "fev", "avr", "juil", "déc");

    // ---- ranges and changes -----------------------------------------------------------------------------

    /** Words before a number that make it a magnitude or a category, not an identifier: "magnitude-6.1", "Category 4". */
    static final Set<String> SCALE_NAMES = Set.of("magnitude", "magnitud", "category", "categoría", "categoria", "catégorie");

    /** Storm words: "Category 4" before or after one is a storm's category ("a Category 4 storm"). */
    static final Set<String> STORM_WORDS = Set.of("storm", "storms", "hurricane", "hurricanes", "cyclone", "cyclones",
            "typhoon", "typhoons", "huracán", "huracan", "tormenta", "ciclón", "ciclon", "tifón", "ouragan", "tempête",
            "typhon");

    /** French elisions the tokenizer splits off ("d'au moins", "l'an", "jusqu'à"), each written with "'". */
    static final Set<String> ELISIONS = Set.of("l", "d", "j", "m", "n", "s", "t", "c", "qu", "jusqu", "lorsqu", "puisqu",
            "quoiqu", "presqu");

    /** Words before a bare number that make it an identifier: "page 12", "Article 5", "No. 10". */
    static final Set<String> IDENTIFIER_LEADS = Set.of("page", "pages", "p", "pp", "no", "nº", "number", "article", "art",
            "section", "chapter", "resolution", "flight", "route", "highway", "room", "platform", "gate", "channel",
            "episode", "season", "vol", "volume", "issue", "núm", "número", "numero", "página", "pagina", "pág", "pag",
            "artículo", "articulo", "capítulo", "capitulo", "ley", "decreto", "vuelo", "ruta", "calle", "avenida", "piso",
            "canal", "temporada", "line", "línea", "linea", "tel", "phone", "fax", "código", "code", "model", "modelo",
            "version", "versión", "level", "nivel", "grade", "category", "categoría", "ward", "district", "zone",
            "numéro", "chapitre", "ligne", "niveau", "étape", "rue", "loi", "décret",
            "paragraph", "párrafo", "item", "step", "paso", "unit", "battalion", "brigade", "division", "regiment", "corps",
            "stage", "fase", "phase", "round", "ronda", "day", "día");

    /** Suffixes that make a number an ordinal: "15th", "2nd", "1º". */
    static final Set<String> ORDINAL_SUFFIXES = Set.of("st", "nd", "rd", "th", "º", "ª", "o", "a", "er", "ro", "do", "to", "vo", "no",
            "e", "re", "ère", "ème", "eme", "ième", "ieme", "ᵉ", "nde");
}
