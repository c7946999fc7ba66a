package org.claimcheck.analysis;

import jakarta.enterprise.context.ApplicationScoped;

import org.claimcheck.group.ClaimGrouper;
import org.claimcheck.group.PairModel;
import org.claimcheck.group.Semantics;

/**
 * The one grouping engine of the service: {@code POST /api/analyze} and the store group with the same grouper, so
 * that they give the same groups for the same articles.
 */
@ApplicationScoped
public class GroupingEngine {

    private final ClaimGrouper grouper;

    public GroupingEngine(GroupingConfig config) {
        PairModel model = config.modelFile().map(PairModel::load).orElseGet(PairModel::standard);
        this.grouper = new ClaimGrouper(model, new Semantics());
    }

    public ClaimGrouper grouper() {
        return grouper;
    }
}
