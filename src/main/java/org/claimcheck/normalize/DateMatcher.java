package org.claimcheck.normalize;

import java.math.BigDecimal;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.Month;
import java.time.MonthDay;
import java.time.YearMonth;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Recognizes date expressions at a token position and resolves them to the span of days they mean. Every
 * pattern looks ahead a bounded number of tokens, so scanning a text stays linear.
 */
final class DateMatcher {

    /** A date expression over tokens [start, end). */
    record Match(int start, int end, DateValue value, boolean relative) {
    }

    /**
     * A date part: its value, and its day, month and year where written, so that a range's ends can share
     * them ("between October 8 and 13").
     */
    private record Part(int end, DateValue value, boolean relative, Integer day, Month month, Integer year) {
    }


    private final TokenView tokens;
    private final LocalDate reference;

    private final LanguagePack pack;
    private final Units units;
    /** "st", "º", "er": written against a day number ("15th", "1er"). */
    private final Set<String> ordinalSuffixes;
    private final Set<String> listJoins;
    private final Map<String, Integer> months;
    private final Map<String, Integer> weekdays;
    private final Set<String> yearLeads;
    private final Set<String> approximateLeads;
    private final Set<String> rangeOpeners;
    private final Set<String> rangeJoins;
    private final Set<String> dayArticles;
    /** Words before a lone month that make it a date ("in June", "desde marzo", "depuis juin"). */
    private final Set<String> monthLeads;
    /** "by December", "until March", "next June": the month ahead, not the one behind. */
    private final Set<String> upcomingLeads;
    private final Set<String> futureMarkers;
    private final Set<String> futureEndings;
    private final Set<String> monthAbbreviations;
    /** Month names and abbreviations that are also common words ("May", "mar"): months only in a date's shape. */
    private final Set<String> ambiguousMonths;
    private final Set<String> ofWords;
    private final Map<String, Integer> beforePeriod;
    private final NumberReader numbers;
    /** The words a date may start with; null reads every token (the gate's own test compares both). */
    private final Set<String> startWords;

    /** Per language: computed once, as every article builds its own matcher. */
    private static final Map<Language, Set<String>> START_WORDS = new java.util.EnumMap<>(Language.class);

    static {
        for (Language language : Language.values()) {
            START_WORDS.put(language, startWords(LanguagePack.of(language)));
        }
    }

    /**
     * Every word that a date expression may begin with, from the sections that each way of writing a date reads
     * first (a number always may): most tokens of a text are ruled out with one look-up instead of a dozen.
     */
    private static Set<String> startWords(LanguagePack pack) {
        Set<String> words = new java.util.HashSet<>();
        for (String section : List.of("approximate-date-leads", "date-range-openers", "date-range-leads", "articles",
                "ordinals", "last-words", "this-words", "this-leads", "before-period", "small-numbers", "tens", "one-words",
                "hundreds", "dozen-words")) {
            words.addAll(pack.words(section));
        }
        words.addAll(pack.wordsReadAlso("weekdays"));
        words.addAll(pack.wordsReadAlso("months"));
        for (String section : List.of("period-part-leads", "period-parts", "relative-days", "ago-before", "ahead-before",
                "ahead-before-future", "decade-leads", "after-leads", "before-leads", "count-phrases", "holidays", "seasons")) {
            for (LanguagePack.Phrase phrase : pack.phrases(section)) {
                words.add(phrase.words().get(0));
            }
        }
        words.add("q"); // "Q3 2018"
        words.add("h"); // "H1 2012"
        return Set.copyOf(words);
    }
    /** Month and weekday names are capitalized in this language ("May" is a month, "may" a verb). */
    private final boolean capitalizedNames;

    DateMatcher(TokenView tokens, Language language, LocalDate reference) {
        this(tokens, language, reference, true);
    }

    DateMatcher(TokenView tokens, Language language, LocalDate reference, boolean gated) {
        this.tokens = tokens;
        this.startWords = gated ? START_WORDS.get(language) : null;
        this.reference = reference;
        this.pack = LanguagePack.of(language);
        this.units = Units.of(language);
        this.ordinalSuffixes = pack.wordsReadAlso("ordinal-suffixes");
        this.listJoins = pack.words("list-joins");
        this.months = pack.integersReadAlso("months");
        this.weekdays = pack.integersReadAlso("weekdays");
        this.yearLeads = pack.wordsReadAlso("year-leads");
        this.capitalizedNames = pack.flag("calendar", "capitalized-names");
        this.approximateLeads = pack.words("approximate-date-leads");
        Set<String> openers = new java.util.HashSet<>(pack.words("date-range-openers"));
        openers.addAll(pack.words("date-range-leads"));
        this.rangeOpeners = Set.copyOf(openers);
        this.rangeJoins = pack.words("date-range-joins");
        this.dayArticles = pack.words("day-articles");
        this.monthLeads = pack.wordsReadAlso("month-leads");
        this.upcomingLeads = pack.wordsReadAlso("upcoming-leads");
        this.futureMarkers = pack.wordsReadAlso("future-markers");
        this.futureEndings = pack.words("future-endings");
        this.monthAbbreviations = pack.wordsReadAlso("month-abbreviations");
        this.ambiguousMonths = pack.wordsReadAlso("ambiguous-months");
        this.ofWords = pack.words("of-words");
        this.beforePeriod = pack.integers("before-period");
        this.numbers = new NumberReader(tokens, language);
    }

    Match at(int i) {
        Token token = tokens.get(i);
        if (token == null) {
            return null;
        }
        if (startWords != null && !token.isNumber() && !startWords.contains(token.lower())) {
            if (!ELAPSED_STARTS.get(pack.language()).contains(token.lower())) {
                return null;
            }
            Part elapsed = elapsed(i); // "some 20 years ago": a qualifier starts no other date
            return elapsed == null ? null : new Match(i, elapsed.end(), elapsed.value(), elapsed.relative());
        }
        if (tokens.isAny(i, approximateLeads)) {
            Match inner = plainAt(i + 1);
            if (inner != null && inner.value().resolved()) {
                DateValue value = inner.value();
                return new Match(i, inner.end(), DateValue.of(value.first(), value.last(), Qualifier.APPROXIMATE), inner.relative());
            }
        }
        Match plain = plainAt(i);
        return plain != null ? plain : bounded(i);
    }

    private enum Bound { AFTER, BEFORE }

    /** The date after a bound word: a bare year or a lone month counts, the word leads it ("a partir de 2019"). */
    private Part boundTarget(int k) {
        Part target = part(k, true);
        if (target == null) {
            Month month = monthAt(k, true);
            target = month == null ? null : monthAlone(k, month, afterMonth(k), true);
        }
        return target;
    }

    /** The pack section of the words that make a date one side of an open span. */
    private static final Map<Bound, String> BOUND_SECTIONS = new java.util.EnumMap<>(Map.of(Bound.AFTER, "after-leads",
            Bound.BEFORE, "before-leads"));

    /**
     * A date as one side of an open span: "after 2010" from the day after it, "before 2010" up to the day before it
     * (AT_LEAST, AT_MOST). An approximate date ("before the end of 2023") lends its whole span rather than the day next
     * to it. A range after the word is no bound. "since August", "a partir de 2019" are not bounds here: they name when
     * something began, and that day is the fact a reader checks ("in office since 2014" against "since 2015").
     */
    private Match bounded(int i) {
        for (Map.Entry<Bound, String> section : BOUND_SECTIONS.entrySet()) {
            LanguagePack.Phrase lead = pack.longestAt(section.getValue(), tokens, i);
            if (lead == null) {
                continue;
            }
            int k = i + lead.words().size();
            Match plain = plainAt(k);
            if (plain != null && plain.value().qualifier() == Qualifier.RANGE) {
                return null; // "since 2014-2016": the range is read on its own
            }
            Part target = boundTarget(k);
            if (target == null && (tokens.isAny(k, dayArticles) || tokens.isAny(k, pack.words("articles")))) {
                target = boundTarget(k + 1); // "desde el 24 de febrero", "since the 1990s"
            }
            if (target == null || target.value().qualifier() == Qualifier.RANGE) {
                return null;
            }
            Bound bound = section.getKey();
            Qualifier qualifier = bound == Bound.BEFORE ? Qualifier.AT_MOST : Qualifier.AT_LEAST;
            DateValue value = target.value();
            if (!value.resolved()) {
                return new Match(i, target.end(), new DateValue(null, null, qualifier, false), true);
            }
            boolean exact = value.qualifier() == Qualifier.EXACT;
            DateValue open = switch (bound) {
                case AFTER -> new DateValue(exact ? value.last().plusDays(1) : value.first(), null, qualifier, true);
                case BEFORE -> new DateValue(null, exact ? value.first().minusDays(1) : value.last(), qualifier, true);
            };
            return new Match(i, target.end(), open, target.relative());
        }
        return null;
    }

    private Match plainAt(int i) {
        if (tokens.isAny(i, rangeOpeners)) {
            Match range = leadRange(i);
            if (range != null) {
                return range;
            }
        }
        Part first = part(i, false);
        if (first == null) {
            return dayRange(i);
        }
        int k = first.end();
        if (tokens.isDash(k) && (first.year() != null || first.day() != null)) {
            Part second = rangeEnd(k + 1, first);
            if (second != null) {
                Match range = range(i, first, second);
                if (range != null) {
                    return range;
                }
            }
        } else if (first.day() != null && first.month() != null && tokens.isAny(k, rangeJoins) && !tokens.isAny(k, listJoins)) {
            Part second = part(k + 1, true); // "Jan. 2 to Jan. 5": a day with its month at both ends
            if (second != null && second.day() != null && second.month() != null) {
                Match range = range(i, first, second);
                if (range != null) {
                    return range;
                }
            }
        }
        return new Match(i, first.end(), first.value(), first.relative());
    }

    /** "between X and Y", "from X to Y", "del 8 al 13 de octubre", "entre el 8 y el 13 de octubre". */
    private Match leadRange(int i) {
        int k = i + 1;
        if (tokens.isAny(k, dayArticles)) {
            k++; // "entre el 8 y el 13 de octubre"
        }
        Part first = part(k, true);
        if (first == null) {
            first = monthInRange(k);
        }
        if (first == null) {
            first = bareDay(k);
        }
        if (first == null || !tokens.isAny(first.end(), rangeJoins)) {
            return null;
        }
        if (tokens.isAny(i, pack.words("date-range-leads")) && first.year() != null && first.month() == null && first.day() == null) {
            return null; // "de 2010 a 2015 muertos" is not a span of years in Spanish; "de mayo a septiembre" is
        }
        int j = first.end() + 1;
        if (tokens.isAny(j, dayArticles)) {
            j++;
        }
        Part second = rangeEnd(j, first);
        return second == null ? null : range(i, first, second);
    }

    /**
     * "13 a 15 de julio", "13-15 juillet", "8 to 13 October": a bare day, a dash or a range join (not a list join:
     * "3 y 4 de mayo" are two days), then a day with its month.
     */
    private Match dayRange(int i) {
        Token token = tokens.get(i);
        if (token == null || !token.isNumber()) {
            return null;
        }
        Part first = bareDay(i);
        if (first == null) {
            return null;
        }
        int j = first.end();
        if (!tokens.isDash(j) && !(tokens.isAny(j, rangeJoins) && !tokens.isAny(j, listJoins))) {
            return null;
        }
        Part second = part(j + 1, true);
        if (second == null || second.day() == null || second.month() == null) {
            return null;
        }
        return range(i, first, second);
    }

    /** "from May to September": a month that is also a word ("May") opens a range when a month closes it. */
    private Part monthInRange(int k) {
        Month month = monthAt(k, true);
        int after = afterMonth(k);
        if (month == null || !tokens.isAny(after, rangeJoins) || monthAt(after + 1, true) == null) {
            return null;
        }
        return monthAlone(k, month, after, true);
    }

    /** The far end of a range: a full date part, or a bare day or year that borrows the rest from the near end. */
    private Part rangeEnd(int k, Part first) {
        Part second = part(k, true);
        if (second == null && first.month() != null && first.day() == null) {
            Month month = monthAt(k, true);
            second = month == null ? null : monthAlone(k, month, afterMonth(k), true);
        }
        if (second != null) {
            return second;
        }
        if (first.year() != null && first.month() == null) {
            return shortYear(k, first.year());
        }
        return bareDay(k);
    }

    private Match range(int start, Part first, Part second) {
        Integer day1 = first.day();
        Integer day2 = second.day();
        Month month1 = first.month() != null ? first.month() : second.month();
        Month month2 = second.month() != null ? second.month() : first.month();
        Integer year1 = first.year() != null ? first.year() : second.year();
        Integer year2 = second.year() != null ? second.year() : first.year();
        LocalDate from;
        LocalDate to;
        boolean relative = first.relative() || second.relative();
        if (day1 != null && day2 != null && month1 != null && month2 != null) {
            if (year1 == null || year2 == null) {
                if (reference == null) {
                    return new Match(start, second.end(), DateValue.unresolved(), true);
                }
                int year = CalendarRules.yearOf(month2, day2, reference);
                year1 = year1 == null ? year : year1;
                year2 = year2 == null ? year : year2;
                relative = true;
            }
            if (!CalendarRules.valid(year1, month1, day1) || !CalendarRules.valid(year2, month2, day2)) {
                return null;
            }
            from = LocalDate.of(year1, month1, day1);
            to = LocalDate.of(year2, month2, day2);
        } else if (first.value().resolved() && second.value().resolved() && day1 == null && day2 == null) {
            from = first.value().first();
            to = second.value().last();
            if (to.isBefore(from) && second.relative() && second.month() != null && !first.relative()) {
                return null;
            }
            if (second.relative() && second.month() != null && (to.isBefore(from) || first.relative() && first.month() != null)) {
                // "from May to September": the far month is the first one on or after the near one
                YearMonth far = YearMonth.of(from.getYear(), second.month());
                to = (far.isBefore(YearMonth.from(from)) ? far.plusYears(1) : far).atEndOfMonth();
            }
        } else {
            return null;
        }
        if (from.isAfter(to)) {
            return null;
        }
        return new Match(start, second.end(), DateValue.of(from, to, Qualifier.RANGE), relative);
    }

    private Part bareDay(int k) {
        Integer day = dayNumber(k);
        if (day == null) {
            return null;
        }
        int end = afterOrdinal(k + 1);
        return new Part(end, DateValue.unresolved(), false, day, null, null);
    }

    /** "53" after "1950-": the same century. */
    private Part shortYear(int k, int firstYear) {
        Token token = tokens.get(k);
        if (token == null || !token.isNumber() || token.text().length() != 2 || !allDigits(token.text())) {
            Integer year = yearNumber(k);
            return year == null || year < firstYear ? null : yearPart(k + 1, year);
        }
        int year = firstYear / 100 * 100 + Integer.parseInt(token.text());
        return year <= firstYear ? null : yearPart(k + 1, year);
    }

    private Part yearPart(int end, int year) {
        return new Part(end, CalendarRules.year(year), false, null, null, year);
    }

    /**
     * One date: with a day, a month, a year, part of a month or year, a weekday or a relative word.
     *
     * @param inRange a bare year is taken without a leading temporal word ("between 1950 and 1953")
     */
    private Part part(int i, boolean inRange) {
        Token token = tokens.get(i);
        if (token == null) {
            return null;
        }
        Part found;
        if ((found = numericDate(i)) != null
                || (found = weekdayDate(i)) != null
                || (found = partOfYear(i)) != null
                || (found = partOfPeriod(i)) != null
                || (found = monthFirst(i)) != null
                || (found = dayFirst(i)) != null
                || (found = numericYear(i, inRange)) != null
                || (found = decade(i)) != null
                || (found = holiday(i)) != null
                || (found = season(i)) != null
                || (found = relative(i)) != null) {
            return found;
        }
        return null;
    }

    /** "Wednesday, June 19, 2024": the weekday joins the date; alone it is a relative day. */
    private Part weekdayDate(int i) {
        DayOfWeek weekday = weekdayAt(i);
        if (weekday == null) {
            return null;
        }
        int k = tokens.isPunct(i + 1, ",") ? i + 2 : i + 1;
        if (tokens.isAny(k, dayArticles) && tokens.isNumber(k + 1)) {
            k++; // "viernes, el 12 de septiembre de 2014"
        }
        Part date = monthFirst(k);
        if (date == null) {
            date = dayFirst(k);
        }
        if (date != null && date.day() != null) {
            return date;
        }
        Integer day = pack.flag("calendar", "weekday-before-day-number") ? dayNumber(i + 1) : null;
        if (day != null && !tokens.isNumber(i + 2) && !isUnitAfter(i + 2)) {
            // "du vendredi 8 au samedi 9 septembre": the day lends the range its first end; the month comes later
            Part relative = weekdayRelative(i, weekday, CalendarRules.WeekdayMode.LATEST, i + 1);
            return new Part(afterOrdinal(i + 2), relative.value(), true, day, null, null);
        }
        return weekdayRelative(i, weekday, CalendarRules.WeekdayMode.LATEST, i + 1);
    }

    private Part weekdayRelative(int start, DayOfWeek weekday, CalendarRules.WeekdayMode mode, int end) {
        int k = end;
        if (mode == CalendarRules.WeekdayMode.LATEST && futureBefore(start)) {
            mode = CalendarRules.WeekdayMode.NEXT_OR_SAME; // "will sign the treaty on Thursday"
        }
        if (tokens.isAny(k, pack.words("weekday-day-parts"))) {
            k++; // "vendredi soir"
        }
        LanguagePack.Phrase direction = pack.longestAt("after-weekday", tokens, k); // "el miércoles pasado", "mardi dernier"
        if (direction != null) { // "el martes que viene"
            mode = Integer.parseInt(direction.value()) < 0 ? CalendarRules.WeekdayMode.STRICTLY_BEFORE
                    : CalendarRules.WeekdayMode.STRICTLY_AFTER;
            k += direction.words().size();
        }
        if (reference == null) {
            return new Part(k, DateValue.unresolved(), true, null, null, null);
        }
        return new Part(k, CalendarRules.day(CalendarRules.weekday(weekday, reference, mode)), true, null, null, null);
    }

    /** How far back a word that puts the sentence in the future ("[future-markers]") may stand before a weekday. */
    private static final int FUTURE_WINDOW = 12;

    private boolean futureBefore(int start) {
        for (int k = start - 1; k >= Math.max(0, start - FUTURE_WINDOW); k--) {
            Token token = tokens.get(k);
            if (token.text().equals(".") || token.text().equals(";")) {
                return false;
            }
            if (futureMarkers.contains(token.lower()) || endsWithAny(token.lower(), futureEndings)) {
                return true; // "will sign the treaty on Thursday", "we'll meet on Friday"
            }
        }
        return false;
    }

    /**
     * A verb in the future tense shortly before, in the same sentence: "will vote in two weeks", "se votará en dos
     * semanas" (the pack's "[ahead-future-markers]" and "[ahead-future-endings]"). Stricter than {@link #futureBefore}:
     * "set" or "next" do not make "for the first time in six years" a day ahead.
     */
    private boolean aheadFutureBefore(int start) {
        Set<String> markers = pack.words("ahead-future-markers");
        Set<String> endings = pack.words("ahead-future-endings");
        for (int k = start - 1; k >= Math.max(0, start - AHEAD_WINDOW); k--) {
            Token token = tokens.get(k);
            if (token.text().equals(".") || token.text().equals(";")) {
                return false;
            }
            if (markers.contains(token.lower()) || token.isWord() && endsWithAny(token.lower(), endings)) {
                return true;
            }
        }
        return false;
    }

    /** How far back a future verb may stand before "in two weeks". */
    private static final int AHEAD_WINDOW = 8;

    /** The first token of the text or of a sentence: nothing before it to say whether it speaks of the future. */
    private boolean sentenceStart(int k) {
        Token before = tokens.get(k - 1);
        return before == null || before.text().equals(".") || before.text().equals("!") || before.text().equals("?")
                || before.text().equals(":") || before.text().equals(";");
    }

    private static boolean endsWithAny(String word, Set<String> endings) {
        for (String ending : endings) {
            if (word.endsWith(ending)) {
                return true;
            }
        }
        return false;
    }

    private DayOfWeek weekdayAt(int i) {
        Token token = tokens.get(i);
        if (token == null || !token.isWord()) {
            return null;
        }
        Integer weekday = weekdays.get(token.lower());
        if (weekday == null || capitalizedNames && !token.capitalized()) {
            return null;
        }
        return DayOfWeek.of(weekday);
    }

    /** "mid-November 2024", "early June", "late 2023", "a mediados de noviembre", "a finales de 2023". */
    private Part partOfPeriod(int i) {
        int[] found = packPartOfPeriod(i);
        if (found == null) {
            return null;
        }
        CalendarRules.Part which = CalendarRules.Part.values()[found[0]];
        int k = found[1];
        Month month = monthAt(k, true);
        if (month != null) {
            int after = afterMonth(k);
            int j = tokens.isAny(after, ofWords) || tokens.isPunct(after, ",") ? after + 1 : after;
            Integer year = yearNumber(j);
            if (year != null) {
                return new Part(j + 1, CalendarRules.partOfMonth(YearMonth.of(year, month), which), false, null, month, year);
            }
            if (reference == null) {
                return new Part(after, DateValue.unresolved(), true, null, month, null);
            }
            YearMonth latest = CalendarRules.latestMonth(month, reference);
            return new Part(after, CalendarRules.partOfMonth(latest, which), true, null, month, latest.getYear());
        }
        Part decade = decadeAfterPart(k);
        if (decade != null) {
            // "the late 1990s", "a principios de los años 80": years 0-3, 4-6 or 7-9 of the decade
            int first = decade.value().first().getYear();
            int[] span = switch (which) {
                case EARLY -> new int[] {0, 3};
                case MID -> new int[] {4, 6};
                case LATE -> new int[] {7, 9};
            };
            return new Part(decade.end(), DateValue.of(LocalDate.of(first + span[0], 1, 1), LocalDate.of(first + span[1], 12, 31),
                    Qualifier.APPROXIMATE), false, null, null, first);
        }
        Integer year = yearNumber(k);
        if (year != null) {
            return new Part(k + 1, CalendarRules.partOfYear(year, which), false, null, null, year);
        }
        return partOfRelativePeriod(k, which);
    }

    /**
     * "early next year", "late last year", "a finales del año pasado", "fin de l'année dernière": the part of a
     * relative year or month. A period with an article or nothing before it and no word after it is the reference
     * day's own ("by the end of the year", "à la fin de l'année", "a finales de año").
     */
    private Part partOfRelativePeriod(int k, CalendarRules.Part which) {
        Token token = tokens.get(k);
        if (token == null || !token.isWord()) {
            return null;
        }
        Part relative = relative(k);
        if (relative == null) {
            int at = pack.words("articles").contains(lower(k)) ? k + 1 : k; // "de l'année", "del año pasado"
            int end = periodEnd(at);
            if (end < 0) {
                return null;
            }
            LanguagePack.Phrase after = pack.longestAt("after-period", tokens, end);
            relative = relativePeriod(at, after == null ? end : end + after.words().size(),
                    after == null ? 0 : Integer.parseInt(after.value()));
        }
        if (relative == null || relative.value() == null) {
            return null;
        }
        DateValue value = relative.value();
        if (!value.resolved()) {
            return relative;
        }
        LocalDate first = value.first();
        LocalDate last = value.last();
        if (first.getDayOfYear() == 1 && last.getMonthValue() == 12 && last.getDayOfMonth() == 31
                && first.getYear() == last.getYear()) {
            return new Part(relative.end(), CalendarRules.partOfYear(first.getYear(), which), true, null, null, first.getYear());
        }
        if (first.getDayOfMonth() == 1 && last.equals(YearMonth.from(first).atEndOfMonth())) {
            return new Part(relative.end(), CalendarRules.partOfMonth(YearMonth.from(first), which), true, null,
                    first.getMonth(), first.getYear());
        }
        return null;
    }

    /**
     * The pack's parts of a period ("[period-parts]"), after an optional lead ("[period-part-leads]") and before an
     * optional of-word: "début septembre", "fin 2023", "mi-septembre", "à la mi-septembre", "au début de septembre",
     * "à la fin de 2023" ("courant juin" is left out: the whole month). Returns the part's ordinal and the index of
     * the month or year, or null.
     */
    private int[] packPartOfPeriod(int i) {
        int k = i;
        LanguagePack.Phrase lead = pack.longestAt("period-part-leads", tokens, k);
        if (lead != null) {
            k += lead.words().size();
        }
        for (LanguagePack.Phrase part : pack.phrasesAt("period-parts", tokens, k)) {
            int after = tokens.phrase(k, part.words());
            if (after > 0) {
                CalendarRules.Part which = CalendarRules.Part.valueOf(part.value().toUpperCase(java.util.Locale.ROOT));
                if (tokens.isAny(after, pack.words("of-words"))) {
                    after++;
                }
                return new int[] {which.ordinal(), after};
            }
        }
        return null;
    }

    /** "June 19, 2024", "June 19", "June 2024", "junio de 2024", "in June", "June of this year". */
    private Part monthFirst(int i) {
        Month month = monthAt(i, false);
        if (month == null) {
            return null;
        }
        int k = afterMonth(i);
        Integer day = dayNumber(k);
        if (day != null && (!tokens.isNumber(k + 1) || yearNumber(k + 1) != null) && !isUnitAfter(k + 1)) {
            int after = afterOrdinal(k + 1);
            int j = tokens.isPunct(after, ",") || tokens.isAny(after, ofWords) && yearNumber(after + 1) != null ? after + 1 : after;
            Integer year = yearNumber(j); // "June 19, 2024", "mayo 5 del 2013"
            if (year != null) {
                return dayPart(j + 1, year, month, day, false);
            }
            return dayWithoutYear(after, month, day);
        }
        int j = tokens.isAny(k, ofWords) || tokens.isPunct(k, ",") ? k + 1 : k;
        Integer year = yearNumber(j);
        if (year != null) {
            return new Part(j + 1, CalendarRules.month(YearMonth.of(year, month)), false, null, month, year);
        }
        return monthAlone(i, month, k);
    }

    /** "in June" takes its latest occurrence; "June of this year", "junio del año pasado" say which year. */
    private Part monthAlone(int i, Month month, int k) {
        return monthAlone(i, month, k, inMonthList(i, k));
    }

    /**
     * "febrero, marzo y julio", "in February, March and July": a month in a list of months is a month, lead word or
     * not, each one its own claim.
     */
    private boolean inMonthList(int i, int k) {
        boolean before = tokens.isAny(i - 1, listJoins) && monthAt(i - 2, true) != null
                || tokens.isPunct(i - 1, ",") && monthAt(i - 2, true) != null;
        boolean after = (tokens.isAny(k, listJoins) || tokens.isPunct(k, ",")) && monthAt(k + 1, true) != null
                && tokens.get(i).text().length() > 3;
        return before || after;
    }

    private Part monthAlone(int i, Month month, int k, boolean listed) {
        int yearOffset = 0;
        int end = k;
        LanguagePack.Phrase which = pack.longestAt("month-year-suffixes", tokens, k); // "of last year", "del año pasado"
        if (which != null) {
            yearOffset = Integer.parseInt(which.value());
            end = k + which.words().size();
        } else if (!listed && (!tokens.isAny(i - 1, monthLeads)
                || tokens.isAny(i - 1, pack.words("weak-month-leads")) && !tokens.isAny(i - 2, pack.words("month-words")))) {
            return null; // "de junio" is a month after "el mes" only
        }
        boolean next = tokens.isAny(i - 1, upcomingLeads);
        int direction = 0;
        LanguagePack.Phrase after = end == k ? pack.longestAt("after-month", tokens, k) : null; // "en mars prochain"
        if (after != null) {
            direction = Integer.parseInt(after.value());
            end = k + after.words().size();
        }
        if (reference == null) {
            return new Part(end, DateValue.unresolved(), true, null, month, null);
        }
        YearMonth resolved;
        if (direction > 0) {
            resolved = CalendarRules.nextMonth(month, reference);
        } else if (direction < 0) {
            resolved = CalendarRules.latestMonth(month, reference.minusMonths(1).withDayOfMonth(1));
        } else if (end != k) {
            resolved = YearMonth.of(reference.getYear() + yearOffset, month);
        } else if (next) {
            resolved = CalendarRules.nextMonth(month, reference);
        } else if (beforePeriod.getOrDefault(lower(i - 1), 0) < 0) { // "last June", "el pasado junio"
            resolved = CalendarRules.latestMonth(month, reference.minusMonths(1).withDayOfMonth(1));
        } else {
            resolved = CalendarRules.latestMonth(month, reference);
        }
        return new Part(end, CalendarRules.month(resolved), true, null, month, resolved.getYear());
    }

    /** "19 June 2024", "19 de junio de 2024", "5 de enero", "the 19th of June". */
    private Part dayFirst(int i) {
        Integer day = dayNumber(i);
        int k = afterOrdinal(i + 1);
        if (day == null) {
            day = spelledDay(i); // "el primero de mayo", "le premier mars", "el cinco de mayo"
            k = i + 1;
        }
        if (day == null) {
            return null;
        }
        boolean dashed = tokens.isDash(k) && tokens.attached(k) && tokens.attached(k + 1);
        if (tokens.isAny(k, ofWords) || dashed) {
            k++;
        }
        Month month = monthAt(k, true);
        if (month == null) {
            return null;
        }
        int after = afterMonth(k);
        int j = tokens.isAny(after, ofWords) || tokens.isPunct(after, ",")
                || dashed && tokens.isDash(after) && tokens.attached(after) ? after + 1 : after;
        if (dashed && j == after) {
            return null; // "31-dic-1994" carries its year; "12-ene" alone is not taken
        }
        Integer year = yearNumber(j);
        if (year != null) {
            return dayPart(j + 1, year, month, day, false);
        }
        return dayWithoutYear(after, month, day);
    }

    /** "2013/01/31", "2015-3-3": year, month and day with one separator, all attached. */
    private Part yearFirst(int i, int year) {
        Token month = tokens.get(i + 2);
        Token day = tokens.get(i + 4);
        if (month.text().length() > 2 || !allDigits(month.text()) || day == null || !day.isNumber() || day.text().length() > 2
                || !allDigits(day.text()) || tokens.get(i + 5) != null && tokens.get(i + 5).attached()
                && (tokens.get(i + 5).type() != Token.Type.PUNCT || tokens.isPunct(i + 5, "/"))
                || tokens.get(i).attached() && tokens.isPunct(i - 1, "/")) {
            return null; // not a path of a web address: ".../2017/09/26/484014"
        }
        int m = Integer.parseInt(month.text());
        int d = Integer.parseInt(day.text());
        if (year < 1000 || year > 2199 || m < 1 || m > 12) {
            return null;
        }
        return dayPart(i + 5, year, Month.of(m), d, false);
    }

    /**
     * A holiday on a fixed day ("[holidays]": "Christmas Day = 12-25", "Nochevieja", "la Toussaint"): with a year after
     * it ("Christmas 2015", "Navidad de 2015", "Noël 2015") that year's, else as a day and month without a year.
     */
    private Part holiday(int i) {
        LanguagePack.Phrase holiday = pack.longestAt("holidays", tokens, i);
        if (holiday == null || tokens.isAny(i - 1, pack.words("holiday-blockers"))) {
            return null;
        }
        int end = tokens.phrase(i, holiday.words());
        Month month = Month.of(Integer.parseInt(holiday.value().substring(0, 2)));
        int day = Integer.parseInt(holiday.value().substring(3));
        int y = tokens.isAny(end, ofWords) ? end + 1 : end;
        Integer year = yearNumber(y);
        if (year != null) {
            return dayPart(y + 1, year, month, day, false);
        }
        return dayWithoutYear(end, month, day);
    }

    /**
     * A season ("[seasons]": "summer = 06-21 09-22") with a year ("the summer of 2015", "l'été 2015", "en la
     * primavera de 2012") or a direction ("last summer", "this winter", "el verano pasado", "l'été dernier", "cet été"):
     * APPROXIMATE, as seasons are counted differently. A season alone is no date.
     */
    private Part season(int i) {
        int k = i;
        if (tokens.isAny(k, pack.words("articles"))) {
            k++;
        }
        Integer direction = null;
        if (tokens.isAny(k, pack.words("this-words"))) {
            direction = 0;
            k++;
        } else if (beforePeriod.containsKey(lower(k))) {
            direction = beforePeriod.get(lower(k));
            k++;
        }
        LanguagePack.Phrase season = pack.longestAt("seasons", tokens, k);
        if (season == null) {
            return null;
        }
        int end = tokens.phrase(k, season.words());
        String[] days = season.value().split(" ");
        MonthDay start = MonthDay.parse("--" + days[0]);
        MonthDay last = MonthDay.parse("--" + days[1]);
        if (direction == null) {
            int y = tokens.isAny(end, ofWords) ? end + 1 : end;
            Integer year = yearNumber(y);
            if (year != null) {
                return new Part(y + 1, seasonOf(year, start, last), false, null, null, year);
            }
            LanguagePack.Phrase after = pack.longestAt("after-period", tokens, end); // "el verano pasado", "l'été dernier"
            if (after == null) {
                return null;
            }
            direction = Integer.parseInt(after.value());
            end += after.words().size();
        }
        if (reference == null) {
            return new Part(end, DateValue.unresolved(), true, null, null, null);
        }
        int year = reference.getYear();
        DateValue value = seasonOf(year, start, last);
        if (value.first().isAfter(reference)) {
            value = seasonOf(--year, start, last); // the latest one begun on or before the reference day
        }
        if (direction < 0 && !value.last().isBefore(reference)) {
            value = seasonOf(year - 1, start, last); // "last summer": the latest one over
        } else if (direction > 0) {
            value = seasonOf(year + 1, start, last); // "next summer": the one after the latest begun
        } else if (direction == 0 && value.last().isBefore(reference) && year < reference.getYear()) {
            value = seasonOf(reference.getYear(), start, last); // "this summer" said in February: the coming one
        }
        return new Part(end, value, true, null, null, null);
    }

    /** The season of a year that starts on {@code start}; one that ends in an earlier month ends the next year. */
    private static DateValue seasonOf(int year, MonthDay start, MonthDay last) {
        LocalDate first = start.atYear(year);
        LocalDate end = last.atYear(last.isBefore(start) ? year + 1 : year);
        return DateValue.of(first, end, Qualifier.APPROXIMATE);
    }

    private Part dayWithoutYear(int end, Month month, int day) {
        LanguagePack.Phrase which = pack.longestAt("month-year-suffixes", tokens, end); // "January 5 last year"
        if (which != null) {
            int after = end + which.words().size();
            if (reference == null) {
                return CalendarRules.valid(2024, month, day) ? new Part(after, DateValue.unresolved(), true, day, month, null) : null;
            }
            return dayPart(after, reference.getYear() + Integer.parseInt(which.value()), month, day, true);
        }
        if (reference == null) {
            return CalendarRules.valid(2024, month, day) ? new Part(end, DateValue.unresolved(), true, day, month, null) : null;
        }
        return dayPart(end, CalendarRules.yearOf(month, day, reference), month, day, true);
    }

    private Part dayPart(int end, int year, Month month, int day, boolean relative) {
        if (!CalendarRules.valid(year, month, day)) {
            return null;
        }
        return new Part(end, CalendarRules.day(LocalDate.of(year, month, day)), relative, day, month, year);
    }

    /** ISO dates, decades, and years after a temporal word ("in 2014", "since 2000"). */
    private Part numericYear(int i, boolean inRange) {
        Integer year = yearNumber(i);
        if (year == null) {
            return null;
        }
        // 2024-06-19
        if (tokens.isDash(i + 1) && tokens.attached(i + 1) && tokens.attached(i + 2) && twoDigits(i + 2)
                && tokens.isDash(i + 3) && tokens.attached(i + 3) && tokens.attached(i + 4) && twoDigits(i + 4)) {
            int month = Integer.parseInt(tokens.get(i + 2).text());
            int day = Integer.parseInt(tokens.get(i + 4).text());
            if (month >= 1 && month <= 12 && CalendarRules.valid(year, Month.of(month), day)) {
                return dayPart(i + 5, year, Month.of(month), day, false);
            }
            return null;
        }
        // the 1990s
        Token next = tokens.get(i + 1);
        if (next != null && next.attached() && next.is("s") && year % 10 == 0) {
            return new Part(i + 2, DateValue.of(LocalDate.of(year, 1, 1), LocalDate.of(year + 9, 12, 31), Qualifier.EXACT),
                    false, null, null, year);
        }
        if (next != null && next.attached() && next.isWord()) {
            return null; // "2024th", "2030s" handled above; anything else is an identifier
        }
        boolean yearRange = tokens.isDash(i + 1) && (yearNumber(i + 2) != null || twoDigits(i + 2));
        if (inRange || yearRange || tokens.isAny(i - 1, yearLeads) || isMonthYearLead(i - 1)
                || tokens.isAny(i - 1, pack.words("year-articles")) && tokens.isAny(i - 2, yearLeads) // "desde el 2010"
                || listedYear(i)) {
            return yearPart(i + 1, year);
        }
        return null;
    }

    /**
     * A decade: "the '90s", "the 90s" (two digits and an "s" after an article or an apostrophe), "los años 80", "la
     * década de 1990", "les années quatre-vingt" (after a phrase of the pack's "[decade-leads]"). Two digits are the
     * last century's decade unless this century's is over by the reference year ("the 10s" in 2024 are the 2010s).
     */
    private Part decade(int i) {
        Token token = tokens.get(i);
        if (token.isNumber()) {
            Token s = tokens.get(i + 1);
            boolean marked = tokens.isPunct(i - 1, "'") && tokens.attached(i)
                    || tokens.isAny(i - 1, pack.words("articles"));
            if (!twoDigits(i) || s == null || !s.attached() || !s.is("s") || !marked
                    || tokens.isWord(i + 2) && tokens.attached(i + 2)) {
                return null;
            }
            return decadePart(i + 2, Integer.parseInt(token.text()));
        }
        LanguagePack.Phrase lead = pack.longestAt("decade-leads", tokens, i);
        if (lead == null) {
            return null;
        }
        int k = i + lead.words().size();
        NumberReader.Read read = numbers.read(k);
        if (read == null || read.vague() || read.min().compareTo(read.max()) != 0
                || read.min().stripTrailingZeros().scale() > 0
                || tokens.isWord(read.end()) && units.unit(lower(read.end())) != null) {
            return null;
        }
        int n = read.min().intValue();
        if (n >= 1000 && n <= 2190 && n % 10 == 0) {
            return new Part(read.end(), DateValue.of(LocalDate.of(n, 1, 1), LocalDate.of(n + 9, 12, 31), Qualifier.EXACT),
                    false, null, null, n);
        }
        return n >= 0 && n <= 90 && n % 10 == 0 && read.end() > k ? decadePart(read.end(), n) : null;
    }

    /** A decade after a part of a period: "1990s", "90s", "'90s", or one after a lead ("los años 80"). */
    private Part decadeAfterPart(int k) {
        Token token = tokens.get(k);
        if (token == null) {
            return null;
        }
        if (token.isNumber()) {
            Token s = tokens.get(k + 1);
            if (s == null || !s.attached() || !s.is("s") || tokens.isWord(k + 2) && tokens.attached(k + 2)) {
                return null;
            }
            String text = token.text();
            if (text.length() == 4 && allDigits(text) && text.endsWith("0")) {
                int year = Integer.parseInt(text);
                return new Part(k + 2, DateValue.of(LocalDate.of(year, 1, 1), LocalDate.of(year + 9, 12, 31), Qualifier.EXACT),
                        false, null, null, year);
            }
            return twoDigits(k) ? decadePart(k + 2, Integer.parseInt(text)) : null;
        }
        if (tokens.isPunct(k, "'")) {
            return decadeAfterPart(k + 1);
        }
        Part decade = decade(k);
        return decade == null && tokens.isAny(k - 1, ofWords) ? decade(k - 1) : decade; // "au début des années 2000"
    }

    private Part decadePart(int end, int twoDigits) {
        if (twoDigits % 10 != 0) {
            return null;
        }
        int year = 2000 + twoDigits;
        if (reference == null || year + 9 >= reference.getYear()) {
            year -= 100;
        }
        return new Part(end, DateValue.of(LocalDate.of(year, 1, 1), LocalDate.of(year + 9, 12, 31), Qualifier.EXACT), false,
                null, null, year);
    }

    /** "in 2007 and 2009", "en 2007, 2008 y 2009": a year listed after a year that a temporal word leads. */
    private boolean listedYear(int i) {
        int j = i;
        for (int step = 0; step < 6; step++) {
            boolean joined = tokens.isAny(j - 1, listJoins) || tokens.isPunct(j - 1, ",");
            if (!joined || yearNumber(j - 2) == null) {
                return false;
            }
            j -= 2;
            if (tokens.isAny(j - 1, yearLeads) || isMonthYearLead(j - 1)) {
                return true;
            }
        }
        return false;
    }

    /** "en el año 2000", "the year 2000", "l'année 2000". */
    private boolean isMonthYearLead(int k) {
        return period(k) == Period.YEAR;
    }

    /**
     * "22/04/2016", "4/22/2016", "22-04-2016", "22.04.2016": day and month in the language's order unless only the
     * other order is a date (a first number above 12 is a day). A four-digit year is required.
     */
    private Part numericDate(int i) {
        Token token = tokens.get(i);
        if (token == null || !token.isNumber()) {
            return null;
        }
        int a;
        int b;
        int year;
        int end;
        String text = token.text();
        int dot = text.indexOf('.');
        if (dot > 0 && text.indexOf('.', dot + 1) > 0) {
            String[] fields = text.split("\\.");
            if (fields.length != 3 || fields[0].length() > 2 || fields[1].length() > 2 || fields[2].length() != 4) {
                return null;
            }
            a = Integer.parseInt(fields[0]);
            b = Integer.parseInt(fields[1]);
            year = Integer.parseInt(fields[2]);
            end = i + 1;
        } else {
            Token separator = tokens.get(i + 1);
            if (separator == null || !separator.attached() || !(separator.text().equals("/") || tokens.isDash(i + 1))
                    || !tokens.isPunct(i + 3, separator.text()) || !tokens.attached(i + 2) || !tokens.attached(i + 3)
                    || !tokens.attached(i + 4) || text.length() > 2 && text.length() != 4 || !allDigits(text)) {
                return null;
            }
            if (text.length() == 4) {
                return yearFirst(i, Integer.parseInt(text)); // "2013/01/31", "2015-3-3"
            }
            Integer second = dayNumber(i + 2);
            Integer full = yearNumber(i + 4);
            if (full == null && twoDigits(i + 4) && !(tokens.get(i + 5) != null && tokens.get(i + 5).attached()
                    && (tokens.isDash(i + 5) || tokens.isPunct(i + 5, "/")))) {
                int yy = Integer.parseInt(tokens.get(i + 4).text()); // "20/02/14", "31/10/74"
                int century = reference != null && yy > reference.getYear() % 100 + 10 ? 1900 : 2000;
                full = century + yy;
            }
            if (second == null || full == null || tokens.get(i + 2).text().length() > 2) {
                return null;
            }
            a = Integer.parseInt(text);
            b = second;
            year = full;
            end = i + 5;
        }
        if (year < 1000 || year > 2199 || a < 1 || b < 1) {
            return null;
        }
        boolean dayFirst;
        if (a > 12 && b <= 12) {
            dayFirst = true;
        } else if (b > 12 && a <= 12) {
            dayFirst = false;
        } else if (a <= 12 && b <= 12) {
            dayFirst = !pack.setting("digits", "date-order", "dmy").equals("mdy");
        } else {
            return null;
        }
        int day = dayFirst ? a : b;
        Month month = Month.of(dayFirst ? b : a);
        return dayPart(end, year, month, day, false);
    }

    /**
     * "the third quarter of 2018", "el tercer trimestre de 2018", "the first half of 2020", "le premier semestre 2020",
     * "the last quarter of 2023", "Q3 2018": that part of the year.
     */
    private Part partOfYear(int i) {
        int k = tokens.isAny(i, pack.words("articles")) ? i + 1 : i;
        Token token = tokens.get(k);
        if (token == null || !token.isWord()) {
            return null;
        }
        int index;
        int parts;
        if ((token.is("q") || token.is("h")) && token.capitalized() && tokens.isNumber(k + 1) && tokens.attached(k + 1)) {
            Integer part = dayNumber(k + 1); // "Q3 2018", "H1 2012"
            parts = token.is("q") ? 4 : 2;
            if (part == null || part > parts) {
                return null;
            }
            index = part;
            k += 2;
        } else {
            BigDecimal ordinal = pack.numbers("ordinals").get(token.lower());
            boolean last = tokens.isAny(k, pack.words("last-words"));
            BigDecimal divisions = pack.numbers("year-parts").get(lower(k + 1));
            if (ordinal == null && !last || divisions == null) {
                return null;
            }
            parts = divisions.intValue();
            index = last ? parts : ordinal.intValue();
            k += 2;
        }
        if (index < 1 || index > parts) {
            return null;
        }
        int j = tokens.isAny(k, pack.words("of-words")) ? k + 1 : k;
        Integer year = yearNumber(j);
        int end = j + 1;
        if (year == null && j > k) {
            Part relative = relative(j);
            if (relative == null && tokens.isAny(j, pack.words("articles")) && period(j + 1) == Period.YEAR) {
                relative = relativePeriod(j + 1, j + 2, 0); // "of the year"
            } else if (relative == null && period(j) == Period.YEAR && pack.values("of-contractions").containsValue(lower(j - 1))) {
                LanguagePack.Phrase after = pack.longestAt("after-period", tokens, periodEnd(j)); // "del año", "del año pasado"
                relative = relativePeriod(j, after == null ? periodEnd(j) : periodEnd(j) + after.words().size(),
                        after == null ? 0 : Integer.parseInt(after.value()));
            }
            if (relative == null || !relative.value().resolved()) {
                return relative == null ? null : new Part(relative.end(), DateValue.unresolved(), true, null, null, null);
            }
            LocalDate first = relative.value().first();
            if (first.getDayOfYear() != 1 || !relative.value().last().equals(first.withDayOfYear(first.lengthOfYear()))) {
                return null;
            }
            year = first.getYear();
            end = relative.end();
        }
        if (year == null) {
            return null;
        }
        int months = 12 / parts;
        YearMonth from = YearMonth.of(year, (index - 1) * months + 1);
        YearMonth to = from.plusMonths(months - 1L);
        return new Part(end, DateValue.of(from.atDay(1), to.atEndOfMonth(), Qualifier.EXACT), j > k && end != j + 1, null, null, year);
    }

    private String lower(int k) {
        Token token = tokens.get(k);
        return token == null ? "" : token.lower();
    }

    /** "yesterday", "last year", "this week", "el año pasado", "la semana pasada", "el próximo miércoles". */
    private Part relative(int i) {
        Token token = tokens.get(i);
        String word = token.lower();
        if (!tokens.isAny(i - 1, pack.words("relative-day-blockers"))) {
            for (LanguagePack.Phrase phrase : pack.phrasesStartingWith("event-relative-days", word)) {
                int end = tokens.phrase(i, phrase.words());
                if (end > 0 && !tokens.isAny(end, pack.words("event-day-tails"))) {
                    return relativeDay(end, Integer.parseInt(phrase.value())); // "la veille", not "la veille du scrutin"
                }
            }
            for (LanguagePack.Phrase phrase : pack.phrasesStartingWith("relative-days", word)) {
                int end = tokens.phrase(i, phrase.words());
                if (end > 0) {
                    if (tokens.isAny(end, pack.words("day-parts"))) {
                        end++; // "hier soir", "yesterday morning"
                    }
                    return relativeDay(end, Integer.parseInt(phrase.value()));
                }
            }
        }
        if (pack.words("this-leads").contains(word)) {
            // "earlier this year", "later this month"
            return tokens.isAny(i + 1, pack.words("this-words")) ? relativePeriod(i + 2, periodEnd(i + 2), 0) : null;
        }
        Part elapsed = elapsed(i);
        return elapsed != null ? elapsed : packRelative(i);
    }

    /**
     * Relative periods and weekdays in the pack's words: "cette année", "ce mois-ci", "este año" ("[this-words]");
     * "l'année dernière", "el año pasado", "la semana que viene" (an article, a period, "[after-period]"); "el pasado
     * año", "el próximo miércoles" ("[before-period]"); "el jueves", "el jueves 13 de marzo" ("[weekday-articles]").
     */
    private Part packRelative(int i) {
        String word = tokens.get(i).lower();
        if (pack.words("this-words").contains(word)) {
            DayOfWeek weekday = weekdayAt(i + 1);
            if (weekday != null) {
                Part dated = weekdayDate(i + 1); // "este domingo 28 de julio": the date names the day
                return dated != null && dated.day() != null ? dated
                        : weekdayRelative(i, weekday, CalendarRules.WeekdayMode.LATEST, i + 2); // "this Wednesday"
            }
            int after = periodEnd(i + 1);
            int end = tokens.isDash(after) && tokens.isAny(after + 1, pack.words("this-suffixes")) ? after + 2 : after;
            return relativePeriod(i + 1, end, 0);
        }
        boolean article = pack.words("articles").contains(word);
        int k = article ? i + 1 : i; // "el pasado año", "last year", "the past week"
        Integer before = beforePeriod.get(lower(k));
        if (before != null) {
            DayOfWeek weekday = weekdayAt(k + 1);
            if (weekday != null) {
                return weekdayRelative(i, weekday, before < 0 ? CalendarRules.WeekdayMode.STRICTLY_BEFORE
                        : CalendarRules.WeekdayMode.STRICTLY_AFTER, k + 2);
            }
            int end = periodEnd(k + 1);
            Month named = end > 0 && period(k + 1) == Period.MONTH && tokens.isAny(end, ofWords) ? monthAt(end + 1, true) : null;
            if (named != null) { // "el pasado mes de septiembre", "el próximo mes de marzo"
                int after = afterMonth(end + 1);
                if (reference == null) {
                    return new Part(after, DateValue.unresolved(), true, null, named, null);
                }
                YearMonth resolved = before < 0 ? CalendarRules.latestMonth(named, reference.minusMonths(1).withDayOfMonth(1))
                        : CalendarRules.nextMonth(named, reference);
                return new Part(after, CalendarRules.month(resolved), true, null, named, resolved.getYear());
            }
            return relativePeriod(k + 1, end, before);
        }
        if (!article) {
            return null;
        }
        if (pack.words("weekday-articles").contains(word)) {
            DayOfWeek weekday = weekdayAt(i + 1);
            if (weekday != null) {
                Part dated = weekdayDate(i + 1); // "el jueves 13 de marzo": the date names the day
                return dated != null && dated.day() != null ? dated
                        : weekdayRelative(i, weekday, CalendarRules.WeekdayMode.LATEST, i + 2);
            }
        }
        int periodEnd = periodEnd(i + 1);
        if (periodEnd > 0) {
            for (LanguagePack.Phrase after : pack.phrasesStartingWith("after-period", lower(periodEnd))) {
                int end = tokens.phrase(periodEnd, after.words());
                if (end > 0) {
                    return relativePeriod(i + 1, end, Integer.parseInt(after.value()));
                }
            }
        }
        return null;
    }

    /**
     * Time elapsed before the reference day: "two months ago", "10 days ago" ("[ago-after]" after the number and
     * unit), "hace dos meses", "il y a trois ans" ("[ago-before]" before them). The day that long before the
     * reference day; approximate when counted in weeks or more. "desde hace dos años" is a duration, not a date
     * ("[ago-blockers]" before the lead).
     */
    private Part elapsed(int i) {
        LanguagePack.Phrase lead = pack.longestAt("ago-before", tokens, i);
        int sign = -1;
        if (lead == null) {
            lead = pack.longestAt("ahead-before", tokens, i);
            if (lead == null && !pack.phrasesAt("ahead-before-future", tokens, i).isEmpty()
                    && (sentenceStart(i) || aheadFutureBefore(i))) {
                lead = pack.longestAt("ahead-before-future", tokens, i); // "will vote in two weeks", not "built in two weeks"
            }
            sign = lead == null ? -1 : 1;
        }
        int k = lead == null ? i : i + lead.words().size();
        if (lead != null && tokens.isAny(i - 1, pack.words("ago-blockers"))) {
            return null;
        }
        Token at = tokens.get(k);
        if (at == null || !at.isNumber() && !numbers.mayStart(k) && !ELAPSED_STARTS.get(pack.language()).contains(at.lower())) {
            return null; // a cheap test first: most tokens start no number and no qualifier
        }
        // "some 20 years ago", "hace unos diez años": an approximation. A bound ("less than two weeks ago", "hace casi
        // dos años") is no date here: news states the bound on the time elapsed, and the annotated stories quote it as
        // a duration ("less than two weeks", at most 14 days), which the duration reader takes
        LanguagePack.Phrase around = at.isNumber() ? null : pack.longestAt(ELAPSED_QUALIFIER, tokens, k);
        if (around != null) {
            k += around.words().size();
        }
        NumberReader.Read count;
        LanguagePack.Phrase phrase = tokens.isNumber(k) ? null : pack.longestAt("count-phrases", tokens, k); // "a couple of weeks ago"
        if (phrase != null && tokens.isAny(k + phrase.words().size(), ofWords)) {
            BigDecimal value = new BigDecimal(phrase.value());
            count = new NumberReader.Read(k + phrase.words().size() + 1, value, value, false, false, false);
        } else {
            if (!numbers.mayStart(k)) {
                return null; // a cheap test first: most tokens start no number
            }
            count = numbers.read(k);
        }
        if (count == null || count.vague() || count.min().compareTo(count.max()) != 0 || count.min().signum() <= 0
                || count.min().stripTrailingZeros().scale() > 0 || count.min().compareTo(BigDecimal.valueOf(10_000)) > 0) {
            return null;
        }
        String unit = pack.values("elapsed-units").get(lower(count.end()));
        if (unit == null) {
            return null;
        }
        int end = count.end() + 1;
        if (lead == null) {
            LanguagePack.Phrase ago = pack.longestAt("ago-after", tokens, end);
            if (ago == null) {
                ago = pack.longestAt("ahead-after", tokens, end); // "three days from now"
                sign = 1;
            }
            if (ago == null) {
                return null;
            }
            end += ago.words().size();
        }
        if (reference == null) {
            return new Part(end, DateValue.unresolved(), true, null, null, null);
        }
        long n = count.min().longValueExact();
        long signed = sign * n;
        LocalDate day = switch (unit) {
            case "hour", "day" -> reference.plusDays(unit.equals("day") ? signed : signed / 24);
            case "week" -> reference.plusWeeks(signed);
            case "fortnight" -> reference.plusWeeks(2 * signed);
            case "month" -> reference.plusMonths(signed);
            case "year" -> reference.plusYears(signed);
            case "decade" -> reference.plusYears(10 * signed);
            default -> throw new IllegalStateException("an [elapsed-units] entry names no unit: " + unit);
        };
        if (day.getYear() < FIRST_YEAR || day.getYear() > LAST_YEAR) {
            return null; // "in 5 years" near the calendar's end, "10,000 years ago": no day an ISO date can tell
        }
        Qualifier qualifier = unit.equals("hour") || unit.equals("day") ? Qualifier.EXACT : Qualifier.APPROXIMATE;
        if (around != null) {
            qualifier = Qualifier.APPROXIMATE;
        }
        return new Part(end, DateValue.of(day, day, qualifier), true, null, null, null);
    }

    /** The qualifier that may stand before the time elapsed: "some 20 years ago", "il y a environ dix ans". */
    private static final String ELAPSED_QUALIFIER = "around-before";

    /** Per language, the first words of that qualifier and of the count phrases ("a couple of"). */
    private static final Map<Language, Set<String>> ELAPSED_STARTS = new java.util.EnumMap<>(Language.class);

    static {
        for (Language language : Language.values()) {
            Set<String> words = new java.util.HashSet<>();
            LanguagePack pack = LanguagePack.of(language);
            pack.phrases(ELAPSED_QUALIFIER).forEach(phrase -> words.add(phrase.words().get(0)));
            pack.phrases("count-phrases").forEach(phrase -> words.add(phrase.words().get(0)));
            ELAPSED_STARTS.put(language, Set.copyOf(words));
        }
    }

    /** The years a day counted from the reference day may fall in: those of four-digit ISO dates. */
    private static final int FIRST_YEAR = 1;
    private static final int LAST_YEAR = 9999;

    private enum Period { YEAR, QUARTER, MONTH, WEEK, WEEKEND }

    /** The period a word names ("year", "año", "année", "trimestre"), from the language's pack. */
    private Period period(int k) {
        LanguagePack.Phrase phrase = pack.longestAt("period-words", tokens, k);
        return phrase == null ? null : Period.valueOf(phrase.value().toUpperCase(java.util.Locale.ROOT));
    }

    /** The index after the period's words at k ("year", "fin de semana", "week-end"), or -1. */
    private int periodEnd(int k) {
        LanguagePack.Phrase phrase = pack.longestAt("period-words", tokens, k);
        return phrase == null ? -1 : tokens.phrase(k, phrase.words());
    }

    /** The year, month or week at {@code periodAt}, shifted by offset from the reference day's. */
    private Part relativePeriod(int periodAt, int end, int offset) {
        Period period = period(periodAt);
        if (period == null || (period == Period.QUARTER || period == Period.WEEK) && tokens.isAny(end, pack.words("of-words"))) {
            return null; // "the last quarter of the century" is no quarter of a year, "the last week of January" no last week
        }
        if (reference == null) {
            return new Part(end, DateValue.unresolved(), true, null, null, null);
        }
        DateValue value = switch (period) {
            case YEAR -> CalendarRules.year(reference.getYear() + offset);
            case QUARTER -> {
                YearMonth first = YearMonth.of(reference.getYear(), (reference.getMonthValue() - 1) / 3 * 3 + 1).plusMonths(3L * offset);
                yield DateValue.of(first.atDay(1), first.plusMonths(2).atEndOfMonth(), Qualifier.EXACT);
            }
            case MONTH -> CalendarRules.month(YearMonth.from(reference).plusMonths(offset));
            case WEEK -> CalendarRules.weekOf(reference.plusWeeks(offset));
            case WEEKEND -> {
                LocalDate sunday = CalendarRules.weekOf(reference.plusWeeks(offset)).last(); // Saturday and Sunday
                yield DateValue.of(sunday.minusDays(1), sunday, Qualifier.EXACT);
            }
        };
        return new Part(end, value, true, null, null, null);
    }

    private Part relativeDay(int end, int offset) {
        if (reference == null) {
            return new Part(end, DateValue.unresolved(), true, null, null, null);
        }
        return new Part(end, CalendarRules.day(reference.plusDays(offset)), true, null, null, null);
    }

    // ---- tokens ------------------------------------------------------------------------------------------

    /**
     * The month named at k. English month names are capitalized; those that are also common words
     * ("May", "March", "Jan") need a day or year next to them unless {@code strict} is false and a lead word
     * such as "in" comes before.
     */
    private Month monthAt(int k, boolean afterDay) {
        Token token = tokens.get(k);
        if (token == null || !token.isWord()) {
            return null;
        }
        Integer number = months.get(token.lower());
        if (number == null || capitalizedNames && !token.capitalized()) {
            return null;
        }
        Month month = Month.of(number);
        if (ambiguousMonths.contains(token.lower()) && !afterDay) {
            int next = afterMonth(k);
            boolean dated = dayNumber(next) != null || yearNumber(next) != null
                    || (tokens.isPunct(next, ",") || tokens.isAny(next, ofWords)) && yearNumber(next + 1) != null;
            boolean led = tokens.isAny(k - 1, monthLeads) && token.text().length() > 3;
            boolean listed = token.text().length() > 3 && (tokens.isPunct(k - 1, ",") || tokens.isAny(k - 1, listJoins))
                    && isMonthName(k - 2); // "in February, March and July"
            if (!dated && !led && !listed) {
                return null;
            }
        }
        return month;
    }

    /** A month's name at k, written as the language writes months (capitalized in English), that is not a common word. */
    private boolean isMonthName(int k) {
        Token token = tokens.get(k);
        return token != null && token.isWord() && months.containsKey(token.lower())
                && !ambiguousMonths.contains(token.lower()) && (!capitalizedNames || token.capitalized());
    }

    /** The index after a month name and the period of its abbreviation ("Sept."). */
    private int afterMonth(int k) {
        Token token = tokens.get(k);
        return token != null && monthAbbreviations.contains(token.lower()) && tokens.isPunct(k + 1, ".") && tokens.attached(k + 1)
                ? k + 2 : k + 1;
    }

    /**
     * A day written as a word: the pack's "[first-day-words]" ("primero", "premier") are the 1st; where the pack's
     * "[calendar] spelled-days" is set, a small number word or a tens word ("cinco", "veinte") is that day.
     */
    private Integer spelledDay(int k) {
        Token token = tokens.get(k);
        if (token == null || !token.isWord()) {
            return null;
        }
        if (pack.words("first-day-words").contains(token.lower())) {
            return 1;
        }
        if (!pack.flag("calendar", "spelled-days")) {
            return null;
        }
        Integer value = pack.integers("small-numbers").get(token.lower());
        if (value == null) {
            value = pack.integers("tens").get(token.lower());
        }
        return value != null && value >= 1 && value <= 31 ? value : null;
    }

    private Integer dayNumber(int k) {
        Token token = tokens.get(k);
        if (token == null || !token.isNumber() || token.text().length() > 2 || !allDigits(token.text())) {
            return null;
        }
        int day = Integer.parseInt(token.text());
        return day >= 1 && day <= 31 ? day : null;
    }

    private int afterOrdinal(int k) {
        Token token = tokens.get(k);
        return token != null && token.attached() && token.isWord() && ordinalSuffixes.contains(token.lower()) ? k + 1 : k;
    }

    private Integer yearNumber(int k) {
        Token token = tokens.get(k);
        if (token == null || !token.isNumber() || token.text().length() != 4 || !allDigits(token.text())) {
            return null;
        }
        int year = Integer.parseInt(token.text());
        return year >= 1000 && year <= 2199 ? year : null;
    }

    private boolean twoDigits(int k) {
        Token token = tokens.get(k);
        return token != null && token.isNumber() && token.text().length() == 2 && allDigits(token.text());
    }

    /** "the 19 km": a unit after the number means it is not a day. */
    private boolean isUnitAfter(int k) {
        Token token = tokens.get(k);
        return token != null && token.isWord() && (units.isUnit(token.lower()) || Lexicon.SCALES.containsKey(token.lower()));
    }

    private static boolean allDigits(String text) {
        for (int i = 0; i < text.length(); i++) {
            if (text.charAt(i) < '0' || text.charAt(i) > '9') {
                return false;
            }
        }
        return true;
    }
}
