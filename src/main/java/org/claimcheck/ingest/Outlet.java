package org.claimcheck.ingest;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Optional;

import io.quarkus.hibernate.orm.panache.PanacheEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;

/** A news source. Its name is kept as first submitted; its key decides which spellings are the same outlet. */
@Entity
public class Outlet extends PanacheEntity {

    @Column(nullable = false, length = 200)
    public String name;

    @Column(name = "outlet_key", nullable = false, length = 200, unique = true)
    public String key;

    @Column(name = "created_at", nullable = false)
    public Instant createdAt;

    static Outlet create(String name, OutletKey key) {
        Outlet outlet = new Outlet();
        outlet.name = name;
        outlet.key = key.value();
        outlet.createdAt = Instant.now().truncatedTo(ChronoUnit.MICROS);
        outlet.persist();
        return outlet;
    }

    public static Optional<Outlet> findByKey(OutletKey key) {
        return find("key", key.value()).firstResultOptional();
    }

    /** Every outlet with the number of stored articles it published, by name. */
    public static List<OutletSummary> listWithArticleCounts() {
        return getEntityManager().createQuery("""
                select new org.claimcheck.ingest.OutletSummary(o.id, o.name, o.key, count(a.id))
                from Outlet o left join Article a on a.outlet = o
                group by o.id, o.name, o.key
                order by lower(o.name), o.id""", OutletSummary.class).getResultList();
    }

    /** Removes the outlet when no stored article names it any more. */
    static void deleteIfUnused(Outlet outlet) {
        if (Article.count("outlet", outlet) == 0) {
            outlet.delete();
        }
    }
}
