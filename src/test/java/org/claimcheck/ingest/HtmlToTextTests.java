package org.claimcheck.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class HtmlToTextTests {

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', quoteCharacter = '"', value = {
            "<p>One.</p><p>Two.</p>                                    | One.\\n\\nTwo.",
            "<div>First</div>\\n\\n   <div>Second</div>                 | First\\n\\nSecond",
            "<p>A <b>bold</b> claim</p>                                | A bold claim",
            "<p>Split<b>word</b></p>                                   | Splitword",
            "<p>Line one<br>line two</p>                               | Line one\\nline two",
            "<p>  lots   of\\n\\t spaces  </p>                          | lots of spaces",
            "<h1>Title</h1><p>Body</p>                                 | Title\\n\\nBody",
            "<ul><li>one</li><li>two</li></ul>                         | one\\n\\ntwo",
            "<p>Before</p><script>var x = '<p>no</p>';</script><p>After</p> | Before\\n\\nAfter",
            "<style>p { color: red }</style><p>Styled</p>              | Styled",
            "<p>5 &lt; 7 &amp; 3 &gt; 2</p>                            | 5 < 7 & 3 > 2",
            "<p>nearly&nbsp;3,000 soldiers</p>                         | nearly 3,000 soldiers",
            "<figure><img src=x><figcaption>Caption text</figcaption></figure><p>Body</p> | Caption text\\n\\nBody",
            "<table><tr><td>a</td><td>b</td></tr></table>              | a\\nb",
            "<p>unclosed<p>paragraphs                                  | unclosed\\n\\nparagraphs",
            "<p><!-- a comment -->Visible</p>                          | Visible",
            "<html><head><title>T</title></head><body><p>x</p></body></html> | x",
    })
    void keepsParagraphBreaksAndDropsMarkup(String html, String text) {
        assertEquals(unescape(text), HtmlToText.convert(unescape(html)).text());
    }

    @Test
    void takesTheTitleFromTheTitleElementOrTheFirstHeading() {
        assertEquals("Page title", HtmlToText.convert("<html><head><title> Page title </title></head><body><h1>H</h1></body></html>").title());
        assertEquals("Heading", HtmlToText.convert("<article><h1>Heading</h1><p>x</p></article>").title());
        assertNull(HtmlToText.convert("<p>no title here</p>").title());
    }

    @ParameterizedTest
    @ValueSource(strings = {"<p>x</p>", "  <html><body>x</body></html>\n", "<!doctype html><p>x</p>", "<div>\n<p>x</p>\n</div>"})
    void recognisesMarkup(String text) {
        assertTrue(HtmlToText.looksLikeHtml(text));
    }

    @ParameterizedTest
    @ValueSource(strings = {"Plain text.", "x < 5 and y > 3", "<not closed", "Ends with a tag <b>", "<>"})
    void leavesProseAlone(String text) {
        assertFalse(HtmlToText.looksLikeHtml(text));
    }

    private static String unescape(String text) {
        return text.replace("\\n", "\n").replace("\\t", "\t");
    }
}
