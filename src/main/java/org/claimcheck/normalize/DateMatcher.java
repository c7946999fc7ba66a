package org.claimcheck.normalize;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.Month;
import java.time.YearMonth;
import java.util.List;
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

    private static final Set<String> APPROXIMATE_LEADS = Set.of("around", "about", "circa", "approximately", "hacia");
    private static final Set<String> RANGE_JOINS = Set.of("and", "to", "until", "till", "through", "y", "al", "a", "hasta",
            "au", "à", "et");
    private static final Set<String> MONTH_LEADS = Set.of("in", "since", "by", "until", "till", "from", "during", "before",
            "after", "throughout", "early", "late", "en", "desde", "hasta", "durante", "antes", "después", "de",
            "this", "last", "next", "este", "pasado", "próximo", "para",
            "depuis", "dès", "jusqu'", "pendant", "avant", "après", "début", "fin", "courant", "mi", "ici", "vers");

    /** "by December", "until March", "next June": the month ahead, not the one behind. */
    private static final Set<String> UPCOMING_LEADS = Set.of("by", "until", "till", "next", "hasta", "para", "próximo", "proximo",
            "jusqu'", "ici", "prochain");

    private final TokenView tokens;
    private final Language language;
    private final LocalDate reference;

    DateMatcher(TokenView tokens, Language language, LocalDate reference) {
        this.tokens = tokens;
        this.language = language;
        this.reference = reference;
    }

    Match at(int i) {
        Token token = tokens.get(i);
        if (token == null) {
            return null;
        }
        if (tokens.isAny(i, APPROXIMATE_LEADS)) {
            Match inner = plainAt(i + 1);
            if (inner != null && inner.value().resolved()) {
                DateValue value = inner.value();
                return new Match(i, inner.end(), DateValue.of(value.first(), value.last(), Qualifier.APPROXIMATE), inner.relative());
            }
        }
        return plainAt(i);
    }

    private Match plainAt(int i) {
        if (tokens.is(i, "between") || tokens.is(i, "entre") || tokens.is(i, "from") || tokens.is(i, "del")
                || tokens.is(i, "desde") || tokens.is(i, "du")
                || language == Language.FR && (tokens.is(i, "de") || tokens.is(i, "d'"))) {
            Match range = leadRange(i);
            if (range != null) {
                return range;
            }
        }
        Part first = part(i, false);
        if (first == null) {
            return null;
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
        }
        return new Match(i, first.end(), first.value(), first.relative());
    }

    /** "between X and Y", "from X to Y", "del 8 al 13 de octubre", "entre el 8 y el 13 de octubre". */
    private Match leadRange(int i) {
        int k = i + 1;
        if (tokens.is(k, "el") || tokens.is(k, "le")) {
            k++;
        }
        Part first = part(k, true);
        if (first == null) {
            first = bareDay(k);
        }
        if (first == null || !tokens.isAny(first.end(), RANGE_JOINS)) {
            return null;
        }
        int j = first.end() + 1;
        if (tokens.is(j, "el") || tokens.is(j, "le")) {
            j++;
        }
        Part second = rangeEnd(j, first);
        return second == null ? null : range(i, first, second);
    }

    /** The far end of a range: a full date part, or a bare day or year that borrows the rest from the near end. */
    private Part rangeEnd(int k, Part first) {
        Part second = part(k, true);
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
        if ((found = weekdayDate(i)) != null
                || (found = partOfPeriod(i)) != null
                || (found = monthFirst(i)) != null
                || (found = dayFirst(i)) != null
                || (found = numericYear(i, inRange)) != null
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
        Part date = monthFirst(k);
        if (date == null) {
            date = dayFirst(k);
        }
        if (date != null && date.day() != null) {
            return date;
        }
        Integer day = language == Language.FR ? dayNumber(i + 1) : null;
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
        if (language == Language.ES && (tokens.is(k, "pasado") || tokens.is(k, "próximo") || tokens.is(k, "proximo"))) {
            mode = tokens.is(k, "pasado") ? CalendarRules.WeekdayMode.STRICTLY_BEFORE : CalendarRules.WeekdayMode.STRICTLY_AFTER;
            k++;
        }
        if (language == Language.FR) {
            if (tokens.isAny(k, Lexicon.DAY_PARTS_FR) && !tokens.is(k, "après")) {
                k++; // "vendredi soir"
            }
            if (tokens.is(k, "dernier") || tokens.is(k, "prochain")) {
                mode = tokens.is(k, "dernier") ? CalendarRules.WeekdayMode.STRICTLY_BEFORE : CalendarRules.WeekdayMode.STRICTLY_AFTER;
                k++;
            }
        }
        if (reference == null) {
            return new Part(k, DateValue.unresolved(), true, null, null, null);
        }
        return new Part(k, CalendarRules.day(CalendarRules.weekday(weekday, reference, mode)), true, null, null, null);
    }

    /** Words that put a sentence in the future: a weekday after them is the coming one. */
    private static final Set<String> FUTURE_MARKERS = Set.of("will", "shall", "expected", "scheduled", "due", "plans",
            "planned", "set", "upcoming", "tomorrow", "next", "expects", "expect", "expecting", "hopes", "hope", "firmará", "firmarán", "será", "serán", "celebrará",
            "celebrarán", "previsto", "prevista", "prevé", "próximo", "próxima", "proximo", "proxima",
            "sera", "seront", "prévu", "prévue", "prévoit", "doit", "doivent", "devrait", "devraient", "va", "vont",
            "prochain", "prochaine", "demain");
    private static final int FUTURE_WINDOW = 12;

    private boolean futureBefore(int start) {
        for (int k = start - 1; k >= Math.max(0, start - FUTURE_WINDOW); k--) {
            Token token = tokens.get(k);
            if (token.text().equals(".") || token.text().equals(";")) {
                return false;
            }
            if (FUTURE_MARKERS.contains(token.lower()) || token.lower().endsWith("'ll")) {
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
        DayOfWeek weekday = Lexicon.weekdays(language).get(token.lower());
        if (weekday == null || language == Language.EN && !token.capitalized()) {
            return null;
        }
        return weekday;
    }

    /** "mid-November 2024", "early June", "late 2023", "a mediados de noviembre", "a finales de 2023". */
    private Part partOfPeriod(int i) {
        CalendarRules.Part which = null;
        int k = -1;
        if (tokens.is(i, "mid") && tokens.isDash(i + 1)) {
            which = CalendarRules.Part.MID;
            k = i + 2;
        } else if (tokens.is(i, "early") || tokens.is(i, "late")) {
            which = tokens.is(i, "early") ? CalendarRules.Part.EARLY : CalendarRules.Part.LATE;
            k = i + 1;
        } else {
            int start = tokens.is(i, "a") ? i + 1 : i;
            String word = tokens.get(start) == null ? "" : tokens.get(start).lower();
            which = switch (word) {
                case "principios", "comienzos", "inicios" -> CalendarRules.Part.EARLY;
                case "mediados" -> CalendarRules.Part.MID;
                case "finales", "fines" -> CalendarRules.Part.LATE;
                default -> null;
            };
            if (which != null && tokens.is(start + 1, "de")) {
                k = start + 2;
            } else if (language == Language.FR && frenchPartOfPeriod(i) != null) {
                int[] found = frenchPartOfPeriod(i);
                which = CalendarRules.Part.values()[found[0]];
                k = found[1];
            } else if (tokens.phrase(i, List.of("the", "middle", "of")) > 0) {
                which = CalendarRules.Part.MID;
                k = i + 3;
            } else if (tokens.phrase(i, List.of("the", "end", "of")) > 0) {
                which = CalendarRules.Part.LATE;
                k = i + 3;
            } else if (tokens.phrase(i, List.of("the", "beginning", "of")) > 0 || tokens.phrase(i, List.of("the", "start", "of")) > 0) {
                which = CalendarRules.Part.EARLY;
                k = i + 3;
            } else {
                which = null;
            }
        }
        if (which == null) {
            return null;
        }
        Month month = monthAt(k, true);
        if (month != null) {
            int after = afterMonth(k);
            int j = tokens.is(after, "of") || tokens.is(after, "de") || tokens.is(after, "del") || tokens.isPunct(after, ",")
                    ? after + 1 : after;
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
        Integer year = yearNumber(k);
        if (year != null) {
            return new Part(k + 1, CalendarRules.partOfYear(year, which), false, null, null, year);
        }
        return null;
    }

    /**
     * "début septembre", "fin 2023", "mi-septembre", "à la mi-septembre", "au début de septembre", "à la fin de 2023",
     * "courant juin" is left out: the whole month. Returns the part's ordinal and the index of the month or year, or null.
     */
    private int[] frenchPartOfPeriod(int i) {
        int k = i;
        if (tokens.is(k, "à") && tokens.is(k + 1, "la")) {
            k += 2;
        } else if (tokens.is(k, "au")) {
            k++;
        }
        CalendarRules.Part which;
        if (tokens.is(k, "début")) {
            which = CalendarRules.Part.EARLY;
            k++;
        } else if (tokens.is(k, "fin")) {
            which = CalendarRules.Part.LATE;
            k++;
        } else if (tokens.is(k, "mi") && tokens.isDash(k + 1)) {
            which = CalendarRules.Part.MID;
            k += 2;
        } else {
            return null;
        }
        if (tokens.is(k, "de") || tokens.is(k, "d'")) {
            k++;
        }
        return new int[] {which.ordinal(), k};
    }

    /** "June 19, 2024", "June 19", "June 2024", "junio de 2024", "in June", "June of this year". */
    private Part monthFirst(int i) {
        Month month = monthAt(i, false);
        if (month == null) {
            return null;
        }
        int k = afterMonth(i);
        Integer day = dayNumber(k);
        if (day != null && !tokens.isNumber(k + 1) && !isUnitAfter(k + 1)) {
            int after = afterOrdinal(k + 1);
            int j = tokens.isPunct(after, ",") ? after + 1 : after;
            Integer year = yearNumber(j);
            if (year != null) {
                return dayPart(j + 1, year, month, day, false);
            }
            return dayWithoutYear(after, month, day);
        }
        int j = tokens.is(k, "of") || tokens.is(k, "de") || tokens.is(k, "del") || tokens.isPunct(k, ",") ? k + 1 : k;
        Integer year = yearNumber(j);
        if (year != null) {
            return new Part(j + 1, CalendarRules.month(YearMonth.of(year, month)), false, null, month, year);
        }
        return monthAlone(i, month, k);
    }

    /** "in June" takes its latest occurrence; "June of this year", "junio del año pasado" say which year. */
    private Part monthAlone(int i, Month month, int k) {
        int yearOffset = 0;
        int end = k;
        int after;
        if ((after = tokens.phrase(k, List.of("of", "this", "year"))) > 0 || (after = tokens.phrase(k, List.of("de", "este", "año"))) > 0) {
            end = after;
        } else if ((after = tokens.phrase(k, List.of("of", "last", "year"))) > 0
                || (after = tokens.phrase(k, List.of("del", "año", "pasado"))) > 0) {
            yearOffset = -1;
            end = after;
        } else if (!tokens.isAny(i - 1, MONTH_LEADS) || language == Language.ES && tokens.is(i - 1, "de") && !spanishMonthLead(i - 1)) {
            return null;
        }
        boolean next = tokens.isAny(i - 1, UPCOMING_LEADS);
        if (reference == null) {
            return new Part(end, DateValue.unresolved(), true, null, month, null);
        }
        YearMonth resolved;
        if (end != k) {
            resolved = YearMonth.of(reference.getYear() + yearOffset, month);
        } else if (next) {
            resolved = CalendarRules.nextMonth(month, reference);
        } else if (tokens.is(i - 1, "last") || tokens.is(i - 1, "pasado")) {
            resolved = CalendarRules.latestMonth(month, reference.minusMonths(1).withDayOfMonth(1));
        } else {
            resolved = CalendarRules.latestMonth(month, reference);
        }
        return new Part(end, CalendarRules.month(resolved), true, null, month, resolved.getYear());
    }

    /** "de junio" after a day was handled by dayFirst; alone, "de" leads a month only after "desde"/"a finales". */
    private boolean spanishMonthLead(int deIndex) {
        return tokens.is(deIndex - 1, "mes");
    }

    /** "19 June 2024", "19 de junio de 2024", "5 de enero", "the 19th of June". */
    private Part dayFirst(int i) {
        Integer day = dayNumber(i);
        if (day == null) {
            return null;
        }
        int k = afterOrdinal(i + 1);
        if (tokens.is(k, "of") || tokens.is(k, "de")) {
            k++;
        }
        Month month = monthAt(k, true);
        if (month == null) {
            return null;
        }
        int after = afterMonth(k);
        int j = tokens.is(after, "de") || tokens.is(after, "del") || tokens.is(after, "of") || tokens.isPunct(after, ",")
                ? after + 1 : after;
        Integer year = yearNumber(j);
        if (year != null) {
            return dayPart(j + 1, year, month, day, false);
        }
        return dayWithoutYear(after, month, day);
    }

    private Part dayWithoutYear(int end, Month month, int day) {
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
        if (inRange || yearRange || tokens.isAny(i - 1, Lexicon.yearLeads(language)) || isMonthYearLead(i - 1)) {
            return yearPart(i + 1, year);
        }
        return null;
    }

    /** "en el año 2000", "the year 2000". */
    private boolean isMonthYearLead(int k) {
        return tokens.is(k, "año") || tokens.is(k, "year");
    }

    /** "yesterday", "last year", "this week", "el año pasado", "la semana pasada", "el próximo miércoles". */
    private Part relative(int i) {
        Token token = tokens.get(i);
        String word = token.lower();
        switch (word) {
            case "today", "hoy", "tonight" -> {
                return relativeDay(i + 1, 0);
            }
            case "yesterday", "ayer" -> {
                return relativeDay(i + 1, -1);
            }
            case "tomorrow" -> {
                return relativeDay(i + 1, 1);
            }
            case "aujourd'hui", "hier", "demain" -> {
                if (language != Language.FR) {
                    return null;
                }
                int offset = word.equals("hier") ? -1 : word.equals("demain") ? 1 : 0;
                int end = tokens.isAny(i + 1, Lexicon.DAY_PARTS_FR) && !tokens.is(i + 1, "après") ? i + 2 : i + 1;
                return relativeDay(end, offset);
            }
            case "avant" -> {
                if (language == Language.FR && tokens.isDash(i + 1) && tokens.is(i + 2, "hier")) {
                    return relativeDay(i + 3, -2);
                }
                return null;
            }
            case "anteayer" -> {
                return relativeDay(i + 1, -2);
            }
            default -> {
            }
        }
        int k;
        if ((k = tokens.phrase(i, List.of("this", "morning"))) > 0 || (k = tokens.phrase(i, List.of("this", "afternoon"))) > 0
                || (k = tokens.phrase(i, List.of("this", "evening"))) > 0 || (k = tokens.phrase(i, List.of("esta", "mañana"))) > 0
                || (k = tokens.phrase(i, List.of("esta", "tarde"))) > 0) {
            return relativeDay(k, 0);
        }
        // English: this/last/next/past + year/month/week/weekday; "earlier this year", "later this month".
        if (word.equals("earlier") || word.equals("later")) {
            return tokens.is(i + 1, "this") ? relativePeriod(i + 2, i + 3, 0) : null;
        }
        if (word.equals("this") || word.equals("last") || word.equals("next") || word.equals("past")) {
            int offset = switch (word) {
                case "last", "past" -> -1;
                case "next" -> 1;
                default -> 0;
            };
            DayOfWeek weekday = weekdayAt(i + 1);
            if (weekday != null) {
                CalendarRules.WeekdayMode mode = switch (offset) {
                    case -1 -> CalendarRules.WeekdayMode.STRICTLY_BEFORE;
                    case 1 -> CalendarRules.WeekdayMode.STRICTLY_AFTER;
                    default -> CalendarRules.WeekdayMode.LATEST;
                };
                return weekdayRelative(i, weekday, mode, i + 2);
            }
            if (word.equals("past") && !tokens.is(i + 1, "year") && !tokens.is(i + 1, "month") && !tokens.is(i + 1, "week")) {
                return null;
            }
            return relativePeriod(i + 1, i + 2, offset);
        }
        // Spanish: "el año pasado", "el pasado año", "este año", "el próximo año", "el año que viene", "la semana pasada".
        if (language == Language.ES) {
            return spanishRelative(i);
        }
        if (language == Language.FR) {
            return frenchRelative(i);
        }
        return null;
    }

    /** "cette année", "l'année dernière", "l'an passé", "la semaine prochaine", "le mois dernier", "ce mois-ci". */
    private Part frenchRelative(int i) {
        String word = tokens.get(i).lower();
        if (word.equals("ce") || word.equals("cet") || word.equals("cette")) {
            int end = tokens.isDash(i + 2) && tokens.is(i + 3, "ci") ? i + 4 : i + 2;
            return relativePeriod(i + 1, end, 0);
        }
        if ((word.equals("l'") || word.equals("la") || word.equals("le")) && period(i + 1) != null) {
            String after = tokens.get(i + 2) == null ? "" : tokens.get(i + 2).lower();
            return switch (after) {
                case "dernier", "dernière", "passé", "passée" -> relativePeriod(i + 1, i + 3, -1);
                case "prochain", "prochaine" -> relativePeriod(i + 1, i + 3, 1);
                default -> null;
            };
        }
        return null;
    }

    private Part spanishRelative(int i) {
        String word = tokens.get(i).lower();
        if (word.equals("este") || word.equals("esta")) {
            return relativePeriod(i + 1, i + 2, 0);
        }
        if (word.equals("el") || word.equals("la")) {
            String next = tokens.get(i + 1) == null ? "" : tokens.get(i + 1).lower();
            if (next.equals("pasado") || next.equals("pasada") || next.equals("próximo") || next.equals("próxima")
                    || next.equals("proximo") || next.equals("proxima")) {
                int offset = next.startsWith("pasad") ? -1 : 1;
                DayOfWeek weekday = weekdayAt(i + 2);
                if (weekday != null) {
                    return weekdayRelative(i, weekday, offset < 0 ? CalendarRules.WeekdayMode.STRICTLY_BEFORE
                            : CalendarRules.WeekdayMode.STRICTLY_AFTER, i + 3);
                }
                return relativePeriod(i + 2, i + 3, offset);
            }
            DayOfWeek weekday = weekdayAt(i + 1);
            if (weekday != null) {
                Part dated = weekdayDate(i + 1); // "el jueves 13 de marzo": the date names the day
                return dated != null && dated.day() != null ? dated
                        : weekdayRelative(i, weekday, CalendarRules.WeekdayMode.LATEST, i + 2);
            }
            if (period(i + 1) != null) {
                String after = tokens.get(i + 2) == null ? "" : tokens.get(i + 2).lower();
                if (after.equals("pasado") || after.equals("pasada")) {
                    return relativePeriod(i + 1, i + 3, -1);
                }
                if (after.equals("próximo") || after.equals("próxima") || after.equals("proximo") || after.equals("proxima")) {
                    return relativePeriod(i + 1, i + 3, 1);
                }
                if (tokens.phrase(i + 2, List.of("que", "viene")) > 0) {
                    return relativePeriod(i + 1, i + 4, 1);
                }
            }
        }
        return null;
    }

    private enum Period { YEAR, MONTH, WEEK }

    private Period period(int k) {
        Token token = tokens.get(k);
        if (token == null) {
            return null;
        }
        return switch (token.lower()) {
            case "year", "año" -> Period.YEAR;
            case "month", "mes" -> Period.MONTH;
            case "week", "semana" -> Period.WEEK;
            case "année", "an" -> language == Language.FR ? Period.YEAR : null;
            case "mois" -> language == Language.FR ? Period.MONTH : null;
            case "semaine" -> language == Language.FR ? Period.WEEK : null;
            default -> null;
        };
    }

    /** The year, month or week at {@code periodAt}, shifted by offset from the reference day's. */
    private Part relativePeriod(int periodAt, int end, int offset) {
        Period period = period(periodAt);
        if (period == null) {
            return null;
        }
        if (reference == null) {
            return new Part(end, DateValue.unresolved(), true, null, null, null);
        }
        DateValue value = switch (period) {
            case YEAR -> CalendarRules.year(reference.getYear() + offset);
            case MONTH -> CalendarRules.month(YearMonth.from(reference).plusMonths(offset));
            case WEEK -> CalendarRules.weekOf(reference.plusWeeks(offset));
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
        Month month = Lexicon.months(language).get(token.lower());
        if (month == null) {
            return null;
        }
        if (language == Language.EN && !token.capitalized()) {
            return null;
        }
        if (Lexicon.AMBIGUOUS_MONTHS.contains(token.lower()) && !afterDay) {
            int next = afterMonth(k);
            boolean dated = dayNumber(next) != null || yearNumber(next) != null
                    || (tokens.isPunct(next, ",") || tokens.is(next, "of") || tokens.is(next, "de")) && yearNumber(next + 1) != null;
            boolean led = tokens.isAny(k - 1, MONTH_LEADS) && token.text().length() > 3;
            if (!dated && !led) {
                return null;
            }
        }
        return month;
    }

    /** The index after a month name and the period of its abbreviation ("Sept."). */
    private int afterMonth(int k) {
        Token token = tokens.get(k);
        return token != null && MONTH_ABBREVIATIONS.contains(token.lower()) && tokens.isPunct(k + 1, ".") && tokens.attached(k + 1)
                ? k + 2 : k + 1;
    }

    private static final Set<String> MONTH_ABBREVIATIONS = Set.of("jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep",
            "sept", "oct", "nov", "dec", "ene", "abr", "ago", "dic", "janv", "févr", "fév", "fev", "avr", "juil", "déc");

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
        return token != null && token.attached() && token.isWord() && Lexicon.ORDINAL_SUFFIXES.contains(token.lower()) ? k + 1 : k;
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
        return token != null && token.isWord() && (Lexicon.UNITS.containsKey(token.lower()) || Lexicon.SCALES.containsKey(token.lower()));
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
