package org.claimcheck.analysis;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;

import jakarta.enterprise.context.ApplicationScoped;

import org.claimcheck.extract.ArticleClaims;
import org.claimcheck.extract.ArticleInput;
import org.claimcheck.extract.ClaimExtractor;
import org.claimcheck.extract.TooManyClaimsException;
import org.claimcheck.group.Deadline;
import org.claimcheck.ingest.Article;
import org.claimcheck.ingest.ArticleFilter;
import org.claimcheck.ingest.ArticleStore;
import org.claimcheck.ingest.IngestLimits;
import org.claimcheck.ingest.LimitExceededException;
import org.claimcheck.ingest.PublicationTime;
import org.claimcheck.report.AnalyzedArticle;
import org.claimcheck.report.Report;
import org.claimcheck.report.ReportAssembler;

/**
 * Runs the plain-Java analysis core on submitted or stored articles: the one entry point of {@code analysis}.
 * Extractor and assembler keep no state between calls, so the whole application shares one of each.
 */
@ApplicationScoped
public class AnalysisService {

    private final ClaimExtractor extractor = new ClaimExtractor();
    private final ReportAssembler assembler;
    private final ArticleStore store;
    private final SubmissionCheck check;
    private final int maxArticles;
    private final AnalysisLimits limits;
    private final Semaphore running;

    public AnalysisService(ArticleStore store, IngestLimits ingestLimits, AnalysisLimits limits, GroupingEngine grouping) {
        this.store = store;
        this.assembler = new ReportAssembler(grouping.grouper());
        this.check = new SubmissionCheck(ingestLimits.maxTextBytes(), limits.maxArticles());
        this.maxArticles = limits.maxArticles();
        this.limits = limits;
        this.running = new Semaphore(Math.max(1, limits.concurrent()), true);
    }

    /**
     * The report over the submitted articles, which keep their request order as ids a1, a2, ...; nothing is stored.
     *
     * @throws org.claimcheck.ingest.InvalidArticleException when an article is missing or malformed
     * @throws LimitExceededException                        when there are too many articles or a text is too long
     */
    public Report analyze(List<SubmittedArticle> submitted) {
        List<CheckedArticle> articles = check.check(submitted);
        return bounded(claims -> {
            List<AnalyzedArticle> analyzed = new ArrayList<>(articles.size());
            for (int i = 0; i < articles.size(); i++) {
                CheckedArticle article = articles.get(i);
                analyzed.add(new AnalyzedArticle("a" + (i + 1), article.outlet(), article.url(), article.publishedAt(),
                        claims.extract(new ArticleInput(article.text(), article.language(), article.publishedOn()))));
            }
            return analyzed;
        });
    }

    /** The claims of a stored article, or empty when there is no article with that id. */
    public Optional<StoredArticleClaims> claimsOf(long articleId) {
        return store.find(articleId).map(article -> new StoredArticleClaims(article, extract(article)));
    }

    /**
     * The report over the stored articles that pass the filter, newest first, with ids "a" and the stored id.
     *
     * @throws LimitExceededException when more articles pass the filter than one analysis takes
     */
    public Report analyzeStored(ArticleFilter filter) {
        // One more than the limit tells whether the filter lets too many through, without counting them all.
        List<Article> articles = store.newest(filter, maxArticles + 1);
        if (articles.size() > maxArticles) {
            throw new LimitExceededException("articles", "more than " + maxArticles + " stored articles match, over the "
                    + "limit of " + maxArticles + " per report; narrow them down with outlet, publishedFrom or publishedTo");
        }
        return bounded(claims -> articles.stream()
                .map(article -> new AnalyzedArticle("a" + article.id, article.outlet.name, article.url,
                        article.publication().map(PublicationTime::toIso).orElse(null),
                        claims.extract(new ArticleInput(article.text, article.language, article.publishedOn))))
                .toList());
    }

    /**
     * Runs one analysis within the limits: once a place among the analyses running at once is free, its articles are
     * read for claims while they stay under the claim limit, the pairs to compare are counted, and the report is
     * assembled before the time budget runs out. Each limit refuses the analysis with a 413 that says which.
     */
    private Report bounded(Function<ClaimBudget, List<AnalyzedArticle>> extraction) {
        Duration budget = limits.timeBudget();
        Deadline deadline = Deadline.after(budget);
        try {
            if (!running.tryAcquire(budget.toMillis(), TimeUnit.MILLISECONDS)) {
                throw new AnalysisBusyException(budget);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AnalysisBusyException(budget);
        }
        try {
            List<AnalyzedArticle> analyzed = extraction.apply(new ClaimBudget(limits.maxClaims()));
            long comparisons = ReportAssembler.comparisons(analyzed);
            if (comparisons > limits.maxComparisons()) {
                throw new LimitExceededException("articles", String.format(Locale.ROOT, "cross-checking their %,d claims "
                        + "would compare %,d pairs of claims, over the limit of %,d per analysis; send fewer or shorter "
                        + "articles", analyzed.stream().mapToInt(article -> article.claims().claims().size()).sum(),
                        comparisons, limits.maxComparisons()));
            }
            return assembler.assemble(analyzed, deadline);
        } catch (Deadline.Exceeded e) {
            throw new LimitExceededException("articles", "could not be cross-checked within the time budget of "
                    + budget.toSeconds() + " s per analysis; send fewer or shorter articles");
        } finally {
            running.release();
        }
    }

    /** Extraction that counts the claims of one analysis and refuses it once they pass the limit. */
    private final class ClaimBudget {
        private final int limit;
        private int found;

        ClaimBudget(int limit) {
            this.limit = limit;
        }

        ArticleClaims extract(ArticleInput input) {
            try {
                ArticleClaims claims = extractor.extract(input, limit - found);
                found += claims.claims().size();
                return claims;
            } catch (TooManyClaimsException e) {
                throw new LimitExceededException("articles", String.format(Locale.ROOT, "hold more than %,d claims with "
                        + "checkable values, the limit of one analysis; send fewer or shorter articles", limit));
            }
        }
    }

    /** The claims of one stored article, as many as it holds (its text is within the limit of one article). */
    private ArticleClaims extract(Article article) {
        return extractor.extract(new ArticleInput(article.text, article.language, article.publishedOn));
    }
}
