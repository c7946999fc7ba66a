package org.claimcheck.access;

/** The key a request presents, from {@code X-API-Key} or else from an {@code Authorization: Bearer} header. */
final class PresentedKey {

    private static final String BEARER = "Bearer ";

    private PresentedKey() {
    }

    /** @return the key, or null when the request sends none */
    static String from(String apiKeyHeader, String authorization) {
        if (apiKeyHeader != null && !apiKeyHeader.isBlank()) {
            return apiKeyHeader.strip();
        }
        // The scheme name is case-insensitive (RFC 9110); other schemes (Basic from a proxy, say) are not ours.
        if (authorization != null && authorization.regionMatches(true, 0, BEARER, 0, BEARER.length())) {
            String token = authorization.substring(BEARER.length()).strip();
            return token.isEmpty() ? null : token;
        }
        return null;
    }
}
