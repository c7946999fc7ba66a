package org.claimcheck.web;

import java.util.List;

import org.claimcheck.analysis.StoredArticleClaims;
import org.claimcheck.extract.ArticleClaims;

/**
 * The claims of one stored article, in text order, with the language and reference day the extractor used.
 *
 * @param referenceSource PUBLISHED, DATELINE or NONE
 */
public record StoredClaimsView(long articleId, String outlet, String language, String referenceDate,
        String referenceSource, List<ClaimView> claims) {

    static StoredClaimsView of(StoredArticleClaims stored) {
        ArticleClaims claims = stored.claims();
        return new StoredClaimsView(stored.article().id, stored.article().outlet.name, ClaimView.tag(claims.language()),
                ClaimView.iso(claims.reference().day()), claims.reference().source().name(),
                claims.claims().stream().map(ClaimView::of).toList());
    }
}
