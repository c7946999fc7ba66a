package org.claimcheck.web;

import org.claimcheck.ingest.OutletSummary;

/**
 * An outlet as the API shows it.
 *
 * @param claimCount  claims extracted from its stored articles
 * @param reliability how often its claims agree with the consensus of groups it shares with other outlets, scaled
 *                    so the most reliable outlet has 1; null until it shares a group
 */
public record OutletView(long id, String name, String key, long articleCount, long claimCount, Double reliability) {

    static OutletView of(OutletSummary outlet, long claimCount, Double reliability) {
        return new OutletView(outlet.id(), outlet.name(), outlet.key(), outlet.articleCount(), claimCount,
                reliability == null ? null : Math.round(reliability * 1000) / 1000.0);
    }
}
