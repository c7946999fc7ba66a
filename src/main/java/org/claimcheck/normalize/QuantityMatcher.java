package org.claimcheck.normalize;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Recognizes counts, money, percentages, quantities and durations at a token position, with their qualifier
 * ("nearly", "more than", "hasta") or range ("between 20 and 30", "20-30%"). Bounded look-ahead only.
 */
final class QuantityMatcher {

    record Match(int start, int end, NumericValue value) {
    }

    /** A number with what follows it: scale, then currency, percent sign or unit. */
    private record Core(int end, BigDecimal min, BigDecimal max, ValueKind kind, String unit, BigDecimal factor,
            BigDecimal scale, boolean digits, boolean vague) {

        Core withKind(ValueKind newKind, String newUnit, BigDecimal newFactor) {
            return new Core(end, min, max, newKind, newUnit, newFactor, scale, digits, vague);
        }

        Core withScale(BigDecimal newScale) {
            return new Core(end, min.multiply(newScale), max.multiply(newScale), kind, unit, factor, newScale, digits, vague);
        }

        boolean scaled() {
            return scale != null;
        }

        BigDecimal low() {
            return min.multiply(factor);
        }

        BigDecimal high() {
            return max.multiply(factor);
        }
    }

    private static final BigDecimal NINE_TENTHS = new BigDecimal("0.9");
    private static final BigDecimal ELEVEN_TENTHS = new BigDecimal("1.1");
    private static final BigDecimal HALF = new BigDecimal("0.5");

    private final TokenView tokens;
    private final Language language;
    private final NumberReader numbers;
    private final LanguagePack pack;
    /** Units, currency and percent words of the language and the packs it reads too. */
    private final Units units;
    private final Map<String, BigDecimal> scales;
    private final Set<String> numberArticles;
    /** Words that open a range, with the words that may join its ends: "between 20 and 30", "de 20 a 30". */
    private final Map<String, Set<String>> rangeLeads;
    private final Set<String> rangeJoinWords;
    private final Set<String> oneWords;
    /** The first words of the pack's "[count-phrases]" ("a" of "a pair"): one set look-up per word. */
    private final Set<String> countPhraseFirsts;

    private static final Map<Language, Set<String>> COUNT_PHRASE_FIRSTS = new java.util.EnumMap<>(Language.class);

    static {
        for (Language language : Language.values()) {
            Set<String> firsts = new java.util.HashSet<>();
            LanguagePack.of(language).phrases("count-phrases").forEach(phrase -> firsts.add(phrase.words().get(0)));
            COUNT_PHRASE_FIRSTS.put(language, Set.copyOf(firsts));
        }
    }

    private static final Map<Language, Map<String, Set<String>>> RANGE_LEADS = new java.util.EnumMap<>(Language.class);

    static {
        for (Language language : Language.values()) {
            Map<String, Set<String>> leads = new java.util.HashMap<>();
            LanguagePack.of(language).values("range-leads")
                    .forEach((lead, joins) -> leads.put(lead, Set.of(joins.split(" "))));
            RANGE_LEADS.put(language, Map.copyOf(leads));
        }
    }
    private final Map<String, List<Lexicon.QualifierPhrase>> qualifiers;

    QuantityMatcher(TokenView tokens, Language language) {
        this.tokens = tokens;
        this.language = language;
        this.numbers = new NumberReader(tokens, language);
        this.pack = LanguagePack.of(language);
        this.units = Units.of(language);
        this.scales = pack.numbers("scales");
        this.numberArticles = pack.words("number-articles");
        this.rangeLeads = RANGE_LEADS.get(language);
        this.rangeJoinWords = pack.words("range-joins");
        this.oneWords = pack.words("one-words");
        this.countPhraseFirsts = COUNT_PHRASE_FIRSTS.get(language);
        this.qualifiers = QUALIFIERS.get(language);
    }

    /**
     * The qualifier phrases written before a number ("about", "nearly", "more than", "unos", "près de"), by first word
     * and longest first, from the language's pack and the packs it reads too.
     */
    private static final Map<Language, Map<String, List<Lexicon.QualifierPhrase>>> QUALIFIERS = new java.util.EnumMap<>(Language.class);

    /** The pack section of each bound written before a number. */
    private static final Map<Lexicon.Bound, String> QUALIFIER_SECTIONS = new java.util.EnumMap<>(Map.of(Lexicon.Bound.AROUND,
            "around-before", Lexicon.Bound.BELOW, "below-before", Lexicon.Bound.ABOVE, "above-before", Lexicon.Bound.AT_LEAST,
            "at-least-before", Lexicon.Bound.AT_MOST, "at-most-before"));

    static {
        for (Language language : Language.values()) {
            LanguagePack pack = LanguagePack.of(language);
            List<Lexicon.QualifierPhrase> all = new java.util.ArrayList<>();
            java.util.Set<List<String>> seen = new java.util.HashSet<>();
            for (LanguagePack source : pack.withReadAlso()) {
                QUALIFIER_SECTIONS.forEach((bound, section) -> {
                    for (LanguagePack.Phrase phrase : source.phrases(section)) {
                        if (seen.add(phrase.words())) { // the language's own meaning first: it is read first
                            all.add(new Lexicon.QualifierPhrase(phrase.words(), bound));
                        }
                    }
                });
            }
            QUALIFIERS.put(language, FirstWordIndex.of(all, Lexicon.QualifierPhrase::words));
        }
    }

    Match at(int i) {
        Match range = leadRange(i);
        if (range != null) {
            return range;
        }
        Token first = tokens.get(i);
        List<Lexicon.QualifierPhrase> candidates = first == null ? List.of()
                : qualifiers.getOrDefault(first.lower(), List.of());
        for (Lexicon.QualifierPhrase phrase : candidates) {
            int j = qualifierEnd(i, phrase.words());
            if (j < 0) {
                continue;
            }
            if (tokens.isDash(j) && tokens.attached(j) && tokens.attached(j + 1)) {
                j++; // "near-700 metre"
            }
            Core core = core(j);
            if (core != null && clockTime(j, core)) {
                return null; // "jusqu'à 22 heures", "hasta las 8 horas": until a time of day
            }
            if (core != null) {
                return new Match(i, core.end(), qualified(core, phrase.bound()));
            }
        }
        Core core = core(i);
        if (core == null) {
            return wordRange(i);
        }
        if (clockTime(i, core)) {
            return null;
        }
        Match infix = infixRange(i, core);
        if (infix != null) {
            return infix;
        }
        Match bounded = boundAfter(i, core);
        return bounded != null ? bounded : new Match(i, core.end(), exact(core));
    }

    /** An hour's length in days, as the units pack gives it. */
    private static final BigDecimal HOUR = new BigDecimal("0.041666666667");

    /**
     * "à 20 heures", "a las 20 horas": a time of day after a phrase of the pack's "[clock-leads]", not a duration.
     * Only whole hours of a day count ("à 48 heures de marche" stays a duration).
     */
    private boolean clockTime(int i, Core core) {
        if (core.kind() != ValueKind.DURATION || core.factor() == null || core.factor().compareTo(HOUR) != 0
                || core.min() == null || core.min().compareTo(core.max()) != 0) {
            return false;
        }
        BigDecimal hours = core.min(); // as written: the factor to days is applied later
        if (hours.signum() < 0 || hours.compareTo(BigDecimal.valueOf(24)) >= 0 || hours.stripTrailingZeros().scale() > 0) {
            return false;
        }
        for (LanguagePack.Phrase lead : pack.phrases("clock-leads")) {
            int start = i - lead.words().size();
            if (start >= 0 && tokens.phrase(start, lead.words()) == i) {
                return true;
            }
        }
        return false;
    }

    /** "200 or more", "5 people or fewer", "200 o más", "100 ou plus": a bound written after the number. */
    private Match boundAfter(int i, Core core) {
        if (core.vague()) {
            return null;
        }
        int k = core.end();
        if (core.unit() == null && tokens.get(k) != null && tokens.get(k).isWord() && !tokens.isAny(k, boundFirstWords())) {
            k++; // "200 people or more": one noun between
        }
        for (LanguagePack.Phrase phrase : pack.phrasesAt("at-least-after", tokens, k)) {
            if (tokens.phrase(k, phrase.words()) > 0 && !tokens.isNumber(k + phrase.words().size())) {
                return new Match(i, k == core.end() ? k + phrase.words().size() : core.end(), qualified(core, Lexicon.Bound.AT_LEAST));
            }
        }
        for (LanguagePack.Phrase phrase : pack.phrasesAt("at-most-after", tokens, k)) {
            if (tokens.phrase(k, phrase.words()) > 0 && !tokens.isNumber(k + phrase.words().size())) {
                return new Match(i, k == core.end() ? k + phrase.words().size() : core.end(), qualified(core, Lexicon.Bound.AT_MOST));
            }
        }
        return null;
    }

    private Set<String> boundFirstWords() {
        Set<String> words = BOUND_FIRST_WORDS.get(language);
        return words;
    }

    /** The first words of the bounds written after a number, per language: "or", "and", "o", "ou". */
    private static final Map<Language, Set<String>> BOUND_FIRST_WORDS = new java.util.EnumMap<>(Language.class);

    static {
        for (Language language : Language.values()) {
            Set<String> first = new java.util.HashSet<>();
            for (String section : List.of("at-least-after", "at-most-after")) {
                for (LanguagePack.Phrase phrase : LanguagePack.of(language).phrases(section)) {
                    first.add(phrase.words().get(0));
                }
            }
            BOUND_FIRST_WORDS.put(language, Set.copyOf(first));
        }
    }

    /**
     * The index after a qualifier phrase and any Spanish article after it: "más de", "más del" ("de" + "el"),
     * "hasta un", "casi el". -1 when the phrase is not at i.
     */
    private int qualifierEnd(int i, List<String> words) {
        int j = tokens.phrase(i, words);
        String contraction = j < 0 ? pack.values("of-contractions").get(words.get(words.size() - 1)) : null;
        if (contraction != null) {
            List<String> contracted = new java.util.ArrayList<>(words);
            contracted.set(words.size() - 1, contraction);
            j = tokens.phrase(i, contracted);
        }
        return j < 0 ? -1 : afterArticle(j);
    }

    private int afterArticle(int j) {
        return tokens.isAny(j, numberArticles) && tokens.get(j + 1) != null
                && (tokens.isNumber(j + 1) || tokens.get(j + 1).type() == Token.Type.SYMBOL) ? j + 1 : j;
    }


    /** No change word is looked for further back than this many tokens before "from"/"de". */
    private static final int CHANGE_WINDOW = 8;

    /**
     * Does a change word come shortly before the range lead at {@code lead} ("rose from", "elevó la cifra de víctimas
     * de ese estado de", "passé de"), in the same clause and with no other number between? Then "from X to Y" is an
     * old and a new figure, not a range.
     */
    private boolean changeBefore(int lead) {
        java.util.Set<String> words = pack.words("change-words");
        for (int k = lead - 1; k >= Math.max(0, lead - CHANGE_WINDOW); k--) {
            Token token = tokens.get(k);
            if (token.isNumber() || token.type() == Token.Type.PUNCT && CLAUSE_ENDS.contains(token.text())) {
                return false;
            }
            if (token.isWord() && words.contains(token.lower())) {
                return true;
            }
        }
        return false;
    }

    private static final java.util.Set<String> CLAUSE_ENDS = java.util.Set.of(",", ";", ".", ":", "(", ")", "!", "?", "\"",
            "“", "”", "«", "»");

    /**
     * Is the number at i the amount of a change: right after a change word ("fell 2%", "up 19 cents") or after one and
     * its "by" ("rose by 5%", "bajó un 2%", "a baissé de 2 %")?
     */
    private boolean changeAmountAt(int i) {
        java.util.Set<String> changes = pack.words("change-words");
        java.util.Set<String> leads = pack.words("change-amount-leads");
        int k = i - 1;
        if (tokens.isAny(k, pack.words("change-by")) && k > 0) {
            k--;
        }
        return tokens.isAny(k, changes) || tokens.isAny(k, leads);
    }

    /** Is the number (or qualifier) at i the old figure of a change: "rose from [i]64 to 2,975"? */
    private boolean oldFigureAt(int i) {
        int lead = i - 1;
        if (lead >= 0 && tokens.get(lead) != null && tokens.isAny(lead, numberArticles)) {
            lead--; // "de los 186"
        }
        return lead >= 0 && tokens.get(lead) != null && rangeLeads.containsKey(tokens.get(lead).lower())
                && changeBefore(lead);
    }

    /**
     * "between 20 and 30", "from $750,000 to $1 million", "entre 20 y 30", "de 20 a 30", "entre 20 et 30", "de 10 à 15".
     * After a change word ("rose from 64 to 2,975") there is no range here: the two figures are read one by one.
     */
    private Match leadRange(int i) {
        Token lead = tokens.get(i);
        java.util.Set<String> joins = lead == null ? null : rangeLeads.get(lead.lower());
        if (joins == null) {
            return null;
        }
        Core low = core(afterArticle(i + 1));
        if (low == null || !(tokens.isAny(low.end(), joins) || tokens.isDash(low.end()))) {
            return null;
        }
        int highStart = afterArticle(low.end() + 1);
        Core high = core(highStart);
        if (high == null || changeBefore(i)) {
            return null;
        }
        return range(i, sharedMultiplier(low, highStart, high), high);
    }

    /** "20-30", "20–30%", "$5-6 billion", "5 to 6 million", "20 a 30". */
    private Match infixRange(int i, Core low) {
        int k = low.end();
        boolean dash = tokens.isDash(k);
        if (!dash && !tokens.isAny(k, pack.words("range-joins")) || oldFigureAt(i)) {
            return null;
        }
        if (!dash && low.unit() != null && changeAmountAt(i)) {
            return null; // "fell 0.68 per cent to 3,005.47", "up 19 cents to $3.05": a change, then the new level
        }
        if (dash && !low.digits()) {
            return null;
        }
        Core high = core(k + 1);
        if (high == null || dash && !high.digits()) {
            return null;
        }
        return range(i, sharedMultiplier(low, k + 1, high), high);
    }

    /**
     * "two to three hundred", "dos a tres mil", "deux à trois cents", "twenty to thirty thousand": number words that
     * end the far end of a range in hundred or thousand words multiply the near end too, when it is a smaller number
     * word.
     */
    private Core sharedMultiplier(Core low, int highStart, Core high) {
        if (low.digits() || low.scaled() || low.vague() || high.scaled() || high.vague()) {
            return low;
        }
        NumberReader.Read read = numbers.read(highStart);
        if (read == null || read.digits() || read.needsUnit()) {
            return low;
        }
        BigDecimal multiplier = BigDecimal.ONE;
        java.util.Set<String> hundredWords = pack.words("hundred-words");
        java.util.Set<String> thousandWords = pack.words("thousand-words");
        for (int j = read.end() - 1; j > highStart; j--) {
            if (tokens.isAny(j, hundredWords)) {
                multiplier = multiplier.multiply(BigDecimal.valueOf(100));
            } else if (tokens.isAny(j, thousandWords)) {
                multiplier = multiplier.multiply(BigDecimal.valueOf(1000));
            } else {
                break;
            }
        }
        if (multiplier.compareTo(BigDecimal.ONE) == 0) {
            return low;
        }
        BigDecimal[] head = read.min().divideAndRemainder(multiplier);
        BigDecimal near = low.min();
        if (head[1].signum() != 0 || near.compareTo(low.max()) != 0 || near.signum() <= 0
                || near.stripTrailingZeros().scale() > 0 || near.compareTo(head[0]) >= 0) {
            return low;
        }
        return new Core(low.end(), near.multiply(multiplier), near.multiply(multiplier), low.kind(), low.unit(), low.factor(),
                null, false, false);
    }

    /**
     * "one to two years", "a year or two" aside: a number word that is no value on its own ("one", "un") opens a range
     * whose far end has the unit ("one to two years" is [1, 2] years, not "two years").
     */
    private Match wordRange(int i) {
        if (!tokens.isAny(i, oneWords) || !tokens.isAny(i + 1, rangeJoinWords)) {
            return null; // tried at every token that is no value: the cheap test first
        }
        NumberReader.Read read = numbers.read(i);
        if (read == null || !read.needsUnit() || read.digits() || read.vague() || !tokens.isAny(read.end(), pack.words("range-joins"))) {
            return null;
        }
        Core high = core(read.end() + 1);
        if (high == null || high.unit() == null || high.scaled()) {
            return null;
        }
        Core low = new Core(read.end(), read.min(), read.max(), high.kind(), high.unit(), high.factor(), null, false, false);
        return range(i, low, high);
    }

    private Match range(int start, Core low, Core high) {
        if (!low.scaled() && high.scaled() && low.min().compareTo(high.min().divide(high.scale())) <= 0) {
            low = low.withScale(high.scale()); // "5 to 6 million", but not "from $750,000 to $1 million"
        }
        if (low.unit() == null && high.unit() != null) {
            low = low.withKind(high.kind(), high.unit(), high.factor());
        } else if (high.unit() == null && low.unit() != null) {
            high = high.withKind(low.kind(), low.unit(), low.factor());
        }
        if (low.kind() != high.kind() || low.unit() != null && !low.unit().equals(high.unit())) {
            return null;
        }
        BigDecimal min = low.low();
        BigDecimal max = high.high();
        if (min.compareTo(max) >= 0) {
            return null;
        }
        return new Match(start, high.end(), new NumericValue(low.kind(), plain(min), plain(max), low.unit(), Qualifier.RANGE));
    }

    private NumericValue exact(Core core) {
        Qualifier qualifier = core.vague() ? Qualifier.APPROXIMATE : Qualifier.EXACT;
        return new NumericValue(core.kind(), plain(core.low()), plain(core.high()), core.unit(), qualifier);
    }

    private NumericValue qualified(Core core, Lexicon.Bound bound) {
        BigDecimal low = core.low();
        BigDecimal high = core.high();
        BigDecimal center = core.vague() && bound != Lexicon.Bound.AROUND ? tenthAround(low, high) : null;
        if (center != null) {
            low = center; // "más de un centenar" is at least 100, "près d'un millier" up to 1,000
            high = center;
        }
        return switch (bound) {
            case AROUND -> core.vague()
                    ? new NumericValue(core.kind(), plain(low), plain(high), core.unit(), Qualifier.APPROXIMATE)
                    : approximate(core, low.multiply(NINE_TENTHS), high.multiply(ELEVEN_TENTHS));
            case BELOW -> approximate(core, low.multiply(NINE_TENTHS), high);
            case ABOVE -> approximate(core, low, high.multiply(ELEVEN_TENTHS));
            case AT_LEAST -> new NumericValue(core.kind(), plain(low), null, core.unit(), Qualifier.AT_LEAST);
            case AT_MOST -> new NumericValue(core.kind(), null, plain(high), core.unit(), Qualifier.AT_MOST);
        };
    }

    /**
     * A lower-case plural noun that is no unit: after a decimal and a glued "m" it makes millions ("1.5m people",
     * "2.3m voters"), where a singular or an adjective keeps metres ("a 1.5m wall", "2.5m tall"). Only in a pack that
     * writes millions so ("[digits]" "m-millions-before-plurals").
     */
    private boolean pluralNounAt(int k) {
        Token word = tokens.get(k);
        if (word == null || !word.isWord() || word.attached() || !pack.flag("digits", "m-millions-before-plurals")) {
            return false;
        }
        String text = word.text();
        if (!text.equals(word.lower()) || units.unit(word.lower()) != null) {
            return false;
        }
        return text.equals("people") || text.equals("children")
                || text.length() >= 4 && text.endsWith("s") && !text.endsWith("ss") && !text.equals("across");
    }

    /** The number a vague quantity is a tenth either side of ("une centaine" [90, 110] is 100), or null. */
    private static BigDecimal tenthAround(BigDecimal low, BigDecimal high) {
        if (low == null || high == null || low.signum() <= 0
                || low.multiply(BigDecimal.valueOf(11)).compareTo(high.multiply(BigDecimal.valueOf(9))) != 0) {
            return null;
        }
        return low.add(high).divide(BigDecimal.valueOf(2));
    }

    /** An approximate interval; below zero a tenth less is a larger number, so the ends are put in order. */
    private static NumericValue approximate(Core core, BigDecimal a, BigDecimal b) {
        BigDecimal min = a.min(b);
        BigDecimal max = a.max(b);
        return new NumericValue(core.kind(), plain(min), plain(max), core.unit(), Qualifier.APPROXIMATE);
    }

    /** A number, optionally led by a currency and followed by a scale and a unit. */
    private Core core(int i) {
        String currency = null;
        int k = i;
        Token token = tokens.get(i);
        if (token == null) {
            return null;
        }
        if (token.type() == Token.Type.SYMBOL && Units.CURRENCY_SYMBOLS.containsKey(token.text())) {
            currency = Units.CURRENCY_SYMBOLS.get(token.text());
            k = i + 1;
        } else if (token.isWord() && Units.DOLLAR_PREFIXES.containsKey(token.lower()) && tokens.isPunct(i + 1, "$")
                && tokens.attached(i + 1) && token.text().equals(token.text().toUpperCase(java.util.Locale.ROOT))) {
            currency = Units.DOLLAR_PREFIXES.get(token.lower());
            k = i + 2;
        } else if (token.isWord() && Units.CURRENCY_CODES.contains(token.lower())
                && (tokens.isNumber(i + 1) || tokens.isPunct(i + 1, "$") && tokens.attached(i + 1))
                && token.text().equals(token.text().toUpperCase(java.util.Locale.ROOT))) {
            currency = token.text(); // "USD 5", "MXN$15"
            k = i + 1;
        }
        if (currency != null && tokens.isPunct(k, "$")) {
            k++; // "US $5"
        }
        if (tokens.isPunct(i, "$") && countryAfterDollar(i + 1)) {
            currency = Units.DOLLAR_PREFIXES.get(tokens.get(i + 1).lower()); // "$US55,931,000", "$A2.4bn"
            k = i + 2;
        }
        if (currency == null && token.isWord() && countPhraseFirsts.contains(token.lower())) {
            Core pair = pair(i);
            if (pair != null) {
                Core unit = withUnit(pair); // "a couple of weeks", "un par de semanas"
                return unit != null && unit.kind() != ValueKind.MONEY && unit.kind() != ValueKind.PERCENT ? unit : pair;
            }
        }
        NumberReader.Read read = numbers.read(k);
        if (read == null || currency != null && !read.digits()) {
            return null;
        }
        int m = read.end();
        BigDecimal scale = null;
        if (read.needsUnit() && !read.digits() && tokens.isDash(m) && tokens.attached(m) && tokens.attached(m + 1)
                && tokens.get(m + 1).isWord() && isScaleWord(tokens.get(m + 1).lower())) {
            m++; // "une demi-douzaine", "un demi-million": the fraction joined to its scale by a hyphen
        }
        if (!read.vague()) {
            Token next = tokens.get(m);
            if (next != null && next.isWord()) {
                BigDecimal attachedScale = Units.ATTACHED_SCALES.get(next.lower());
                BigDecimal signScale = Units.SCALES_BEFORE_SIGN.get(next.lower());
                Token sign = tokens.get(m + 1);
                if (signScale != null && read.digits() && currency == null && sign != null && sign.attached()
                        && sign.type() == Token.Type.SYMBOL && Units.CURRENCY_SYMBOLS.containsKey(sign.text())) {
                    scale = signScale; // "2 M€", "3 Md€", "500 k€"
                    m++;
                } else if (next.attached() && attachedScale != null && read.digits()
                        && (currency != null || !next.is("m") && !next.is("b") || next.text().equals("M")
                                && read.min().stripTrailingZeros().scale() > 0 || unitOrCurrencyAt(m + 1)
                                || next.is("m") && read.min().stripTrailingZeros().scale() > 0 && pluralNounAt(m + 1))) {
                    // "1.2m tons", "3bn barrels": a letter that would be metres is a scale before a unit of its own
                    scale = attachedScale;
                    m++;
                } else if (!next.attached() && Units.SPACED_SCALES.contains(next.lower())) {
                    scale = Units.ATTACHED_SCALES.get(next.lower());
                    m++;
                } else if (isScaleWord(next.lower())) {
                    scale = scales.get(next.lower());
                    m++;
                    for (LanguagePack.Phrase product : pack.phrasesStartingWith("scale-products", next.lower())) {
                        int after = tokens.phrase(m - 1, product.words());
                        if (after > 0) {
                            scale = new BigDecimal(product.value()); // "5 mil millones"
                            m = after;
                            break;
                        }
                    }
                }
            }
        }
        BigDecimal min = read.min();
        BigDecimal max = read.max();
        boolean merged = false;
        if (scale != null && read.digits() && min.compareTo(max) == 0 && min.stripTrailingZeros().scale() <= 0) {
            int[] end = new int[1];
            BigDecimal whole = scaledRest(min, scale, m, end);
            if (whole != null) {
                min = whole; // "3 mil 500", "12 mil 500 millones", "1 million 200 thousand"
                max = whole;
                m = end[0];
                merged = true;
            }
        }
        if (scale != null && !merged) {
            int half = halfAfter(m);
            if (half > 0 && min.stripTrailingZeros().scale() <= 0) {
                min = min.add(HALF); // "1 millón y medio", "2 millions et demi"
                max = max.add(HALF);
                m = half;
            }
            min = min.multiply(scale);
            max = max.multiply(scale);
        }
        Core core = new Core(m, min, max, ValueKind.COUNT, null, BigDecimal.ONE, scale, read.digits(), read.vague());
        if (currency != null) {
            return rated(withCents(core.withKind(ValueKind.MONEY, currency, BigDecimal.ONE)));
        }
        Core unit = withUnit(core);
        if (unit != null) {
            return unit.kind() == ValueKind.MONEY ? rated(withCents(unit))
                    : unit.kind() == ValueKind.DURATION ? withSmallerDuration(unit) : unit;
        }
        if (read.needsUnit() && scale == null) {
            if (read.bareEnd() < 0) {
                return countedOne(i, read);
            }
            // "a quarter of the budget", "dos tercios de los votos": the fraction is the value
            return new Core(read.bareEnd(), read.min(), read.max(), ValueKind.COUNT, null, BigDecimal.ONE, null, read.digits(),
                    false);
        }
        return core;
    }

    /**
     * A scaled number in digits continued by more digits: "3 mil 500" (3,500), "12 mil 500 millones" (12,500 million),
     * "1 million 200 thousand", "2 millones 500 mil". The rest is one to three digits with no separator; after a bare
     * thousand it must be exactly three ("3 mil 500"), or another scale word must follow it, so "$5 million 10 years ago"
     * stays five million. Returns the whole value, with the index after it in end[0], or null.
     */
    private BigDecimal scaledRest(BigDecimal head, BigDecimal scale, int m, int[] end) {
        Token rest = tokens.get(m);
        if (rest == null || !rest.isNumber() || rest.text().length() > 3 || !NumberReader.allDigits(rest.text())) {
            return null;
        }
        BigDecimal tail = new BigDecimal(rest.text());
        if (tail.signum() <= 0) {
            return null;
        }
        Token next = tokens.get(m + 1);
        BigDecimal nextScale = next != null && next.isWord() && isScaleWord(next.lower()) ? scales.get(next.lower()) : null;
        if (nextScale != null && nextScale.compareTo(BigDecimal.valueOf(1000)) >= 0) {
            int after = m + 2;
            for (LanguagePack.Phrase product : pack.phrasesStartingWith("scale-products", next.lower())) {
                int phraseEnd = tokens.phrase(m + 1, product.words());
                if (phraseEnd > 0) {
                    nextScale = new BigDecimal(product.value());
                    after = phraseEnd;
                    break;
                }
            }
            if (nextScale.compareTo(scale) < 0 && tail.multiply(nextScale).compareTo(scale) < 0) {
                end[0] = after;
                return head.multiply(scale).add(tail.multiply(nextScale)); // "1 million 200 thousand"
            }
            if (scale.compareTo(BigDecimal.valueOf(1000)) == 0 && nextScale.compareTo(scale) > 0) {
                end[0] = after;
                return head.multiply(scale).add(tail).multiply(nextScale); // "12 mil 500 millones"
            }
            return null;
        }
        if (scale.compareTo(BigDecimal.valueOf(1000)) == 0 && rest.text().length() == 3) {
            end[0] = m + 1;
            return head.multiply(scale).add(tail); // "3 mil 500"
        }
        return null;
    }

    /** "US" in "$US55,931,000": a country's letters in capitals between a dollar sign and its number, all attached. */
    private boolean countryAfterDollar(int k) {
        Token letters = tokens.get(k);
        return letters != null && letters.isWord() && letters.attached() && Units.DOLLAR_PREFIXES.containsKey(letters.lower())
                && letters.text().equals(letters.text().toUpperCase(java.util.Locale.ROOT)) && tokens.isNumber(k + 1)
                && tokens.attached(k + 1);
    }

    /** A unit or a currency word at k: what makes "1.2m" a million rather than metres ("1.2m tons", "2m euros"). */
    private boolean unitOrCurrencyAt(int k) {
        Token word = tokens.get(k);
        if (word == null || !word.isWord() || word.attached()) {
            return false;
        }
        Units.Unit unit = units.unit(word.lower());
        return unit != null && unit.kind() == ValueKind.QUANTITY && word.text().length() > 2
                || !units.phrasesStartingWith(word.lower()).isEmpty() || currencyAt(k) != null;
    }

    /**
     * "$3 a gallon", "80 dollars per barrel", "2 euros el litro": a price per unit of measure is a rate, in the
     * currency per base unit (USD/l), so that a price per gallon and one per litre compare.
     */
    private Core rated(Core money) {
        int k = money.end();
        if (!tokens.isAny(k, pack.words("rate-words"))) {
            return money;
        }
        Token word = tokens.get(k + 1);
        if (word == null || !word.isWord() || units.ambiguous(word.lower())) {
            return money;
        }
        Units.Unit unit = units.unit(word.lower());
        if (unit == null || unit.kind() != ValueKind.QUANTITY || !RATE_BASES.contains(unit.base())) {
            return money;
        }
        BigDecimal perBase = money.factor().divide(unit.factor(), 20, java.math.RoundingMode.HALF_UP);
        return new Core(k + 2, money.min(), money.max(), ValueKind.MONEY, money.unit() + "/" + unit.base(), perBase, money.scale(),
                money.digits(), money.vague());
    }

    /**
     * Whole money units, then the cents: "two dollars and fifty cents", "dos euros con cincuenta céntimos", "2 euros 50
     * centimes"; and, as French writes prices, "2 euros 50" (two digits with nothing after them but punctuation or a
     * stop word). The joins are the pack's "[cents-joins]"; the cent words its "[currency-subunits]".
     */
    private Core withCents(Core money) {
        if (money.scale() != null || money.factor().compareTo(BigDecimal.ONE) != 0 || money.min().compareTo(money.max()) != 0
                || money.min().stripTrailingZeros().scale() > 0 || money.unit().indexOf('/') >= 0) {
            return money;
        }
        int k = money.end();
        boolean joined = tokens.isAny(k, pack.words("cents-joins"));
        int n = joined ? k + 1 : k;
        Token first = tokens.get(n);
        if (first == null || !first.isNumber() && !first.isWord()) {
            return money;
        }
        NumberReader.Read cents = numbers.read(n);
        if (cents == null || cents.vague() || cents.needsUnit() || cents.min().compareTo(cents.max()) != 0
                || cents.min().signum() <= 0 || cents.min().compareTo(BigDecimal.valueOf(100)) >= 0
                || cents.min().stripTrailingZeros().scale() > 0) {
            return money;
        }
        int end = cents.end();
        Token after = tokens.get(end);
        boolean subunit = after != null && after.isWord() && pack.values("currency-subunits").containsKey(after.lower());
        if (subunit) {
            end++;
        } else if (joined || !first.isNumber() || first.text().length() != 2 || !pack.flag("digits", "bare-cents")
                || after != null && !(after.type() == Token.Type.PUNCT || after.isWord() && pack.words("stop-words").contains(after.lower()))) {
            return money;
        }
        BigDecimal value = money.min().add(cents.min().movePointLeft(2));
        return new Core(end, value, value, ValueKind.MONEY, money.unit(), BigDecimal.ONE, null, money.digits(), false);
    }

    /**
     * A duration, a join of the pack's "[duration-joins]", then a duration in a smaller unit: one duration, their sum
     * ("3 days and 4 hours", "un año y seis meses", "deux ans et trois mois").
     */
    private Core withSmallerDuration(Core duration) {
        int k = duration.end();
        if (duration.min().compareTo(duration.max()) != 0 || duration.vague() || !tokens.isAny(k, pack.words("duration-joins"))) {
            return duration;
        }
        Token first = tokens.get(k + 1);
        if (first == null || !first.isNumber() && !first.isWord()) {
            return duration;
        }
        NumberReader.Read count = numbers.read(k + 1);
        if (count == null || count.vague() || count.needsUnit() || count.min().compareTo(count.max()) != 0 || count.min().signum() <= 0) {
            return duration;
        }
        Core second = withUnit(new Core(count.end(), count.min(), count.max(), ValueKind.COUNT, null, BigDecimal.ONE, null,
                count.digits(), false));
        if (second == null || second.kind() != ValueKind.DURATION || second.factor().compareTo(duration.factor()) >= 0
                || second.min().compareTo(second.max()) != 0) {
            return duration;
        }
        BigDecimal days = duration.low().add(second.low());
        return new Core(second.end(), days, days, ValueKind.DURATION, duration.unit(), BigDecimal.ONE, null, duration.digits(), false);
    }

    /** The units a price may be given per: volume, mass, length and area. */
    private static final Set<String> RATE_BASES = Set.of(Units.LITRE, Units.KILOGRAM, Units.METRE, Units.SQUARE_METRE);

    /** "a pair of shoes", "un par de", "une paire de": a count written as a phrase of the pack, before an of-word. */
    private Core pair(int i) {
        Token first = tokens.get(i);
        if (first == null || !first.isWord()) {
            return null;
        }
        for (LanguagePack.Phrase phrase : pack.phrasesStartingWith("count-phrases", first.lower())) {
            int end = tokens.phrase(i, phrase.words());
            if (end > 0 && tokens.isAny(end, pack.words("of-words"))) {
                BigDecimal value = new BigDecimal(phrase.value());
                return new Core(end, value, value, ValueKind.COUNT, null, BigDecimal.ONE, null, false, false);
            }
        }
        return null;
    }

    /**
     * "one solution", "one person died": the word for one before a noun counts one, though "one" alone ("one of them",
     * "no one") does not. The pack lists the words ("[counting-ones]") and the words before which they do not count.
     */
    private Core countedOne(int i, NumberReader.Read read) {
        Token noun = tokens.get(read.end());
        if (read.end() != i + 1 || !tokens.isAny(i, pack.words("counting-ones")) || noun == null || !noun.isWord()
                || noun.attached() || noun.capitalized() || tokens.isAny(read.end(), pack.words("function-words"))
                || tokens.isAny(read.end(), pack.words("not-counted-after-one"))
                || tokens.isAny(i - 1, pack.words("not-counting-before-one"))) {
            return null;
        }
        return new Core(read.end(), BigDecimal.ONE, BigDecimal.ONE, ValueKind.COUNT, null, BigDecimal.ONE, null, false, false);
    }

    private boolean isScaleWord(String word) {
        return scales.containsKey(word);
    }

    /** Percent, currency, or unit after the number (and its scale), possibly after "de"/"of" or a hyphen. */
    private Core withUnit(Core core) {
        int m = core.end();
        Token next = tokens.get(m);
        if (next == null) {
            return null;
        }
        if (next.text().equals("%")) {
            return percent(core, m + 1);
        }
        for (Units.Named<String> words : next.isWord() ? units.percentWordsStartingWith(next.lower()) : List.<Units.Named<String>>of()) {
            int end = tokens.phrase(m, words.words());
            if (end > 0) {
                return percent(core, end);
            }
        }
        if (next.type() == Token.Type.SYMBOL && Units.CURRENCY_SYMBOLS.containsKey(next.text()) && core.digits()
                && !(tokens.isNumber(m + 1) && tokens.attached(m + 1))) {
            // "50 €", "1,5 million €": the symbol after the number, as French and Spanish write it
            return new Core(m + 1, core.min(), core.max(), ValueKind.MONEY, Units.CURRENCY_SYMBOLS.get(next.text()),
                    BigDecimal.ONE, core.scale(), core.digits(), core.vague());
        }
        int c = tokens.is(m, "de") || tokens.is(m, "of") || tokens.is(m, "d'") ? m + 1 : m;
        Currency currency = currencyAt(c);
        if (currency == null && core.scaled() && tokens.get(c) != null) {
            String code = pack.values("currency-after-scale").get(tokens.get(c).lower());
            if (code != null) {
                currency = new Currency(code, c + 1); // "361 million pounds": a scaled amount of pounds is money
            }
        }
        if (currency == null && tokens.get(m) != null && tokens.get(m).isWord()) {
            String subunit = pack.values("currency-subunits").get(tokens.get(m).lower());
            if (subunit != null && (tokens.get(m).text().length() > 1 || tokens.attached(m)) && !core.vague()) {
                // "34 cents", "50p", "20 céntimos": the amount in the currency's main unit
                int space = subunit.indexOf(' ');
                return new Core(m + 1, core.min(), core.max(), ValueKind.MONEY, subunit.substring(0, space),
                        new BigDecimal(subunit.substring(space + 1)), core.scale(), core.digits(), core.vague());
            }
        }
        if (currency != null) {
            return new Core(currency.end(), core.min(), core.max(), ValueKind.MONEY, currency.code(), BigDecimal.ONE,
                    core.scale(), core.digits(), core.vague());
        }
        int u = tokens.isDash(m) && tokens.attached(m) && tokens.attached(m + 1) ? m + 1 : c;
        Core temperature = temperature(core, u == c ? m : u);
        if (temperature != null) {
            return temperature;
        }
        Units.Unit unit = null;
        int end = -1;
        Token unitWord = tokens.get(u);
        boolean adjective = unitWord != null && unitWord.isWord() && u == m && pack.words("duration-adjectives").contains(unitWord.lower());
        if (adjective) {
            unitWord = tokens.get(++u); // "les trois derniers mois", "los tres últimos años": a duration only
        }
        for (Units.Named<Units.Unit> phrase : unitWord == null ? List.<Units.Named<Units.Unit>>of()
                : units.phrasesStartingWith(unitWord.lower())) {
            int after = tokens.phrase(u, phrase.words());
            if (after > 0 && (!adjective || phrase.meaning().kind() == ValueKind.DURATION)) {
                unit = phrase.meaning();
                end = after;
                break;
            }
        }
        if (unit == null) {
            Token word = tokens.get(u);
            if (word != null && word.isWord()) {
                unit = units.unit(word.lower());
                end = u + 1;
                if (unit != null && units.ambiguous(word.lower())
                        && !((core.digits() || units.ambiguousWord(word.lower())) && !word.capitalized())) {
                    unit = null;
                }
                if (unit != null && Units.CAPITAL_ONLY.contains(word.lower())
                        && !word.text().equals(word.text().toUpperCase(java.util.Locale.ROOT))) {
                    unit = null; // "940 mb" is a pressure, "256GB" and "4 MB" are bytes
                }
                String power = power(u + 1);
                if (unit != null && (word.is("km") || word.is("m")) && power != null) {
                    unit = Units.SYMBOLS.get(word.lower() + power); // "km²", "m3"
                    end = u + 2;
                }
            }
        }
        if (unit == null || adjective && unit.kind() != ValueKind.DURATION) {
            return null;
        }
        BigDecimal min = core.min();
        BigDecimal max = core.max();
        int half = unit.kind() == ValueKind.DURATION ? halfAfter(end) : -1;
        if (half > 0) {
            min = min.add(HALF);
            max = max.add(HALF);
            end = half;
        }
        if (u != m && tokens.isDash(end) && tokens.is(end + 1, "old")) {
            end += 2; // "24-year-old"
        }
        return new Core(end, min, max, unit.kind(), unit.base(), unit.factor(), core.scale(), core.digits(), core.vague());
    }

    private static final BigDecimal FIVE_NINTHS = BigDecimal.valueOf(5).divide(BigDecimal.valueOf(9), 12, java.math.RoundingMode.HALF_UP);
    private static final BigDecimal FREEZING_F = BigDecimal.valueOf(32);

    /** "-5 degrees", "25°C", "40 grados", "98.6 °F": degrees Celsius, Fahrenheit converted. */
    private Core temperature(Core core, int k) {
        Token letter = tokens.get(k);
        String scale = letter == null || !letter.attached() || !letter.isWord() || letter.text().length() != 1
                || !letter.capitalized() ? null : pack.values("temperature-letters").get(letter.lower());
        Token after = tokens.get(k + 1);
        if (scale != null && (after == null || !after.attached() || after.type() == Token.Type.PUNCT)) {
            // "41C", "105F": a capital letter against the number
            return scale.equals("F")
                    ? new Core(k + 1, core.min().subtract(FREEZING_F), core.max().subtract(FREEZING_F), ValueKind.QUANTITY, "°C",
                            FIVE_NINTHS, core.scale(), core.digits(), core.vague())
                    : new Core(k + 1, core.min(), core.max(), ValueKind.QUANTITY, "°C", BigDecimal.ONE, core.scale(), core.digits(),
                            core.vague());
        }
        for (LanguagePack.Phrase phrase : pack.phrases("temperature-units")) {
            int end = tokens.phrase(k, phrase.words());
            if (end < 0 || tokens.isWord(end) && tokens.attached(end)) {
                continue;
            }
            if (phrase.value().equals("F")) {
                return new Core(end, core.min().subtract(FREEZING_F), core.max().subtract(FREEZING_F), ValueKind.QUANTITY, "°C",
                        FIVE_NINTHS, core.scale(), core.digits(), core.vague());
            }
            return new Core(end, core.min(), core.max(), ValueKind.QUANTITY, "°C", BigDecimal.ONE, core.scale(), core.digits(),
                    core.vague());
        }
        return null;
    }

    private Core percent(Core core, int end) {
        return new Core(end, core.min(), core.max(), ValueKind.PERCENT, "%", BigDecimal.ONE, core.scale(), core.digits(),
                core.vague());
    }

    private record Currency(String code, int end) {
    }

    /** A currency word, phrase or code at k. */
    private Currency currencyAt(int k) {
        Token token = tokens.get(k);
        if (token == null || !token.isWord()) {
            return null;
        }
        for (Units.Named<String> phrase : units.currencyPhrasesStartingWith(token.lower())) {
            int after = tokens.phrase(k, phrase.words());
            if (after > 0) {
                return new Currency(phrase.meaning(), after); // "dólares australianos", "Australian dollars"
            }
        }
        String code = units.currencyWord(token.lower());
        if (code == null && Units.CURRENCY_CODES.contains(token.lower())
                && token.text().equals(token.text().toUpperCase(java.util.Locale.ROOT))) {
            code = token.text();
        }
        return code == null ? null : new Currency(code, k + 1);
    }

    /** "and a half" (English) or "y medio" (Spanish) after a duration unit: the index after it, or -1. */
    private int halfAfter(int k) {
        for (LanguagePack.Phrase phrase : pack.phrases("and-a-half")) {
            int after = tokens.phrase(k, phrase.words());
            if (after > 0) {
                return after;
            }
        }
        return -1;
    }

    /** "2" for "km2"/"km²", "3" for "m3"/"m³", written against the unit; else null. */
    private String power(int k) {
        Token token = tokens.get(k);
        if (token == null || !token.attached()) {
            return null;
        }
        return switch (token.text()) {
            case "2", "²" -> "2";
            case "3", "³" -> "3";
            default -> null;
        };
    }

    /** Without trailing zeros and never in exponent form: 5500000000, 0.25, 99779.328. */
    static BigDecimal plain(BigDecimal value) {
        // Nine decimals absorb the rounding of non-terminating factors (an hour is 1/24 day) without hiding any real digit.
        BigDecimal stripped = (value.scale() > 9 ? value.setScale(9, java.math.RoundingMode.HALF_UP) : value).stripTrailingZeros();
        return stripped.scale() < 0 ? stripped.setScale(0) : stripped;
    }
}
