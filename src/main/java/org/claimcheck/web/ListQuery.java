package org.claimcheck.web;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Optional;

import org.claimcheck.ingest.ArticleFilter;
import org.claimcheck.ingest.OutletKey;
import org.claimcheck.ingest.PageRequest;

/**
 * Reads the listing's query parameters. They arrive as text and are parsed here, so that a bad value
 * is a 400 naming the parameter rather than the 404 JAX-RS gives for unconvertible parameters.
 */
final class ListQuery {

    static final int DEFAULT_PAGE_SIZE = 20;

    private ListQuery() {
    }

    static PageRequest page(String page, String size) {
        int pageSize = integer("size", size, DEFAULT_PAGE_SIZE, 1, PageRequest.MAX_SIZE);
        // The first row of the page, page × size, must be an int for the database query.
        int index = integer("page", page, 0, 0, Integer.MAX_VALUE / pageSize);
        return new PageRequest(index, pageSize);
    }

    static ArticleFilter filter(String outlet, String publishedFrom, String publishedTo) {
        Optional<OutletKey> outletKey = Optional.empty();
        if (outlet != null && !outlet.isBlank()) {
            outletKey = Optional.of(OutletKey.of(outlet)
                    .orElseThrow(() -> new BadParameterException("outlet", "must contain a letter or a digit")));
        }
        Optional<LocalDate> from = date("publishedFrom", publishedFrom);
        Optional<LocalDate> to = date("publishedTo", publishedTo);
        if (from.isPresent() && to.isPresent() && from.get().isAfter(to.get())) {
            throw new BadParameterException("publishedFrom", "is after publishedTo");
        }
        return new ArticleFilter(outletKey, from, to);
    }

    private static int integer(String name, String value, int fallback, int min, int max) {
        if (value == null || value.isBlank()) {
            return fallback;
        }
        try {
            int parsed = Integer.parseInt(value.strip());
            if (parsed >= min && parsed <= max) {
                return parsed;
            }
        } catch (NumberFormatException e) {
            // reported below, with the accepted range
        }
        String range = "a whole number from " + min + " to " + max;
        throw new BadParameterException(name, "must be " + range);
    }

    private static Optional<LocalDate> date(String name, String value) {
        if (value == null || value.isBlank()) {
            return Optional.empty();
        }
        LocalDate day;
        try {
            day = LocalDate.parse(value.strip());
        } catch (DateTimeParseException e) {
            throw new BadParameterException(name, "must be an ISO date such as 2024-06-19");
        }
        if (day.getYear() < 1 || day.getYear() > 9999) {
            // java.time reads "+999999999-12-31"; PostgreSQL refuses to compare with a day that far out.
            throw new BadParameterException(name, "must be a day from 0001-01-01 to 9999-12-31");
        }
        return Optional.of(day);
    }
}
