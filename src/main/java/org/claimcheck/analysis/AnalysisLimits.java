package org.claimcheck.analysis;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** How much one analysis takes on; texts are bounded by {@code claimcheck.ingest.max-text-bytes}, as in the store. */
@ConfigMapping(prefix = "claimcheck.analyze")
public interface AnalysisLimits {

    /** Most articles in one analysis: those of a {@code POST /api/analyze}, or the stored ones of a report. */
    @WithDefault("50")
    int maxArticles();
}
