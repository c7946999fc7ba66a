package org.claimcheck.web;

import java.util.List;

import org.claimcheck.ingest.Ingested;

/** The outcome of a batch ingest: per article, in request order, whether it was new or already stored. */
public record BatchView(int created, int existing, List<Item> items) {

    /** @param status {@code CREATED} or {@code EXISTING} */
    public record Item(int index, String status, ArticleSummary article) {
    }

    static BatchView of(List<Ingested> results) {
        int created = (int) results.stream().filter(Ingested::created).count();
        List<Item> items = new java.util.ArrayList<>(results.size());
        for (int i = 0; i < results.size(); i++) {
            Ingested result = results.get(i);
            items.add(new Item(i, result.created() ? "CREATED" : "EXISTING", ArticleSummary.of(result.article())));
        }
        return new BatchView(created, results.size() - created, items);
    }
}
