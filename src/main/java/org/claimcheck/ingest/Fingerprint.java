package org.claimcheck.ingest;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/** What makes two submissions the same article: its URL when it has one, else its outlet and exact text. */
final class Fingerprint {

    private Fingerprint() {
    }

    static String of(String canonicalUrl, OutletKey outlet, String text) {
        String identity = canonicalUrl != null ? "url\n" + canonicalUrl : "text\n" + outlet.value() + "\n" + text;
        return sha256(identity);
    }

    private static String sha256(String text) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime provides SHA-256", e);
        }
    }
}
