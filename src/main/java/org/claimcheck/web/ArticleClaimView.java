package org.claimcheck.web;

import com.fasterxml.jackson.annotation.JsonUnwrapped;

/**
 * A claim of one stored article, with where the store keeps it: its stored id and its group, so that a reader can
 * go from a value in the text to the other outlets' claims about the same fact. Both are null when the claim is
 * not stored (yet).
 *
 * @param claimId the stored claim ("c7"), as groups and reports name it
 * @param group   the group it is in ("g3"), for GET /api/groups/{id}
 */
public record ArticleClaimView(String claimId, String group, @JsonUnwrapped ClaimView claim) {
}
