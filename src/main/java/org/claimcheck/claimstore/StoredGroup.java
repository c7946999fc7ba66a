package org.claimcheck.claimstore;

import java.time.Instant;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** A group of stored claims about one fact, with its reconciled status. Ids come from the grouping index. */
@Entity
@Table(name = "claim_group")
public class StoredGroup extends PanacheEntityBase {

    @Id
    public Long id;

    @Column(nullable = false, length = 300)
    public String label;

    @Column(nullable = false, length = 16)
    public String kind;

    @Column(nullable = false, length = 16)
    public String status;

    @Column(name = "status_rank", nullable = false)
    public int statusRank;

    @Column(nullable = false)
    public double severity;

    @Column(nullable = false)
    public int sources;

    @Column(name = "claim_count", nullable = false)
    public int claimCount;

    @Column(name = "outlet_count", nullable = false)
    public int outletCount;

    @Column
    public String consensus;

    @Column(name = "updated_at", nullable = false)
    public Instant updatedAt;
}
