package org.claimcheck.extract;

import org.claimcheck.normalize.ValueNormalizer;

/**
 * Finds every claim with a checkable value in an article: the one entry point of {@code extract}.
 * Plain Java, thread-safe, no state between calls.
 */
public final class ClaimExtractor {

    private final ValueNormalizer normalizer = new ValueNormalizer();

    public ArticleClaims extract(ArticleInput article) {
        return new ArticleAnalysis(article, normalizer).run(Integer.MAX_VALUE);
    }

    /**
     * {@link #extract(ArticleInput)}, giving up as soon as the article proves to hold more than {@code maxClaims}
     * claims, so that a text made of figures costs no more memory than the limit allows.
     *
     * @throws TooManyClaimsException when it holds more
     */
    public ArticleClaims extract(ArticleInput article, int maxClaims) {
        return new ArticleAnalysis(article, normalizer).run(maxClaims);
    }
}
