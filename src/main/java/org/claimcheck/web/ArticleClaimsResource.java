package org.claimcheck.web;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import org.claimcheck.analysis.AnalysisService;
import org.claimcheck.claimstore.ClaimCatalog;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestPath;

/** Its own root path, longer than ArticleResource's, so that routing picks it for .../claims by the JAX-RS rules. */
@Path("/api/articles/" + PathIds.ID + "/claims")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "analysis")
public class ArticleClaimsResource {

    private final AnalysisService analysis;
    private final ClaimCatalog catalog;

    public ArticleClaimsResource(AnalysisService analysis, ClaimCatalog catalog) {
        this.analysis = analysis;
        this.catalog = catalog;
    }

    @GET
    @Operation(summary = "The claims of one stored article", description = "Extracted on request, in text order, with "
            + "the language and reference day used; start and end are UTF-16 offsets into the stored text. Each claim "
            + "names its stored id (claimId) and its group (group, for GET /api/groups/{id}).")
    public StoredClaimsView claims(@RestPath long id) {
        return analysis.claimsOf(id).map(stored -> StoredClaimsView.of(stored, catalog.placementsOf(id)))
                .orElseThrow(() -> new ResourceNotFoundException("No article with id " + id));
    }
}
