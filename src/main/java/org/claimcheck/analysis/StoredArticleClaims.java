package org.claimcheck.analysis;

import org.claimcheck.extract.ArticleClaims;
import org.claimcheck.ingest.Article;

/** A stored article and the claims extracted from it just now (claims are derived on request, never stored). */
public record StoredArticleClaims(Article article, ArticleClaims claims) {
}
