package org.claimcheck.bench;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.TimeUnit;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.claimcheck.extract.ArticleInput;
import org.claimcheck.extract.ClaimExtractor;
import org.claimcheck.ingest.PublicationTime;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Threads;
import org.openjdk.jmh.annotations.Warmup;
import org.openjdk.jmh.infra.BenchmarkParams;
import org.openjdk.jmh.infra.Blackhole;
import org.openjdk.jmh.results.Result;
import org.openjdk.jmh.results.RunResult;
import org.openjdk.jmh.results.format.ResultFormatType;
import org.openjdk.jmh.runner.Runner;
import org.openjdk.jmh.runner.options.ChainedOptionsBuilder;
import org.openjdk.jmh.runner.options.CommandLineOptions;
import org.openjdk.jmh.runner.options.OptionsBuilder;

/**
 * Claim extraction throughput on one thread over the seed articles of {@code claims-fixtures/seed-articles.json}.
 * One operation extracts the claims of every fixture article once, so articles/s is ops/s times the article count
 * and MB/s is ops/s times the articles' UTF-8 bytes; {@link #main} runs the benchmark and prints both.
 *
 * <p>Run it with {@code ./mvnw -Pbench test}; JMH options go in {@code -Dbench.args="..."} (for example
 * {@code -Dbench.args="-i 10 -r 5s"} or {@code -Dbench.args="-prof gc"}).
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 3, time = 2, timeUnit = TimeUnit.SECONDS)
@Measurement(iterations = 5, time = 2, timeUnit = TimeUnit.SECONDS)
@Fork(value = 1, jvmArgsAppend = {"-Xms1g", "-Xmx1g"})
@Threads(1)
public class ExtractionBenchmark {

    static final String FIXTURE_RESOURCE = "/claims-fixtures/seed-articles.json";
    static final Path FIXTURE_FILE = Path.of("claims-fixtures", "seed-articles.json");

    private ClaimExtractor extractor;
    private List<ArticleInput> articles;

    @Setup(Level.Trial)
    public void loadFixtures() throws IOException {
        extractor = new ClaimExtractor();
        articles = fixtureArticles();
    }

    /** One operation: the claims of every fixture article. */
    @Benchmark
    public void extractAllFixtureArticles(Blackhole blackhole) {
        for (ArticleInput article : articles) {
            blackhole.consume(extractor.extract(article));
        }
    }

    /** The fixture articles as the extractor takes them: text, language tag and publication day. */
    static List<ArticleInput> fixtureArticles() throws IOException {
        JsonNode root;
        try (InputStream in = openFixtures()) {
            root = new ObjectMapper().readTree(in);
        }
        List<ArticleInput> inputs = new ArrayList<>();
        for (JsonNode article : root.path("articles")) {
            JsonNode text = article.path("text");
            if (!text.isTextual()) {
                throw new IOException("a fixture article without text: " + article.path("title"));
            }
            inputs.add(new ArticleInput(text.asText(), textOrNull(article.path("language")),
                    publicationDay(article.path("publishedAt"))));
        }
        if (inputs.isEmpty()) {
            throw new IOException("no articles in " + FIXTURE_RESOURCE);
        }
        return List.copyOf(inputs);
    }

    private static InputStream openFixtures() throws IOException {
        InputStream resource = ExtractionBenchmark.class.getResourceAsStream(FIXTURE_RESOURCE);
        return resource != null ? resource : Files.newInputStream(FIXTURE_FILE);
    }

    private static String textOrNull(JsonNode node) {
        return node.isTextual() ? node.asText() : null;
    }

    /** The day of an ISO date or date-time, as the service reads {@code publishedAt}; null when absent or not one. */
    private static LocalDate publicationDay(JsonNode node) {
        if (!node.isTextual()) {
            return null;
        }
        try {
            return PublicationTime.parse(node.asText()).date();
        } catch (DateTimeParseException notADate) {
            return null;
        }
    }

    /** Runs the benchmark (JMH command-line options are accepted) and prints articles/s and MB/s. */
    public static void main(String[] args) throws Exception {
        CommandLineOptions commandLine = new CommandLineOptions(args);
        ChainedOptionsBuilder options = new OptionsBuilder().parent(commandLine);
        if (commandLine.getIncludes().isEmpty()) {
            options.include(ExtractionBenchmark.class.getName() + ".extractAllFixtureArticles");
        }
        if (!commandLine.getResult().hasValue() && !commandLine.getResultFormat().hasValue()) {
            options.result("target/jmh-result.json").resultFormat(ResultFormatType.JSON);
        }
        Collection<RunResult> results = new Runner(options.build()).run();

        List<ArticleInput> articles = fixtureArticles();
        long bytes = 0;
        long chars = 0;
        for (ArticleInput article : articles) {
            bytes += article.text().getBytes(StandardCharsets.UTF_8).length;
            chars += article.text().length();
        }
        System.out.println();
        System.out.printf(Locale.ROOT, "Extraction summary: %d fixture articles, %d UTF-8 bytes (%d chars) per op,"
                + " MB = 10^6 bytes%n", articles.size(), bytes, chars);
        for (RunResult run : results) {
            BenchmarkParams params = run.getParams();
            Result<?> primary = run.getPrimaryResult();
            String name = params.getBenchmark().substring(params.getBenchmark().lastIndexOf('.') + 1);
            if (params.getMode() != Mode.Throughput) {
                System.out.printf(Locale.ROOT, "  %s: %.3f %s (not throughput mode: no MB/s)%n", name,
                        primary.getScore(), primary.getScoreUnit());
                continue;
            }
            double perSecond = (double) TimeUnit.SECONDS.toNanos(1) / params.getTimeUnit().toNanos(1);
            double ops = primary.getScore() * perSecond;
            double error = primary.getScoreError() * perSecond;
            System.out.printf(Locale.ROOT, "  %s, %d thread(s): %s ops/s = %s articles/s = %s MB/s%n", name,
                    params.getThreads(), withError(ops, error, "%.1f"),
                    withError(ops * articles.size(), error * articles.size(), "%.1f"),
                    withError(ops * bytes / 1e6, error * bytes / 1e6, "%.3f"));
        }
    }

    /** "12.3 ± 0.4", or "12.3" when JMH gave no error (too few iterations). */
    private static String withError(double score, double error, String format) {
        String shown = String.format(Locale.ROOT, format, score);
        return Double.isNaN(error) ? shown : shown + " ± " + String.format(Locale.ROOT, format, error);
    }
}
