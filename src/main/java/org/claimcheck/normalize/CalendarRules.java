package org.claimcheck.normalize;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.Month;
import java.time.Year;
import java.time.YearMonth;
import java.time.temporal.TemporalAdjusters;

/** How partial and relative dates resolve against a reference day (see the package documentation). */
final class CalendarRules {

    /** How far after the reference day a day-and-month without a year may lie before it means last year. */
    private static final int FUTURE_TOLERANCE_DAYS = 31;

    private CalendarRules() {
    }

    static DateValue day(LocalDate day) {
        return DateValue.of(day, day, Qualifier.EXACT);
    }

    static DateValue month(YearMonth month) {
        return DateValue.of(month.atDay(1), month.atEndOfMonth(), Qualifier.EXACT);
    }

    static DateValue year(int year) {
        return DateValue.of(LocalDate.of(year, 1, 1), LocalDate.of(year, 12, 31), Qualifier.EXACT);
    }

    /** The year of a day and month written without one. */
    static int yearOf(Month month, int day, LocalDate reference) {
        int year = reference.getYear();
        LocalDate candidate = safeDate(year, month, day);
        if (candidate.isAfter(reference.plusDays(FUTURE_TOLERANCE_DAYS))) {
            year--;
        }
        return year;
    }

    /** The latest occurrence of a month not after the reference day's month. */
    static YearMonth latestMonth(Month month, LocalDate reference) {
        int year = month.getValue() <= reference.getMonthValue() ? reference.getYear() : reference.getYear() - 1;
        return YearMonth.of(year, month);
    }

    /** The next occurrence of a month after the reference day's month. */
    static YearMonth nextMonth(Month month, LocalDate reference) {
        int year = month.getValue() > reference.getMonthValue() ? reference.getYear() : reference.getYear() + 1;
        return YearMonth.of(year, month);
    }

    enum WeekdayMode { LATEST, NEXT_OR_SAME, STRICTLY_BEFORE, STRICTLY_AFTER }

    static LocalDate weekday(DayOfWeek weekday, LocalDate reference, WeekdayMode mode) {
        return switch (mode) {
            case LATEST -> reference.with(TemporalAdjusters.previousOrSame(weekday));
            case NEXT_OR_SAME -> reference.with(TemporalAdjusters.nextOrSame(weekday));
            case STRICTLY_BEFORE -> reference.with(TemporalAdjusters.previous(weekday));
            case STRICTLY_AFTER -> reference.with(TemporalAdjusters.next(weekday));
        };
    }

    /** Monday to Sunday of the week holding the day. */
    static DateValue weekOf(LocalDate day) {
        LocalDate monday = day.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
        return DateValue.of(monday, monday.plusDays(6), Qualifier.EXACT);
    }

    /** Days 1-10, 11-20 or 21-end of a month: "early", "mid", "late". */
    static DateValue partOfMonth(YearMonth month, Part part) {
        return switch (part) {
            case EARLY -> DateValue.of(month.atDay(1), month.atDay(10), Qualifier.APPROXIMATE);
            case MID -> DateValue.of(month.atDay(11), month.atDay(20), Qualifier.APPROXIMATE);
            case LATE -> DateValue.of(month.atDay(21), month.atEndOfMonth(), Qualifier.APPROXIMATE);
        };
    }

    /** January-April, May-August or September-December of a year. */
    static DateValue partOfYear(int year, Part part) {
        return switch (part) {
            case EARLY -> DateValue.of(LocalDate.of(year, 1, 1), LocalDate.of(year, 4, 30), Qualifier.APPROXIMATE);
            case MID -> DateValue.of(LocalDate.of(year, 5, 1), LocalDate.of(year, 8, 31), Qualifier.APPROXIMATE);
            case LATE -> DateValue.of(LocalDate.of(year, 9, 1), LocalDate.of(year, 12, 31), Qualifier.APPROXIMATE);
        };
    }

    enum Part { EARLY, MID, LATE }

    static boolean valid(int year, Month month, int day) {
        return day >= 1 && day <= month.length(Year.isLeap(year));
    }

    private static LocalDate safeDate(int year, Month month, int day) {
        return LocalDate.of(year, month, Math.min(day, month.length(Year.isLeap(year))));
    }
}
