package org.claimcheck.web;

import java.net.URI;
import java.time.Duration;
import java.util.Optional;

import io.quarkus.runtime.configuration.MemorySize;
import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** How the service names itself to clients, and the limits it sets on a request's line, headers and pace. */
@ConfigMapping(prefix = "claimcheck.http")
public interface HttpConfig {

    /**
     * The address clients reach the service at ({@code https://claims.example.org}, or with a path behind a proxy),
     * from which absolute {@code Location} headers are built. Without it they are relative references
     * ({@code /api/articles/12}): never built from the request's Host header, which the client writes.
     */
    Optional<URI> publicUrl();

    /**
     * Longest request target (path and query) answered, in characters; 414 beyond it. Must stay under
     * {@code quarkus.http.limits.max-initial-line-length}, beyond which the HTTP codec answers 414 with no body.
     */
    @WithDefault("8192")
    int maxUrlLength();

    /**
     * Most bytes of request headers answered; 431 beyond them. Must stay under {@code quarkus.http.limits.max-header-size},
     * beyond which the HTTP codec answers 431 with no body.
     */
    @WithDefault("16K")
    MemorySize maxHeaderSize();

    /** How long a request's body may take to arrive, counted from its headers; 408 and the connection closed after. */
    @WithDefault("30S")
    Duration bodyTimeout();
}
