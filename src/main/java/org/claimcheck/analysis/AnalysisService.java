package org.claimcheck.analysis;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;

import org.claimcheck.extract.ArticleClaims;
import org.claimcheck.extract.ArticleInput;
import org.claimcheck.extract.ClaimExtractor;
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

    public AnalysisService(ArticleStore store, IngestLimits ingestLimits, AnalysisLimits limits, GroupingEngine grouping) {
        this.store = store;
        this.assembler = new ReportAssembler(grouping.grouper());
        this.check = new SubmissionCheck(ingestLimits.maxTextBytes(), limits.maxArticles());
        this.maxArticles = limits.maxArticles();
    }

    /**
     * The report over the submitted articles, which keep their request order as ids a1, a2, ...; nothing is stored.
     *
     * @throws org.claimcheck.ingest.InvalidArticleException when an article is missing or malformed
     * @throws LimitExceededException                        when there are too many articles or a text is too long
     */
    public Report analyze(List<SubmittedArticle> submitted) {
        List<CheckedArticle> articles = check.check(submitted);
        List<AnalyzedArticle> analyzed = new ArrayList<>(articles.size());
        for (int i = 0; i < articles.size(); i++) {
            CheckedArticle article = articles.get(i);
            ArticleClaims claims = extractor.extract(
                    new ArticleInput(article.text(), article.language(), article.publishedOn()));
            analyzed.add(new AnalyzedArticle("a" + (i + 1), article.outlet(), article.url(), article.publishedAt(), claims));
        }
        return assembler.assemble(analyzed);
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
        List<AnalyzedArticle> analyzed = articles.stream()
                .map(article -> new AnalyzedArticle("a" + article.id, article.outlet.name, article.url,
                        article.publication().map(PublicationTime::toIso).orElse(null), extract(article)))
                .toList();
        return assembler.assemble(analyzed);
    }

    private ArticleClaims extract(Article article) {
        return extractor.extract(new ArticleInput(article.text, article.language, article.publishedOn));
    }
}
