package org.claimcheck.access;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Optional;

import org.jboss.logging.Logger;
import org.junit.jupiter.api.Test;

class AccessPolicyTests {

    private static final String KEY = "policy-key";
    private static final AccessPolicy WITH_KEY = new AccessPolicy(Optional.of(ApiKey.of(KEY)), false, false);

    private static int refusal(AccessPolicy policy, String method, String path, String key) {
        return assertThrows(AccessRefusedException.class, () -> policy.check(method, path, key)).status();
    }

    @Test
    void writesToTheApiNeedTheKey() {
        for (String method : new String[] {"POST", "PUT", "DELETE", "PATCH", "post"}) {
            assertEquals(401, refusal(WITH_KEY, method, "/api/articles", null), method);
            assertEquals(401, refusal(WITH_KEY, method, "/api/articles", "other"), method);
            assertDoesNotThrow(() -> WITH_KEY.check(method, "/api/articles", KEY), method);
        }
    }

    @Test
    void readsAndPreflightsAreOpenUnlessReadsAreProtected() {
        for (String method : new String[] {"GET", "HEAD", "OPTIONS"}) {
            assertDoesNotThrow(() -> WITH_KEY.check(method, "/api/articles", null), method);
        }
        AccessPolicy protectedReads = new AccessPolicy(Optional.of(ApiKey.of(KEY)), true, false);
        assertEquals(401, refusal(protectedReads, "GET", "/api/articles", null));
        assertEquals(401, refusal(protectedReads, "HEAD", "/api/articles", "other"));
        assertDoesNotThrow(() -> protectedReads.check("GET", "/api/articles", KEY));
        assertDoesNotThrow(() -> protectedReads.check("OPTIONS", "/api/articles", null), "a preflight carries no key");
    }

    @Test
    void theStatelessAnalysisIsARead() {
        for (String path : new String[] {"/api/analyze", "/api/analyze/", "//api//analyze"}) {
            assertDoesNotThrow(() -> WITH_KEY.check("POST", path, null), path);
        }
        assertEquals(401, refusal(WITH_KEY, "PUT", "/api/analyze", null), "only its POST is the analysis");
        assertEquals(401, refusal(WITH_KEY, "POST", "/api/analyze/more", null));
        assertEquals(401, refusal(WITH_KEY, "POST", "/api/articles/batch", null));
        AccessPolicy protectedReads = new AccessPolicy(Optional.of(ApiKey.of(KEY)), true, false);
        assertEquals(401, refusal(protectedReads, "POST", "/api/analyze", null));
        assertDoesNotThrow(() -> protectedReads.check("POST", "/api/analyze", KEY));
        AccessPolicy withoutKey = new AccessPolicy(Optional.empty(), false, false);
        assertDoesNotThrow(() -> withoutKey.check("POST", "/api/analyze", null), "production without a key analyzes");
    }

    @Test
    void onlyTheApiIsGuarded() {
        AccessPolicy protectedReads = new AccessPolicy(Optional.of(ApiKey.of(KEY)), true, false);
        for (String path : new String[] {"/", "/index.html", "/q/health/ready", "/q/metrics", "/q/openapi", "/apis", "/apiary/x"}) {
            assertDoesNotThrow(() -> protectedReads.check("GET", path, null), path);
        }
    }

    @Test
    void everySpellingOfAnApiPathCounts() {
        for (String path : new String[] {"/api", "/api/", "/api/articles", "//api/articles", "/API/articles", "/Api",
                "/api;v=1/articles", "api/articles"}) {
            assertTrue(AccessPolicy.underApi(path), path);
        }
        for (String path : new String[] {"/", "", "/q/health", "/apis", "/x/api/articles", "/app.js"}) {
            assertFalse(AccessPolicy.underApi(path), path);
        }
    }

    @Test
    void withoutAKeyWritesAreRefusedOrOpenAsConfigured() {
        AccessPolicy refusing = new AccessPolicy(Optional.empty(), false, false);
        assertEquals(403, refusal(refusing, "POST", "/api/articles", null));
        assertEquals(403, refusal(refusing, "DELETE", "/api/articles/1", "anything"));
        assertDoesNotThrow(() -> refusing.check("GET", "/api/articles", null));

        AccessPolicy open = new AccessPolicy(Optional.empty(), true, true);
        assertDoesNotThrow(() -> open.check("POST", "/api/articles", null));
        assertDoesNotThrow(() -> open.check("GET", "/api/articles", null));
    }

    @Test
    void refusalsSayWhatToDo() {
        AccessRefusedException missing = assertThrows(AccessRefusedException.class, () -> WITH_KEY.check("POST", "/api/x", null));
        assertEquals(Optional.of("Bearer realm=\"claimcheck\""), missing.challenge());
        AccessRefusedException disabled = assertThrows(AccessRefusedException.class,
                () -> new AccessPolicy(Optional.empty(), false, false).check("POST", "/api/x", null));
        assertEquals("Writes are disabled until CLAIMCHECK_ACCESS_API_KEY is set", disabled.getMessage());
        assertEquals(Optional.empty(), disabled.challenge());
    }

    @Test
    void theStartUpNoticeNamesTheModeAndNeverTheKey() {
        assertEquals(new AccessPolicy.Notice(Logger.Level.INFO, "API key required for writes"), WITH_KEY.notice());
        assertEquals("API key required for reads and writes",
                new AccessPolicy(Optional.of(ApiKey.of(KEY)), true, false).notice().text());
        assertEquals(new AccessPolicy.Notice(Logger.Level.WARN,
                "Writes are open to anyone: no API key configured (set CLAIMCHECK_ACCESS_API_KEY)"),
                new AccessPolicy(Optional.empty(), false, true).notice());
        AccessPolicy.Notice refusing = new AccessPolicy(Optional.empty(), false, false).notice();
        assertEquals(Logger.Level.WARN, refusing.level());
        assertTrue(refusing.text().startsWith("Writes are refused: no API key configured"), refusing.text());
    }

    @Test
    void theKeyComesFromXApiKeyOrElseABearerToken() {
        assertEquals("a", PresentedKey.from("a", "Bearer b"));
        assertEquals("b", PresentedKey.from(null, "Bearer b"));
        assertEquals("b", PresentedKey.from(" ", "bearer  b "));
        assertNull(PresentedKey.from(null, "Basic dXNlcjpwYXNz"));
        assertNull(PresentedKey.from(null, "Bearer "));
        assertNull(PresentedKey.from(null, null));
    }
}
