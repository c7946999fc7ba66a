package org.claimcheck.web;

import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import org.claimcheck.analysis.AnalysisService;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestQuery;

@Path("/api")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "analysis", description = "Claims and where outlets disagree")
public class AnalysisResource {

    private final AnalysisService analysis;

    public AnalysisResource(AnalysisService analysis) {
        this.analysis = analysis;
    }

    @POST
    @Path("/analyze")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Analyse articles without storing them", description = "The conflict report of CONTRACT.md over "
            + "the articles sent, which get ids a1, a2, ... in request order. Texts are analysed exactly as sent; claim "
            + "start and end are UTF-16 offsets into them.")
    public ReportView analyze(AnalysisRequest request) {
        return ReportView.of(analysis.analyze(request == null ? null : request.articles()));
    }

    @GET
    @Path("/report")
    @Operation(summary = "The conflict report over stored articles", description = "Same filters as the article listing: "
            + "outlet, publishedFrom and publishedTo. Articles are newest first, with ids a<stored id>; 413 when more "
            + "match than claimcheck.analyze.max-articles.")
    public ReportView report(@RestQuery String outlet, @RestQuery String publishedFrom, @RestQuery String publishedTo) {
        return ReportView.of(analysis.analyzeStored(ListQuery.filter(outlet, publishedFrom, publishedTo)));
    }
}
