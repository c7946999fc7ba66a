package org.claimcheck.group;

import java.util.Objects;

import org.claimcheck.extract.Claim;

/** A claim to group, with the article it comes from. */
public record GroupMember(String articleId, Claim claim) {

    public GroupMember {
        Objects.requireNonNull(articleId, "articleId");
        Objects.requireNonNull(claim, "claim");
    }
}
