package org.claimcheck.ingest;

/** One thing wrong with a submitted article: the JSON field ({@code text}, {@code articles[2].outlet}) and why. */
public record FieldError(String field, String message) {
}
