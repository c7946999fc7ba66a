package org.claimcheck.extract;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;
import java.util.function.IntFunction;
import java.util.stream.Stream;

import org.claimcheck.normalize.Language;
import org.claimcheck.normalize.Mention;
import org.claimcheck.normalize.ValueNormalizer;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Hostile texts of up to a megabyte (the service's text limit is 1 MiB): extraction and normalization must not
 * throw, must return spans inside the text, and must take time linear in the text's length. Each pattern runs at
 * 128 Ki and 1 Mi chars, after one untimed warm-up run at the small size; the large run may take at most
 * {@value #RATIO} times the small one plus {@value #SLACK_MILLIS} ms (linear is 8 times, quadratic 64), and at most
 * {@value #CAP_SECONDS} s. Time is the test thread's CPU time, so other processes on a busy machine do not count.
 */
class AdversarialInputTests {

    static final int SMALL = 128 * 1024;
    static final int LARGE = 1024 * 1024;
    /** Linear is 8 times; quadratic, what catastrophic backtracking gives, would be 64. */
    static final int RATIO = 20;
    static final long SLACK_MILLIS = 200;
    static final long CAP_SECONDS = 10;

    static final LocalDate PUBLISHED = LocalDate.of(2024, 6, 19);

    private final ClaimExtractor extractor = new ClaimExtractor();
    private final ValueNormalizer normalizer = new ValueNormalizer();

    /** A named text shape that can be made at any length. */
    record Pattern(String name, IntFunction<String> ofLength) {
        @Override
        public String toString() {
            return name;
        }
    }

    static Stream<Pattern> patterns() {
        return Stream.of(
                new Pattern("1,1,1,1,...", n -> repeat("1,", n)),
                new Pattern("1.1.1.1...", n -> repeat("1.", n)),
                new Pattern("9999... (one digit run)", n -> repeat("9", n)),
                new Pattern("spaces, then a number", n -> " ".repeat(n - 20) + "then 3,000 soldiers."),
                new Pattern("$$$$...", n -> repeat("$", n)),
                new Pattern("-1-1-1-1...", n -> repeat("-1", n)),
                new Pattern("between 1 and between 1 and ...", n -> repeat("between 1 and ", n)),
                new Pattern("nested parentheses", n -> "(1 ".repeat(n / 4) + ")".repeat(n / 4)),
                new Pattern("one sentence without a period",
                        n -> repeat("the army said 3,000 soldiers crossed the border on June 11 and ", n)),
                new Pattern("many short lines", n -> repeat("3 dead\n", n)),
                new Pattern("twenty-twenty-twenty-...", n -> repeat("twenty-", n)),
                new Pattern("mixed Unicode: bidi marks, surrogate pairs, combining marks, other digits", n -> repeat(
                        "\u200F3,000\u200E soldiers \u202Eonly 12\u202C \uD83D\uDE00 \uD835\uDFD7\uD835\uDFD7 e\u0301"
                                + " 1\u0301\u0308,000 \u0663\u0660\u0660\u0660 \uFF13\uFF0C\uFF10\uFF10\uFF10"
                                + " 5\u00A0000 \u2067$5\u2069 \u200D% ", n)),
                new Pattern("unpaired surrogates",
                        n -> repeat("\uD83D1,000 \uDE00 2 \uD800\uD800$5 \uDFFF% 12\uDBFF.", n)),
                new Pattern("1 000 000 000 ... (one space-grouped number)", n -> "1" + repeat(" 000", n - 1)),
                new Pattern("d'd'd'd'... (elisions)", n -> repeat("d'", n)),
                new Pattern("vingt-vingt-vingt-...", n -> repeat("vingt-", n)),
                new Pattern("vingt et vingt et ...", n -> repeat("vingt et ", n)),
                new Pattern("passé de 1 à passé de 1 à ...", n -> repeat("passé de 1 à ", n)),
                new Pattern("rose from 1 to rose from 1 to ...", n -> repeat("rose from 1 to ", n)),
                new Pattern("du vendredi 8 au du vendredi 8 au ...", n -> repeat("du vendredi 8 au ", n)),
                new Pattern("one French sentence without a period", n -> repeat(
                        "le bilan est passé de 2 012 à 2 946 morts selon le ministère vendredi 8 septembre et ", n)),
                new Pattern("357people357people...", n -> repeat("357people", n)));
    }

    static Stream<Arguments> patternsInEveryLanguage() {
        return patterns().flatMap(p -> Stream.of(Language.values()).map(language -> Arguments.of(p, language)));
    }

    /** {@code unit} repeated to about {@code length} chars (whole units, so surrogate pairs stay whole). */
    private static String repeat(String unit, int length) {
        return unit.repeat(Math.max(1, length / unit.length()));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("patterns")
    @Timeout(value = 60, threadMode = Timeout.ThreadMode.SEPARATE_THREAD)
    void extractionIsLinearAndKeepsItsSpansInsideTheText(Pattern pattern) {
        // No language tag: language detection is run on the hostile text too.
        checkLinear(pattern, text -> extractor.extract(new ArticleInput(text, null, PUBLISHED)),
                (text, claims) -> checkClaims(pattern, text, claims));
    }

    @ParameterizedTest(name = "{0}, {1}")
    @MethodSource("patternsInEveryLanguage")
    @Timeout(value = 60, threadMode = Timeout.ThreadMode.SEPARATE_THREAD)
    void normalizationIsLinearAndKeepsItsSpansInsideTheText(Pattern pattern, Language language) {
        checkLinear(pattern, text -> normalizer.findAll(text, 0, text.length(), language, PUBLISHED),
                (text, mentions) -> checkMentions(pattern, text, mentions));
    }

    interface Check<R> {
        void check(String text, R result);
    }

    private static <R> void checkLinear(Pattern pattern, Function<String, R> operation, Check<R> check) {
        String small = pattern.ofLength().apply(SMALL);
        String large = pattern.ofLength().apply(LARGE);

        check.check(small, run(pattern, operation, small));
        long smallNanos = timed(pattern, operation, small, check);
        long cap = TimeUnit.SECONDS.toNanos(CAP_SECONDS);
        if (smallNanos * ((long) large.length() / small.length()) > cap) {
            fail(pattern + ": " + millis(smallNanos) + " ms for " + small.length()
                    + " chars; even linear, the large text would take over " + CAP_SECONDS + " s");
        }
        long largeNanos = timed(pattern, operation, large, check);
        long allowed = RATIO * smallNanos + TimeUnit.MILLISECONDS.toNanos(SLACK_MILLIS);
        assertAll(
                () -> assertTrue(largeNanos <= cap, () -> pattern + ": " + millis(largeNanos) + " ms for "
                        + large.length() + " chars, over the cap of " + CAP_SECONDS + " s"),
                () -> assertTrue(largeNanos <= allowed, () -> pattern + ": not linear: " + millis(smallNanos)
                        + " ms for " + small.length() + " chars but " + millis(largeNanos) + " ms for "
                        + large.length() + " (allowed " + millis(allowed) + " ms)"));
    }

    /**
     * The best of a few runs, in this thread's CPU time: waiting for a core (other builds on the machine) does not
     * count, and a pause of the collector or of another thread in the same JVM only ever adds time, so the minimum
     * is the run's own cost.
     */
    private static <R> long timed(Pattern pattern, Function<String, R> operation, String text, Check<R> check) {
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        long best = Long.MAX_VALUE;
        for (int attempt = 0; attempt < TIMED_RUNS; attempt++) {
            long start = threads.getCurrentThreadCpuTime();
            R result = run(pattern, operation, text);
            best = Math.min(best, threads.getCurrentThreadCpuTime() - start);
            if (attempt == 0) {
                check.check(text, result);
            }
        }
        return best;
    }

    private static final int TIMED_RUNS = 3;

    private static <R> R run(Pattern pattern, Function<String, R> operation, String text) {
        R result = assertDoesNotThrow(() -> operation.apply(text), () -> pattern + " at " + text.length() + " chars");
        assertNotNull(result, () -> pattern + " at " + text.length() + " chars");
        return result;
    }

    private static void checkClaims(Pattern pattern, String text, ArticleClaims result) {
        List<Claim> claims = result.claims();
        int previousStart = 0;
        for (Claim claim : claims) {
            String where = pattern + " at " + text.length() + " chars: claim " + claim.start() + ".." + claim.end();
            assertTrue(0 <= claim.start() && claim.start() < claim.end() && claim.end() <= text.length(),
                    () -> where + " is not a span inside the text");
            assertEquals(text.substring(claim.start(), claim.end()), claim.text(), () -> where + ": wrong text");
            assertTrue(claim.start() >= previousStart, () -> where + " is out of text order");
            previousStart = claim.start();
        }
    }

    private static void checkMentions(Pattern pattern, String text, List<Mention> mentions) {
        int previousEnd = 0;
        for (Mention mention : mentions) {
            String where = pattern + " at " + text.length() + " chars: mention " + mention.start() + ".."
                    + mention.end();
            assertTrue(0 <= mention.start() && mention.start() < mention.end() && mention.end() <= text.length(),
                    () -> where + " is not a span inside the text");
            assertTrue(mention.start() >= previousEnd, () -> where + " overlaps or precedes the mention before it");
            previousEnd = mention.end();
        }
    }

    private static long millis(long nanos) {
        return TimeUnit.NANOSECONDS.toMillis(nanos);
    }
}
