package org.claimcheck.reconcile;

import java.util.Objects;

import org.claimcheck.extract.Claim;

/** A claim of a group, with its id, article and outlet. */
public record ReconcileInput(String claimId, String articleId, String outlet, Claim claim) {

    public ReconcileInput {
        Objects.requireNonNull(claimId, "claimId");
        Objects.requireNonNull(articleId, "articleId");
        Objects.requireNonNull(outlet, "outlet");
        Objects.requireNonNull(claim, "claim");
    }
}
