package org.claimcheck.ingest;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Supplier;

import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.transaction.Transactional;

import org.jboss.logging.Logger;

/**
 * The article store: idempotent ingest, lookup, listing and deletion. The one entry point of {@code ingest}.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
public class ArticleStore {

    private static final Logger LOG = Logger.getLogger(ArticleStore.class);
    /**
     * Clients storing the same new articles or outlets at once: the loser retries and finds the winners' rows. Each
     * failed attempt means another transaction committed some of this one's rows, so a few attempts suffice even
     * when many clients post overlapping batches.
     */
    private static final int ATTEMPTS_ON_CONFLICT = 10;

    private final ArticleIntake intake;
    private final IngestLimits limits;
    private final ArticleCompanion companion;
    private final Event<ArticleDeleting> deleting;

    public ArticleStore(IngestLimits limits, ArticleCompanion companion, Event<ArticleDeleting> deleting) {
        this.limits = limits;
        this.intake = new ArticleIntake(limits.maxTextBytes());
        this.companion = companion;
        this.deleting = deleting;
    }

    /**
     * Stores the article with its claims, or finds the one already stored under the same URL, or the same outlet and
     * text. Either all of it is stored or nothing.
     */
    @Transactional(Transactional.TxType.NEVER)
    public Ingested ingest(ArticleSubmission submission) {
        PreparedArticle article = intake.prepare(submission, "");
        return write(List.of(article), List.of(companion.prepare(article, "text")), "text").get(0);
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
        List<ArticleCompanion.Prepared> companions = new ArrayList<>(prepared.size());
        for (int i = 0; i < prepared.size(); i++) {
            companions.add(companion.prepare(prepared.get(i), "articles[" + i + "].text"));
        }
        return write(prepared, companions, "articles");
    }

    /**
     * Stores the new articles and what goes with them in one transaction, retried when it meets a concurrent write of
     * the same rows. {@code companions} holds, in article order, what the companion prepared for each.
     */
    private List<Ingested> write(List<PreparedArticle> articles, List<ArticleCompanion.Prepared> companions, String field) {
        return companion.exclusively(() -> retryingOnConflict(() -> {
            List<Ingested> results = saveAll(articles);
            List<ArticleCompanion.Created> created = new ArrayList<>();
            for (int i = 0; i < results.size(); i++) {
                if (results.get(i).created()) {
                    created.add(new ArticleCompanion.Created(results.get(i).article(), companions.get(i)));
                }
            }
            companion.store(created, field);
            return results;
        }));
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

    /**
     * Stores the articles not stored yet, in one transaction. New rows are inserted in one global order, outlets by
     * key and then articles by fingerprint, so that concurrent batches holding the same new rows in other orders wait
     * for each other instead of deadlocking; the loser then meets a unique violation and its retry finds the rows.
     */
    private List<Ingested> saveAll(List<PreparedArticle> articles) {
        Map<String, Ingested> byFingerprint = new HashMap<>();
        Map<String, PreparedArticle> missing = new TreeMap<>();
        for (PreparedArticle article : articles) {
            if (!byFingerprint.containsKey(article.fingerprint()) && !missing.containsKey(article.fingerprint())) {
                Optional<Article> existing = Article.findByFingerprint(article.fingerprint());
                if (existing.isPresent()) {
                    byFingerprint.put(article.fingerprint(), new Ingested(existing.get(), false));
                } else {
                    missing.put(article.fingerprint(), article);
                }
            }
        }
        Map<String, String> outletNames = new TreeMap<>(); // a new outlet is named as the batch first spells it
        for (PreparedArticle article : articles) {
            if (missing.containsKey(article.fingerprint())) {
                outletNames.putIfAbsent(article.outletKey().value(), article.outletName());
            }
        }
        Map<String, Outlet> outlets = new HashMap<>();
        outletNames.forEach((key, name) -> outlets.put(key, Outlet.findByKey(new OutletKey(key))
                .orElseGet(() -> Outlet.create(name, new OutletKey(key)))));
        Outlet.flush();
        missing.forEach((fingerprint, article) ->
                byFingerprint.put(fingerprint, insert(article, outlets.get(article.outletKey().value()))));

        List<Ingested> results = new ArrayList<>(articles.size());
        Set<String> answered = new HashSet<>();
        for (PreparedArticle article : articles) {
            Ingested result = byFingerprint.get(article.fingerprint());
            // The same article twice in one batch: only its first mention created it.
            results.add(answered.add(article.fingerprint()) ? result : new Ingested(result.article(), false));
        }
        return results;
    }

    private static Ingested insert(PreparedArticle prepared, Outlet outlet) {
        Article article = new Article();
        article.outlet = outlet;
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

    private <T> T retryingOnConflict(Supplier<T> work) {
        // The companion's work stops at its time budget; the writes after it get a minute more before the
        // transaction is rolled back.
        int timeoutSeconds = (int) Math.min(Integer.MAX_VALUE, limits.timeBudget().toSeconds() + 60);
        for (int attempt = 1; ; attempt++) {
            try {
                return QuarkusTransaction.requiringNew().timeout(timeoutSeconds).call(work::get);
            } catch (RuntimeException e) {
                companion.discard();
                if (attempt >= ATTEMPTS_ON_CONFLICT || !WriteConflict.causes(e)) {
                    throw e;
                }
                LOG.debugf("ingest attempt %d met a concurrent insert of the same row; retrying", attempt);
                WriteConflict.pause(attempt);
            }
        }
    }
}
