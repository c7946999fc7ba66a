package org.claimcheck.ingest;

/** Fired after a new article is committed to the store, for what derives data from articles. */
public record ArticleStored(long articleId) {
}
