package org.claimcheck.web;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import org.claimcheck.analysis.AnalysisService;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestPath;

/** Its own root path, longer than ArticleResource's, so that routing picks it for .../claims by the JAX-RS rules. */
@Path("/api/articles/{id}/claims")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "analysis")
public class ArticleClaimsResource {

    private final AnalysisService analysis;

    public ArticleClaimsResource(AnalysisService analysis) {
        this.analysis = analysis;
    }

    @GET
    @Operation(summary = "The claims of one stored article", description = "Extracted on request, in text order, with "
            + "the language and reference day used; start and end are UTF-16 offsets into the stored text.")
    public StoredClaimsView claims(@RestPath long id) {
        return analysis.claimsOf(id).map(StoredClaimsView::of)
                .orElseThrow(() -> new ResourceNotFoundException("No article with id " + id));
    }
}
