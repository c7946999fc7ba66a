package org.claimcheck.web;

import java.util.List;
import java.util.Map;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import org.claimcheck.claimstore.ClaimCatalog;
import org.claimcheck.ingest.ArticleStore;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/api/outlets")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "outlets", description = "The outlets of the stored articles")
public class OutletResource {

    private final ArticleStore store;
    private final ClaimCatalog catalog;

    public OutletResource(ArticleStore store, ClaimCatalog catalog) {
        this.store = store;
        this.catalog = catalog;
    }

    @GET
    @Operation(summary = "Every outlet with its numbers of stored articles and claims and its reliability, by name")
    public List<OutletView> list() {
        Map<String, Double> reliability = catalog.reliability();
        Map<String, Long> claims = catalog.claimCounts();
        return store.outlets().stream().map(outlet -> OutletView.of(outlet, claims.getOrDefault(outlet.name(), 0L),
                reliability.get(outlet.name()))).toList();
    }
}
