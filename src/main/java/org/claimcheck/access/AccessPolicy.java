package org.claimcheck.access;

import java.util.Locale;
import java.util.Optional;

import org.jboss.logging.Logger;

/**
 * Decides from a request's method, path and presented key whether the API may serve it. Only paths under
 * {@code /api} are guarded: health, metrics, the OpenAPI description and the dashboard's files stay open. Writes
 * (every method but GET, HEAD and OPTIONS) are guarded always, reads when {@code protect-reads} is on. OPTIONS is
 * never guarded: a browser's CORS preflight carries no credentials. {@code POST /api/analyze} is a read: it only
 * computes a report over the articles it is sent and stores nothing.
 */
final class AccessPolicy {

    /** The one line the service logs at start-up about its access mode. */
    record Notice(Logger.Level level, String text) {
    }

    private final Optional<ApiKey> key;
    private final boolean protectReads;
    private final boolean openWithoutKey;

    AccessPolicy(Optional<ApiKey> key, boolean protectReads, boolean openWithoutKey) {
        this.key = key;
        this.protectReads = protectReads;
        this.openWithoutKey = openWithoutKey;
    }

    static AccessPolicy of(AccessConfig config) {
        Optional<ApiKey> key = config.apiKey().filter(k -> !k.isBlank()).map(ApiKey::of);
        return new AccessPolicy(key, config.protectReads(), config.openWritesWithoutKey());
    }

    /** @throws AccessRefusedException when the request may not be served */
    void check(String method, String path, String presentedKey) {
        boolean read = isRead(method) || isAnalysis(method, path);
        if (isPreflight(method) || !underApi(path) || (read && !protectReads)) {
            return;
        }
        if (key.isEmpty()) {
            if (openWithoutKey) {
                return;
            }
            throw AccessRefusedException.disabled(read ? "Reads" : "Writes");
        }
        if (presentedKey == null) {
            throw AccessRefusedException.keyMissing();
        }
        if (!key.get().matches(presentedKey)) {
            throw AccessRefusedException.keyWrong();
        }
    }

    Notice notice() {
        String guarded = protectReads ? "Reads and writes" : "Writes";
        if (key.isPresent()) {
            return new Notice(Logger.Level.INFO, "API key required for " + guarded.toLowerCase(Locale.ROOT));
        }
        if (openWithoutKey) {
            return new Notice(Logger.Level.WARN,
                    guarded + " are open to anyone: no API key configured (set CLAIMCHECK_ACCESS_API_KEY)");
        }
        return new Notice(Logger.Level.WARN,
                guarded + " are refused: no API key configured (set CLAIMCHECK_ACCESS_API_KEY to allow them)");
    }

    private static boolean isRead(String method) {
        return "GET".equalsIgnoreCase(method) || "HEAD".equalsIgnoreCase(method) || isPreflight(method);
    }

    /** The stateless analysis: a POST because it carries articles, but it changes nothing. */
    private static boolean isAnalysis(String method, String path) {
        return "POST".equalsIgnoreCase(method) && underApi(path)
                && path.toLowerCase(Locale.ROOT).replaceAll("/+", "/").replaceFirst("/$", "").equals("/api/analyze");
    }

    private static boolean isPreflight(String method) {
        return "OPTIONS".equalsIgnoreCase(method);
    }

    /**
     * Whether the path's first segment is {@code api}, ignoring case, repeated slashes and matrix parameters: any
     * spelling the router might still send to the API counts, and guarding one it would not costs nothing.
     */
    static boolean underApi(String path) {
        String rest = path.toLowerCase(Locale.ROOT).replaceFirst("^/+", "");
        int end = rest.indexOf('/');
        String first = end < 0 ? rest : rest.substring(0, end);
        int matrix = first.indexOf(';');
        return (matrix < 0 ? first : first.substring(0, matrix)).equals("api");
    }
}
