package org.claimcheck.web;

import java.util.List;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import org.claimcheck.ingest.ArticleStore;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/api/outlets")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "outlets", description = "The outlets of the stored articles")
public class OutletResource {

    private final ArticleStore store;

    public OutletResource(ArticleStore store) {
        this.store = store;
    }

    @GET
    @Operation(summary = "Every outlet with its number of stored articles, by name")
    public List<OutletView> list() {
        return store.outlets().stream().map(OutletView::of).toList();
    }
}
