package org.claimcheck.ingest;

import java.time.Duration;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** How much the service accepts in one submission. */
@ConfigMapping(prefix = "claimcheck.ingest")
public interface IngestLimits {

    /** Longest article text, in bytes of UTF-8. */
    @WithDefault("1048576")
    long maxTextBytes();

    /** Most articles in one batch request. */
    @WithDefault("200")
    int maxBatchSize();

    /** Most claims with checkable values in one article: a text of nothing but figures is refused, not stored. */
    @WithDefault("3000")
    int maxClaimsPerArticle();

    /**
     * Longest the grouping of one request's new claims with the stored ones may take; the request is refused, and
     * nothing of it kept, beyond.
     */
    @WithDefault("20S")
    Duration timeBudget();

    /**
     * Most links one request's new claims may make with each other and the stored claims (a link: two claims found to
     * state the same fact). The store keeps every link in memory; news gives a claim a few, a text of nothing but
     * figures can give each thousands.
     */
    @WithDefault("500000")
    long maxLinksPerWrite();
}
