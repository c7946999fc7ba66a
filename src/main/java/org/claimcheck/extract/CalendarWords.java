package org.claimcheck.extract;

import java.util.Set;

/** Month, weekday, clock and time-zone words: what a page's timestamp line is made of. */
final class CalendarWords {

    private static final Set<String> DATE_NAMES = Set.of(
            "january", "february", "march", "april", "may", "june", "july", "august", "september", "october", "november",
            "december", "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec",
            "enero", "febrero", "marzo", "abril", "mayo", "junio", "julio", "agosto", "septiembre", "octubre", "noviembre",
            "diciembre", "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "lunes", "martes",
            "miércoles", "jueves", "viernes", "sábado", "domingo", "janvier", "février", "mars", "avril", "mai", "juin",
            "juillet", "août", "septembre", "octobre", "novembre", "décembre", "lundi", "mardi", "mercredi", "jeudi",
            "vendredi", "samedi", "dimanche");

    private static final Set<String> TIMESTAMP_WORDS = Set.of("am", "pm", "a", "p", "m", "est", "edt", "cst", "cdt",
            "pst", "pdt", "gmt", "utc", "cet", "cest", "kst", "jst", "msk", "de", "del", "updated", "published",
            "actualizado", "publicado", "at", "on", "h", "hrs", "last", "posted", "edited", "modified", "publié", "le",
            "mis", "jour", "à", "modifié");

    private CalendarWords() {
    }

    /** A word a page's timestamp line may hold. */
    static boolean isCalendarWord(String lower) {
        return DATE_NAMES.contains(lower) || TIMESTAMP_WORDS.contains(lower);
    }

    /** A month or weekday name. */
    static boolean isDateName(String lower) {
        return DATE_NAMES.contains(lower);
    }
}
