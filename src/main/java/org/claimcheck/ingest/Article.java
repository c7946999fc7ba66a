package org.claimcheck.ingest;

import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.Optional;

import io.quarkus.hibernate.orm.panache.PanacheEntity;
import io.quarkus.hibernate.orm.panache.PanacheQuery;
import io.quarkus.panache.common.Parameters;
import io.quarkus.panache.common.Sort;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;

/** A stored article: its outlet, metadata and plain text. */
@Entity
public class Article extends PanacheEntity {

    @ManyToOne(optional = false)
    @JoinColumn(name = "outlet_id", nullable = false)
    public Outlet outlet;

    @Column(length = ArticleIntake.MAX_URL_CHARS)
    public String url;

    @Column(length = ArticleIntake.MAX_TITLE_CHARS)
    public String title;

    @Column(name = "published_on")
    public LocalDate publishedOn;

    @Column(name = "published_at")
    public OffsetDateTime publishedAt;

    @Column(length = 35)
    public String language;

    @Column(name = "body", nullable = false)
    public String text;

    @Column(nullable = false, length = 64, unique = true)
    public String fingerprint;

    @Column(name = "ingested_at", nullable = false)
    public Instant ingestedAt;

    /** The publication time as submitted: the offset date-time when one was given, else the day. */
    public Optional<PublicationTime> publication() {
        return publishedOn == null ? Optional.empty() : Optional.of(new PublicationTime(publishedOn, publishedAt));
    }

    static Optional<Article> findByFingerprint(String fingerprint) {
        return find("fingerprint", fingerprint).firstResultOptional();
    }

    /** The articles that pass the filter, most recently published first; undated ones last. */
    static PanacheQuery<Article> search(ArticleFilter filter) {
        StringBuilder query = new StringBuilder("1 = 1");
        Parameters parameters = new Parameters();
        filter.outlet().ifPresent(key -> {
            query.append(" and outlet.key = :outlet");
            parameters.and("outlet", key.value());
        });
        filter.publishedFrom().ifPresent(from -> {
            query.append(" and publishedOn >= :from");
            parameters.and("from", from);
        });
        filter.publishedTo().ifPresent(to -> {
            query.append(" and publishedOn <= :to");
            parameters.and("to", to);
        });
        Sort order = Sort.by("publishedOn", Sort.Direction.Descending, Sort.NullPrecedence.NULLS_LAST)
                .and("id", Sort.Direction.Descending);
        return find(query.toString(), order, parameters);
    }
}
