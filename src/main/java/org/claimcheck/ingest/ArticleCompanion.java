package org.claimcheck.ingest;

import java.util.List;
import java.util.function.Supplier;

/**
 * What is stored with new articles and commits with them: their claims and the groups those join. An article is
 * acknowledged only once all of it is stored, so the store asks for this work in steps: the slow reading of each
 * article runs before any transaction or lock ({@link #prepare}); the writing runs inside the articles' own
 * transaction ({@link #store}), under whatever exclusion the companion needs ({@link #exclusively}); and a transaction
 * that fails leaves no trace in the companion's memory ({@link #discard}).
 */
public interface ArticleCompanion {

    /**
     * Before any transaction: works out what goes with one article.
     *
     * @param field the JSON path of the article's text, for an error that names it
     * @throws LimitExceededException when the article holds more than the companion can take
     */
    Prepared prepare(PreparedArticle article, String field);

    /** Runs the whole transaction, retries included, under the companion's exclusion. */
    <T> T exclusively(Supplier<T> transaction);

    /**
     * Inside the transaction, once the new articles have rows: stores what {@link #prepare} gave for each.
     *
     * @param field the JSON path to name if the work is refused
     * @throws LimitExceededException when it cannot be done within the companion's time budget
     */
    void store(List<Created> created, String field);

    /** The transaction failed: whatever {@link #store} changed in memory is dropped. */
    void discard();

    /** What {@link #prepare} worked out for one article; the store only hands it back. */
    interface Prepared {
    }

    /** A new article's row, with what was prepared for it. */
    record Created(Article article, Prepared prepared) {
    }
}
