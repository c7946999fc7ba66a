package org.claimcheck.ingest;

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
}
