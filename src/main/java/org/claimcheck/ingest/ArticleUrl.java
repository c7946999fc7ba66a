package org.claimcheck.ingest;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.Locale;
import java.util.Optional;

/**
 * The canonical form of an article's address, so that trivially different spellings of one URL
 * ("HTTPS://Example.com:443/a#comments" and "https://example.com/a") name the same article.
 */
final class ArticleUrl {

    private ArticleUrl() {
    }

    /** The canonical URL, or empty when the text is not an absolute http(s) URL. */
    static Optional<String> canonical(String raw) {
        URI uri;
        try {
            uri = new URI(raw.strip());
        } catch (URISyntaxException e) {
            return Optional.empty();
        }
        String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
        if (!scheme.equals("http") && !scheme.equals("https") || uri.getHost() == null) {
            return Optional.empty();
        }
        int port = uri.getPort();
        boolean defaultPort = port == -1 || scheme.equals("http") && port == 80 || scheme.equals("https") && port == 443;
        StringBuilder url = new StringBuilder(raw.length())
                .append(scheme).append("://").append(uri.getHost().toLowerCase(Locale.ROOT));
        if (!defaultPort) {
            url.append(':').append(port);
        }
        String path = uri.getRawPath();
        url.append(path == null || path.isEmpty() ? "/" : path);
        if (uri.getRawQuery() != null) {
            url.append('?').append(uri.getRawQuery());
        }
        return Optional.of(url.toString());
    }
}
