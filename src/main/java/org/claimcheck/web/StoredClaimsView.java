package org.claimcheck.web;

import java.util.ArrayList;
import java.util.List;

import org.claimcheck.analysis.StoredArticleClaims;
import org.claimcheck.claimstore.ClaimCatalog;
import org.claimcheck.extract.ArticleClaims;
import org.claimcheck.extract.Claim;

/**
 * The claims of one stored article, in text order, with the language and reference day the extractor used, and
 * each claim's stored id and group.
 *
 * @param referenceSource PUBLISHED, DATELINE or NONE
 */
public record StoredClaimsView(long articleId, String outlet, String language, String referenceDate,
        String referenceSource, List<ArticleClaimView> claims) {

    /**
     * @param placed the article's stored claims in text order; the store extracted them with the same extractor, so
     *               the n-th claim found now is the n-th stored one, checked by its span
     */
    static StoredClaimsView of(StoredArticleClaims stored, List<ClaimCatalog.Placed> placed) {
        ArticleClaims claims = stored.claims();
        List<ArticleClaimView> views = new ArrayList<>();
        for (int i = 0; i < claims.claims().size(); i++) {
            Claim claim = claims.claims().get(i);
            ClaimCatalog.Placed place = i < placed.size() && placed.get(i).position() == i
                    && placed.get(i).start() == claim.start() && placed.get(i).end() == claim.end() ? placed.get(i) : null;
            views.add(place == null ? new ArticleClaimView(null, null, ClaimView.of(claim))
                    : new ArticleClaimView(place.claimId(), place.groupId(), ClaimView.of(claim)));
        }
        return new StoredClaimsView(stored.article().id, stored.article().outlet.name, ClaimView.tag(claims.language()),
                ClaimView.iso(claims.reference().day()), claims.reference().source().name(), views);
    }
}
