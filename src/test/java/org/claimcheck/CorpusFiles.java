package org.claimcheck;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * The evaluation corpora, read as {@code score.py} reads them: every {@code *.txt} of a corpus directory in name
 * order, header lines ({@code outlet:}, {@code url:}, {@code published:}, where {@code unknown} means none) up to
 * the first blank line, then the body exactly as a client submits it.
 */
public final class CorpusFiles {

    /** The shared corpora beside the report contract, and the project's own. */
    public static final List<Path> ROOTS = List.of(Path.of("../shared/eval/corpus"), Path.of("claims-fixtures/corpora"));

    private CorpusFiles() {
    }

    public record CorpusArticle(String file, String outlet, String url, String publishedAt, String text) {

        /** The article as a request body of POST /api/articles or an element of POST /api/analyze. */
        public Map<String, Object> body() {
            Map<String, Object> body = new HashMap<>();
            body.put("outlet", outlet);
            body.put("url", url);
            body.put("publishedAt", publishedAt);
            body.put("text", text);
            return body;
        }
    }

    public record Corpus(String name, List<CorpusArticle> articles) {
        @Override
        public String toString() {
            return name;
        }
    }

    /** Every corpus directory under the roots that exist, in name order. */
    public static List<Corpus> all() {
        List<Corpus> corpora = new ArrayList<>();
        for (Path root : ROOTS) {
            if (!Files.isDirectory(root)) {
                continue;
            }
            try (Stream<Path> dirs = Files.list(root)) {
                for (Path dir : dirs.filter(Files::isDirectory).sorted().toList()) {
                    List<CorpusArticle> articles = read(dir);
                    if (!articles.isEmpty()) {
                        corpora.add(new Corpus(root.getFileName() + "/" + dir.getFileName(), articles));
                    }
                }
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return corpora;
    }

    public static List<CorpusArticle> read(Path dir) throws IOException {
        List<CorpusArticle> articles = new ArrayList<>();
        try (Stream<Path> files = Files.list(dir)) {
            for (Path file : files.filter(f -> f.getFileName().toString().endsWith(".txt"))
                    .sorted(java.util.Comparator.comparing(f -> f.getFileName().toString())).toList()) {
                String raw = Files.readString(file, StandardCharsets.UTF_8);
                int split = raw.indexOf("\n\n");
                String head = split < 0 ? raw : raw.substring(0, split);
                String body = split < 0 ? "" : raw.substring(split + 2);
                Map<String, String> meta = new HashMap<>();
                for (String line : head.split("\n")) {
                    int colon = line.indexOf(':');
                    String key = (colon < 0 ? line : line.substring(0, colon)).strip().toLowerCase(java.util.Locale.ROOT);
                    meta.put(key, colon < 0 ? "" : line.substring(colon + 1).strip());
                }
                articles.add(new CorpusArticle(file.getFileName().toString(), meta.get("outlet"), known(meta.get("url")),
                        known(meta.get("published")), body));
            }
        }
        return articles;
    }

    private static String known(String value) {
        return value == null || value.isEmpty() || value.equals("unknown") ? null : value;
    }
}
