package org.claimcheck.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.claimcheck.normalize.Token;
import org.claimcheck.normalize.Tokenizer;

/**
 * Marks the parts of a page that are not the article: subscription and cookie notices, copyright lines,
 * share buttons and teasers, photo credits, the page's own timestamp, and web addresses. Values inside them
 * yield no claims. A photo caption that states facts keeps them; only its credit is masked.
 */
final class Furniture {

    /** A masked span, end exclusive. */
    record Span(int start, int end) {
    }

    /** A line holding any of these is furniture as a whole. */
    private static final List<String> LINE_MARKERS = List.of(
            "©", "copyright", "all rights reserved", "todos los derechos", "privacy policy", "política de privacidad",
            "terms of use", "terms and conditions", "términos y condiciones", "like us on", "follow us", "síguenos",
            "related content", "related articles", ">>>", "te puede interesar", "you may be interested",
            "you may also like", "recomendaciones", "leave a reply", "your homepage", "real time analytics",
            "images source", "image source", "archived in");

    /** Words that mark furniture only in a short line: prose may well mention a subscription or an advertisement. */
    private static final List<String> SHORT_LINE_MARKERS = List.of(
            "subscribe", "subscription", "suscripción", "suscribete", "suscríbete", "newsletter", "sign up", "log in",
            "regístrate", "cookie", "share on", "share this", "compartir en", "read more", "see more", "leer más",
            "lee también", "advertisement", "publicidad", "more information", "click here", "haz clic",
            "download the app", "descarga la app");

    private static final int SHORT_LINE_CHARS = 200;

    /** Words of a credit that follows a caption after a dash: "- REUTERS/ JEON HEON-KYUN", "- AFP/ YONHAP". */
    private static final List<String> CREDIT_AGENCIES = List.of("reuters", "afp", "ap", "efe", "europa press", "getty",
            "epa", "yonhap", "kcna", "sputnik", "pool", "photo", "foto", "ansa", "dpa", "xinhua", "anadolu", "bloomberg");

    private Furniture() {
    }

    static List<Span> find(String text) {
        List<Span> spans = new ArrayList<>();
        int lineStart = 0;
        int n = text.length();
        while (lineStart <= n) {
            int lineEnd = text.indexOf('\n', lineStart);
            if (lineEnd < 0) {
                lineEnd = n;
            }
            inspectLine(text, lineStart, lineEnd, spans);
            lineStart = lineEnd + 1;
        }
        spans.sort(java.util.Comparator.comparingInt(Span::start));
        return spans;
    }

    private static void inspectLine(String text, int start, int end, List<Span> spans) {
        if (end <= start) {
            return;
        }
        String line = text.substring(start, end).toLowerCase(Locale.ROOT);
        for (String marker : LINE_MARKERS) {
            if (line.contains(marker)) {
                spans.add(new Span(start, end));
                return;
            }
        }
        if (line.length() <= SHORT_LINE_CHARS) {
            for (String marker : SHORT_LINE_MARKERS) {
                if (line.contains(marker)) {
                    spans.add(new Span(start, end));
                    return;
                }
            }
        }
        if (isTimestampLine(text, start, end)) {
            spans.add(new Span(start, end));
            return;
        }
        maskAddresses(line, start, spans);
        maskCredits(line, start, spans);
    }

    /** "05/17/2024 08:02:50 am", "6:33 AM EST, December 18, 2024": a line that is only a date and time. */
    private static boolean isTimestampLine(String text, int start, int end) {
        if (end - start > 100) {
            return false;
        }
        List<Token> tokens = Tokenizer.tokenize(text, start, end);
        boolean number = false;
        boolean clockOrSlash = false;
        for (Token token : tokens) {
            if (token.isNumber()) {
                number = true;
            } else if (token.text().equals(":") || token.text().equals("/")) {
                clockOrSlash = true;
            } else if (token.isWord() && !CalendarWords.isCalendarWord(token.lower())) {
                return false;
            }
        }
        return number && (clockOrSlash || tokens.size() <= 6);
    }

    private static void maskAddresses(String line, int offset, List<Span> spans) {
        int from = 0;
        while (from < line.length()) {
            int http = line.indexOf("http", from);
            int www = line.indexOf("www.", from);
            int at = http < 0 ? www : www < 0 ? http : Math.min(http, www);
            if (at < 0) {
                return;
            }
            int stop = at;
            while (stop < line.length() && !Character.isWhitespace(line.charAt(stop))) {
                stop++;
            }
            spans.add(new Span(offset + at, offset + stop));
            from = stop;
        }
    }

    /** "(Photo : Photo by X/Getty Images)" and a trailing " - AGENCY/ NAME" credit. */
    private static void maskCredits(String line, int offset, List<Span> spans) {
        int photo = line.indexOf("(photo");
        if (photo < 0) {
            photo = line.indexOf("(foto");
        }
        if (photo >= 0) {
            int close = line.indexOf(')', photo);
            spans.add(new Span(offset + photo, offset + (close < 0 ? line.length() : close + 1)));
        }
        int dash = line.lastIndexOf(" - ");
        if (dash >= 0) {
            String tail = line.substring(dash + 3).strip();
            for (String agency : CREDIT_AGENCIES) {
                if (tail.startsWith(agency) && tail.indexOf('/') >= 0) {
                    spans.add(new Span(offset + dash, offset + line.length()));
                    return;
                }
            }
        }
    }
}
