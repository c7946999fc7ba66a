package org.claimcheck.extract;

import org.claimcheck.normalize.ValueNormalizer;

/**
 * Finds every claim with a checkable value in an article: the one entry point of {@code extract}.
 * Plain Java, thread-safe, no state between calls.
 */
public final class ClaimExtractor {

    private final ValueNormalizer normalizer = new ValueNormalizer();

    public ArticleClaims extract(ArticleInput article) {
        return new ArticleAnalysis(article, normalizer).run();
    }
}
