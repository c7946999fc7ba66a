package org.claimcheck.extract;

import java.util.List;

import org.claimcheck.normalize.Language;

/** Every claim found in one article, in text order, with the language and reference date used. */
public record ArticleClaims(Language language, ReferenceDate reference, List<Claim> claims) {

    public ArticleClaims {
        claims = List.copyOf(claims);
    }
}
