package org.claimcheck.ingest;

/** Fired inside the transaction that deletes an article, before it is gone, for what derives data from it. */
public record ArticleDeleting(long articleId) {
}
