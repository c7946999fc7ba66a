package org.claimcheck.web;

import org.claimcheck.ingest.OutletSummary;

/** An outlet as the API shows it. */
public record OutletView(long id, String name, String key, long articleCount) {

    static OutletView of(OutletSummary outlet) {
        return new OutletView(outlet.id(), outlet.name(), outlet.key(), outlet.articleCount());
    }
}
