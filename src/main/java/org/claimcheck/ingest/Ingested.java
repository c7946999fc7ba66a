package org.claimcheck.ingest;

/** The stored article a submission resolved to, and whether this submission created it. */
public record Ingested(Article article, boolean created) {
}
