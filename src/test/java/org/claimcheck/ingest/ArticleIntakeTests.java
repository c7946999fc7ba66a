package org.claimcheck.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;

class ArticleIntakeTests {

    private static final int LIMIT = 100;
    private final ArticleIntake intake = new ArticleIntake(LIMIT);

    private static ArticleSubmission article(String outlet, String url, String publishedAt, String language, String text) {
        return new ArticleSubmission(outlet, url, null, publishedAt, language, text, null);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', nullValues = "null", value = {
            "missing outlet      | null         | null                  | null        | null  | some text | outlet",
            "blank outlet        | '  '         | null                  | null        | null  | some text | outlet",
            "punctuation outlet  | '!!'         | null                  | null        | null  | some text | outlet",
            "missing text        | El País      | null                  | null        | null  | null      | text",
            "blank text          | El País      | null                  | null        | null  | '   '     | text",
            "relative url        | El País      | /news/1               | null        | null  | some text | url",
            "ftp url             | El País      | ftp://example.com/a   | null        | null  | some text | url",
            "broken url          | El País      | 'http://exa mple.com' | null        | null  | some text | url",
            "date words          | El País      | null                  | last week   | null  | some text | publishedAt",
            "impossible date     | El País      | null                  | 2024-02-30  | null  | some text | publishedAt",
            "language words      | El País      | null                  | null        | English | some text | language",
            "language digits     | El País      | null                  | null        | e1    | some text | language",
    })
    void namesTheFieldAtFault(String why, String outlet, String url, String publishedAt, String language, String text,
            String field) {
        InvalidArticleException e = assertThrows(InvalidArticleException.class,
                () -> intake.prepare(article(outlet, url, publishedAt, language, text), ""));
        assertEquals(List.of(field), e.errors().stream().map(FieldError::field).toList(), why);
    }

    @Test
    void reportsEveryFaultAtOnceWithTheBatchPrefix() {
        InvalidArticleException e = assertThrows(InvalidArticleException.class,
                () -> intake.prepare(article(null, "nope", "never", null, null), "articles[4]."));
        assertEquals(List.of("articles[4].outlet", "articles[4].url", "articles[4].publishedAt", "articles[4].text"),
                e.errors().stream().map(FieldError::field).toList());
    }

    @Test
    void measuresTheTextLimitInBytesOfUtf8() {
        intake.prepare(article("X", null, null, null, "a".repeat(LIMIT)), "");
        intake.prepare(article("X", null, null, null, "é".repeat(LIMIT / 2)), "");
        assertThrows(LimitExceededException.class, () -> intake.prepare(article("X", null, null, null, "a".repeat(LIMIT + 1)), ""));
        assertThrows(LimitExceededException.class, () -> intake.prepare(article("X", null, null, null, "é".repeat(LIMIT / 2 + 1)), ""));
        assertThrows(LimitExceededException.class, () -> intake.prepare(article("X", null, null, null, "😀".repeat(LIMIT / 4 + 1)), ""));
    }

    @Test
    void keepsPlainTextExactlyAsSubmitted() {
        String text = "  Line one.\r\n\r\nLine two,  with  spaces.  ";
        assertEquals(text, intake.prepare(article("X", null, null, null, text), "").text());
    }

    @Test
    void normalizesMetadata() {
        PreparedArticle prepared = intake.prepare(new ArticleSubmission("  EL PAÍS ", "HTTPS://ElPais.com:443/a/b?x=1#top",
                "  A title ", "2024-10-23", "EN-us", "text", null), "");
        assertEquals("EL PAÍS", prepared.outletName());
        assertEquals("el-pais", prepared.outletKey().value());
        assertEquals("https://elpais.com/a/b?x=1", prepared.url());
        assertEquals("A title", prepared.title());
        assertEquals("en-US", prepared.language());
        assertEquals("2024-10-23", prepared.published().toIso());
    }

    @Test
    void reducesHtmlToTextAndTakesItsTitle() {
        PreparedArticle prepared = intake.prepare(new ArticleSubmission("X", null, null, null, null,
                "<html><head><title>Headline</title></head><body><p>One.</p><p>Two.</p></body></html>", null), "");
        assertEquals("One.\n\nTwo.", prepared.text());
        assertEquals("Headline", prepared.title());
    }

    @Test
    void honoursAnExplicitFormat() {
        String markup = "<p>One.</p>";
        assertEquals(markup, intake.prepare(new ArticleSubmission("X", null, null, null, null, markup, "text"), "").text());
        assertEquals("a & b", intake.prepare(new ArticleSubmission("X", null, null, null, null, "a &amp; b", "html"), "").text());
        assertThrows(InvalidArticleException.class,
                () -> intake.prepare(new ArticleSubmission("X", null, null, null, null, markup, "pdf"), ""));
    }

    @Test
    void fingerprintIsTheUrlWhenThereIsOneElseOutletAndText() {
        String byUrl = intake.prepare(article("A", "https://x.org/1", null, null, "one"), "").fingerprint();
        assertEquals(byUrl, intake.prepare(article("B", "https://X.org/1#c", null, null, "two"), "").fingerprint());
        String byText = intake.prepare(article("El País", null, null, null, "same"), "").fingerprint();
        assertEquals(byText, intake.prepare(article("EL PAIS", null, null, null, "same"), "").fingerprint());
        assertNotEquals(byText, intake.prepare(article("Other", null, null, null, "same"), "").fingerprint());
        assertNotEquals(byText, intake.prepare(article("El País", null, null, null, "same "), "").fingerprint());
    }

    /** What PostgreSQL cannot store as sent is refused, whichever field holds it; the message says where. */
    static Stream<Arguments> unstorable() {
        return Stream.of(
                Arguments.of("NUL in text", new ArticleSubmission("X", null, null, null, null, "3,000\u0000 soldiers", null),
                        "text", "must not contain the NUL character (U+0000), found at index 5"),
                Arguments.of("NUL in outlet", new ArticleSubmission("El\u0000País", null, null, null, null, "t", null),
                        "outlet", "must not contain the NUL character (U+0000), found at index 2"),
                Arguments.of("NUL in title", new ArticleSubmission("X", null, "A\u0000", null, null, "t", null),
                        "title", "must not contain the NUL character (U+0000), found at index 1"),
                Arguments.of("NUL in url", new ArticleSubmission("X", "https://x.org/\u0000", null, null, null, "t", null),
                        "url", "must not contain the NUL character (U+0000), found at index 14"),
                Arguments.of("NUL in HTML", new ArticleSubmission("X", null, null, null, null, "<p>3\u0000</p>", "html"),
                        "text", "must not contain the NUL character (U+0000), found at index 4"),
                Arguments.of("lone high surrogate", new ArticleSubmission("X", null, null, null, null, "a\uD83D b", null),
                        "text", "holds an unpaired surrogate (U+D83D) at index 1, which is not Unicode text"),
                Arguments.of("lone low surrogate", new ArticleSubmission("X", null, null, null, null, "\uDE00", null),
                        "text", "holds an unpaired surrogate (U+DE00) at index 0, which is not Unicode text"),
                Arguments.of("reversed pair", new ArticleSubmission("X \uDE00\uD83D", null, null, null, null, "t", null),
                        "outlet", "holds an unpaired surrogate (U+DE00) at index 2, which is not Unicode text"),
                Arguments.of("outlet that folds into a key over the column", new ArticleSubmission("\uFDFA".repeat(12), null,
                        null, null, null, "t", null), "outlet", "folds into a key of 216 characters, over the limit of 200"),
                Arguments.of("url whose canonical form is over the column", new ArticleSubmission("X",
                        "https://" + "a".repeat(2040), null, null, null, "t", null), "url", "is longer than 2048 characters"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("unstorable")
    void refusesWhatTheStoreCannotKeepAsSent(String why, ArticleSubmission submission, String field, String message) {
        InvalidArticleException e = assertThrows(InvalidArticleException.class, () -> intake.prepare(submission, ""));
        assertEquals(List.of(new FieldError(field, message)), e.errors(), why);
    }

    @Test
    void keepsControlCharactersBidiMarksAndWholeSurrogatePairs() {
        String text = "Bell\u0007 3,000\u0001 \u202Esoldiers\u202C \u200F\uD83D\uDE00 \u0085\u009b";
        PreparedArticle prepared = intake.prepare(new ArticleSubmission("\u202ENews\u0007", null, "T\u0008", null, null,
                text, null), "");
        assertEquals(text, prepared.text());
        assertEquals("\u202ENews\u0007", prepared.outletName());
        assertEquals("T\u0008", prepared.title());
    }

    @Test
    void cutsAnOverlongHtmlTitleBetweenCharactersNotInsideOne() {
        String title = "a".repeat(999) + "\uD83D\uDE00" + "b";
        PreparedArticle prepared = new ArticleIntake(100_000).prepare(new ArticleSubmission("X", null, null, null, null,
                "<html><head><title>" + title + "</title></head><body><p>One.</p></body></html>", null), "");
        assertEquals("a".repeat(999), prepared.title());
    }

    @Test
    void absentOptionalFieldsStayAbsent() {
        PreparedArticle prepared = intake.prepare(article("X", " ", "", null, "t"), "");
        assertNull(prepared.url());
        assertNull(prepared.published());
        assertNull(prepared.language());
        assertNull(prepared.title());
    }
}
