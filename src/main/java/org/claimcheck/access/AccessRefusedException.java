package org.claimcheck.access;

import java.util.Optional;

/**
 * A request the access rules refuse: 401 with a challenge when the key is missing or wrong, 403 when the service
 * takes no such requests at all (no key configured). The message is the problem's detail; it never holds a key.
 */
public final class AccessRefusedException extends RuntimeException {

    private static final String CHALLENGE = "Bearer realm=\"claimcheck\"";

    private final int status;
    private final String challenge;

    private AccessRefusedException(int status, String detail, String challenge) {
        // No stack trace: a refusal is an answer, not a fault, and a client may ask for many.
        super(detail, null, false, false);
        this.status = status;
        this.challenge = challenge;
    }

    static AccessRefusedException keyMissing() {
        return new AccessRefusedException(401,
                "This request needs the API key, sent as 'Authorization: Bearer <key>' or 'X-API-Key: <key>'", CHALLENGE);
    }

    static AccessRefusedException keyWrong() {
        return new AccessRefusedException(401, "The API key sent is not valid", CHALLENGE);
    }

    static AccessRefusedException disabled(String what) {
        return new AccessRefusedException(403, what + " are disabled until CLAIMCHECK_ACCESS_API_KEY is set", null);
    }

    /** 401 or 403. */
    public int status() {
        return status;
    }

    /** The {@code WWW-Authenticate} value a 401 carries. */
    public Optional<String> challenge() {
        return Optional.ofNullable(challenge);
    }
}
