package org.claimcheck.ingest;

import java.time.LocalDate;
import java.util.Optional;

/** Which stored articles to list; an empty side of the filter lets everything through. */
public record ArticleFilter(Optional<OutletKey> outlet, Optional<LocalDate> publishedFrom, Optional<LocalDate> publishedTo) {

    public ArticleFilter {
        outlet = outlet == null ? Optional.empty() : outlet;
        publishedFrom = publishedFrom == null ? Optional.empty() : publishedFrom;
        publishedTo = publishedTo == null ? Optional.empty() : publishedTo;
    }

    public static ArticleFilter all() {
        return new ArticleFilter(Optional.empty(), Optional.empty(), Optional.empty());
    }
}
