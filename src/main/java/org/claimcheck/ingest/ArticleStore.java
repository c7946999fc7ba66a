package org.claimcheck.ingest;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;

import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.transaction.Transactional;

import org.hibernate.exception.ConstraintViolationException;
import org.jboss.logging.Logger;

/**
 * The article store: idempotent ingest, lookup, listing and deletion. The one entry point of {@code ingest}.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
public class ArticleStore {

    private static final Logger LOG = Logger.getLogger(ArticleStore.class);
    /** Two clients storing the same new article or outlet at once: the loser retries and finds the winner's row. */
    private static final int ATTEMPTS_ON_CONFLICT = 3;

    private final ArticleIntake intake;
    private final IngestLimits limits;
    private final Event<ArticleStored> stored;
    private final Event<ArticleDeleting> deleting;

    public ArticleStore(IngestLimits limits, Event<ArticleStored> stored, Event<ArticleDeleting> deleting) {
        this.limits = limits;
        this.intake = new ArticleIntake(limits.maxTextBytes());
        this.stored = stored;
        this.deleting = deleting;
    }

    /** Stores the article, or finds the one already stored under the same URL, or the same outlet and text. */
    @Transactional(Transactional.TxType.NEVER)
    public Ingested ingest(ArticleSubmission submission) {
        PreparedArticle article = intake.prepare(submission, "");
        Ingested result = retryingOnConflict(() -> save(article));
        announce(List.of(result));
        return result;
    }

    /** Stores all the articles in one transaction, or none of them when any is invalid. */
    @Transactional(Transactional.TxType.NEVER)
    public List<Ingested> ingestAll(List<ArticleSubmission> submissions) {
        if (submissions == null || submissions.isEmpty()) {
            throw new InvalidArticleException(List.of(new FieldError("articles", "must hold at least one article")));
        }
        if (submissions.size() > limits.maxBatchSize()) {
            throw new LimitExceededException("articles",
                    "holds " + submissions.size() + " articles, over the limit of " + limits.maxBatchSize());
        }
        List<PreparedArticle> prepared = new ArrayList<>(submissions.size());
        List<FieldError> errors = new ArrayList<>();
        for (int i = 0; i < submissions.size(); i++) {
            try {
                prepared.add(intake.prepare(submissions.get(i), "articles[" + i + "]."));
            } catch (InvalidArticleException e) {
                errors.addAll(e.errors());
            }
        }
        if (!errors.isEmpty()) {
            throw new InvalidArticleException(errors);
        }
        List<Ingested> results = retryingOnConflict(() -> prepared.stream().map(this::save).toList());
        announce(results);
        return results;
    }

    /** Tells observers about the articles this call created, once their transaction has committed. */
    private void announce(List<Ingested> results) {
        for (Ingested result : results) {
            if (result.created()) {
                stored.fire(new ArticleStored(result.article().id));
            }
        }
    }

    public Optional<Article> find(long id) {
        return Article.findByIdOptional(id);
    }

    public ArticlePage list(ArticleFilter filter, PageRequest page) {
        var query = Article.search(filter).page(page.index(), page.size());
        return new ArticlePage(query.list(), page, query.count());
    }

    /** At most {@code limit} of the articles that pass the filter, in listing order: newest first, undated last. */
    public List<Article> newest(ArticleFilter filter, int limit) {
        return Article.search(filter).range(0, limit - 1).list();
    }

    /** The articles with these ids, with their outlets. */
    public List<Article> findAll(java.util.Collection<Long> ids) {
        return ids.isEmpty() ? List.of() : Article.list("id in ?1", ids);
    }

    public List<OutletSummary> outlets() {
        return Outlet.listWithArticleCounts();
    }

    /** Deletes the article, and its outlet when no other article names it; false when there was no such article. */
    @Transactional
    public boolean delete(long id) {
        Optional<Article> article = Article.findByIdOptional(id);
        article.ifPresent(found -> {
            deleting.fire(new ArticleDeleting(found.id));
            Outlet outlet = found.outlet;
            found.delete();
            Outlet.deleteIfUnused(outlet);
        });
        return article.isPresent();
    }

    private Ingested save(PreparedArticle prepared) {
        Optional<Article> existing = Article.findByFingerprint(prepared.fingerprint());
        if (existing.isPresent()) {
            return new Ingested(existing.get(), false);
        }
        Article article = new Article();
        article.outlet = Outlet.findByKey(prepared.outletKey())
                .orElseGet(() -> Outlet.create(prepared.outletName(), prepared.outletKey()));
        article.url = prepared.url();
        article.title = prepared.title();
        if (prepared.published() != null) {
            article.publishedOn = prepared.published().date();
            article.publishedAt = prepared.published().instant();
        }
        article.language = prepared.language();
        article.text = prepared.text();
        article.fingerprint = prepared.fingerprint();
        article.ingestedAt = Instant.now().truncatedTo(ChronoUnit.MICROS); // what both stores keep
        // Flushing here makes a concurrent duplicate fail inside the work, where the retry expects it,
        // rather than at commit.
        article.persistAndFlush();
        return new Ingested(article, true);
    }

    private static <T> T retryingOnConflict(Supplier<T> work) {
        for (int attempt = 1; ; attempt++) {
            try {
                return QuarkusTransaction.requiringNew().call(work::get);
            } catch (RuntimeException e) {
                if (attempt >= ATTEMPTS_ON_CONFLICT || !isUniqueViolation(e)) {
                    throw e;
                }
                LOG.debugf("ingest attempt %d met a concurrent insert of the same row; retrying", attempt);
            }
        }
    }

    private static boolean isUniqueViolation(Throwable e) {
        for (Throwable cause = e; cause != null; cause = cause.getCause()) {
            if (cause instanceof ConstraintViolationException violation
                    && violation.getKind() == ConstraintViolationException.ConstraintKind.UNIQUE) {
                return true;
            }
        }
        return false;
    }
}
