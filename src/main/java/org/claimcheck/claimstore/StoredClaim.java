package org.claimcheck.claimstore;

import java.util.List;

import io.quarkus.hibernate.orm.panache.PanacheEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;

/** A claim extracted from a stored article. Its full content is a JSON body; the columns serve queries. */
@Entity
@Table(name = "stored_claim")
public class StoredClaim extends PanacheEntity {

    @Column(name = "article_id", nullable = false)
    public Long articleId;

    @Column(name = "group_id")
    public Long groupId;

    @Column(nullable = false)
    public int position;

    @Column(nullable = false, length = 16)
    public String kind;

    @Column(name = "claim_text", nullable = false, length = 500)
    public String claimText;

    @Column(nullable = false)
    public String body;

    @Column(name = "conflicts_with")
    public String conflictsWith;

    static List<StoredClaim> ofArticle(long articleId) {
        return list("articleId = ?1 order by position", articleId);
    }

    static List<StoredClaim> ofGroup(long groupId) {
        return list("groupId = ?1 order by articleId, position", groupId);
    }
}
