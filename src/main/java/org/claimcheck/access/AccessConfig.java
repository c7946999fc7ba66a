package org.claimcheck.access;

import java.util.Optional;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** Who may call the API: the key that writes (and, if asked, reads) need, and what happens without one. */
@ConfigMapping(prefix = "claimcheck.access")
public interface AccessConfig {

    /** The API key ({@code CLAIMCHECK_ACCESS_API_KEY}); blank counts as not configured. Never logged. */
    Optional<String> apiKey();

    /** Reads of the API need the key too. */
    @WithDefault("false")
    boolean protectReads();

    /**
     * Without a key, let every request through instead of refusing writes: on in dev and test, so that a first run
     * and the test suite need no key; off in production, where a forgotten key must not leave the store writable.
     */
    @WithDefault("false")
    boolean openWritesWithoutKey();
}
