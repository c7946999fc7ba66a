package org.claimcheck.ingest;

import java.util.Set;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.NodeTraversor;
import org.jsoup.select.NodeVisitor;

/**
 * Reduces an HTML page or fragment to the plain text a reader sees, one paragraph per block element,
 * separated by a blank line. Scripts, styles and other non-content elements are dropped.
 * jsoup does the parsing (it copes with the broken markup real pages carry); this class only decides
 * where the line breaks go, which jsoup's own {@code text()} flattens away.
 */
public final class HtmlToText {

    /** What came out of the markup: the text, and the page's title when it had one. */
    public record Result(String text, String title) {
    }

    private static final Set<String> DROPPED = Set.of(
            "script", "style", "noscript", "template", "iframe", "svg", "canvas", "object", "embed", "head",
            "button", "select", "input", "textarea", "form");

    private static final Set<String> BLOCKS = Set.of(
            "p", "div", "section", "article", "main", "header", "footer", "aside", "nav", "blockquote", "pre",
            "h1", "h2", "h3", "h4", "h5", "h6", "ul", "ol", "li", "dl", "dt", "dd", "table", "thead", "tbody",
            "tfoot", "tr", "figure", "figcaption", "address", "hr", "details", "summary", "caption", "body");

    private static final Set<String> LINES = Set.of("br", "td", "th");

    private HtmlToText() {
    }

    /** Does this text look like markup rather than prose? Only a whole document or fragment wrapped in tags counts. */
    public static boolean looksLikeHtml(String text) {
        String trimmed = text.strip();
        return trimmed.length() > 2 && trimmed.charAt(0) == '<' && trimmed.charAt(trimmed.length() - 1) == '>';
    }

    public static Result convert(String html) {
        Document document = Jsoup.parse(html);
        String title = document.title().strip();
        if (title.isEmpty()) {
            Element heading = document.selectFirst("h1");
            title = heading == null ? "" : heading.text().strip();
        }
        Element body = document.body();
        body.select(String.join(",", DROPPED)).remove();
        TextCollector collector = new TextCollector();
        NodeTraversor.traverse(collector, body);
        return new Result(collector.text(), title.isEmpty() ? null : title);
    }

    /** Collapses white space, and writes a line or paragraph break at element edges only when more text follows. */
    private static final class TextCollector implements NodeVisitor {
        private final StringBuilder out = new StringBuilder();
        private int pendingBreaks;
        private boolean pendingSpace;

        @Override
        public void head(Node node, int depth) {
            if (node instanceof TextNode text) {
                appendWords(text.getWholeText());
            } else if (node instanceof Element element) {
                requestBreak(element.normalName());
            }
        }

        @Override
        public void tail(Node node, int depth) {
            if (node instanceof Element element) {
                requestBreak(element.normalName());
            }
        }

        private void requestBreak(String tag) {
            if (BLOCKS.contains(tag)) {
                pendingBreaks = 2;
            } else if (LINES.contains(tag)) {
                pendingBreaks = Math.max(pendingBreaks, 1);
            }
        }

        private void appendWords(String raw) {
            for (int i = 0; i < raw.length(); i++) {
                char c = raw.charAt(i);
                if (Character.isWhitespace(c) || c == '\u00a0') {
                    pendingSpace = true;
                    continue;
                }
                if (out.length() > 0) {
                    if (pendingBreaks > 0) {
                        out.append(pendingBreaks == 2 ? "\n\n" : "\n");
                    } else if (pendingSpace) {
                        out.append(' ');
                    }
                }
                pendingBreaks = 0;
                pendingSpace = false;
                out.append(c);
            }
        }

        String text() {
            return out.toString();
        }
    }
}
