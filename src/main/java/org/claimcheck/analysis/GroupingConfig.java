package org.claimcheck.analysis;

import java.nio.file.Path;
import java.util.Optional;

import io.smallrye.config.ConfigMapping;

/** Which pair model groups claims. */
@ConfigMapping(prefix = "claimcheck.grouping")
public interface GroupingConfig {

    /**
     * A pair model written by the fit instead of the one shipped with the service: leave-one-story-out evaluation
     * starts the service with the model fit on every story but the one it scores.
     */
    Optional<Path> modelFile();
}
