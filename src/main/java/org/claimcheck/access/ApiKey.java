package org.claimcheck.access;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;

/**
 * The configured API key, kept only as its SHA-256 digest. A presented key is compared digest to digest with
 * {@link MessageDigest#isEqual}, whose time does not depend on where the bytes differ; comparing fixed-length
 * digests rather than the strings also keeps the key's length from showing in the time taken.
 */
final class ApiKey {

    private final byte[] digest;

    private ApiKey(byte[] digest) {
        this.digest = digest;
    }

    /** @param key the configured key, neither null nor blank; surrounding whitespace is dropped, as HTTP drops it from headers */
    static ApiKey of(String key) {
        if (key == null || key.isBlank()) {
            throw new IllegalArgumentException("an API key is not blank");
        }
        return new ApiKey(sha256(key.strip()));
    }

    /** Whether the presented key is this one; null (no key sent) never is. */
    boolean matches(String presented) {
        if (presented == null) {
            return false;
        }
        return MessageDigest.isEqual(digest, sha256(presented.strip()));
    }

    @Override
    public String toString() {
        return "ApiKey[redacted]";
    }

    private static byte[] sha256(String text) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java platform has SHA-256", e);
        }
    }
}
