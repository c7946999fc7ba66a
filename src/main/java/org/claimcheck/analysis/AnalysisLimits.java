package org.claimcheck.analysis;

import java.time.Duration;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/**
 * How much one analysis takes on; texts are bounded by {@code claimcheck.ingest.max-text-bytes}, as in the store.
 * Cross-checking is quadratic in the claims compared, so the claims, the pairs compared, the time and the analyses
 * running at once are all bounded: together they bound the memory and the time one request can take.
 */
@ConfigMapping(prefix = "claimcheck.analyze")
public interface AnalysisLimits {

    /** Most articles in one analysis: those of a {@code POST /api/analyze}, or the stored ones of a report. */
    @WithDefault("50")
    int maxArticles();

    /** Most claims with checkable values in all the articles of one analysis. */
    @WithDefault("3000")
    int maxClaims();

    /** Most pairs of claims one analysis compares (claims of one kind from different articles). */
    @WithDefault("1000000")
    long maxComparisons();

    /** Longest one analysis may take, from when it starts running. */
    @WithDefault("15S")
    Duration timeBudget();

    /** Analyses that run at once; others wait for one to end, at most for the time budget. */
    @WithDefault("2")
    int concurrent();
}
