package org.claimcheck.web;

import java.net.URI;

import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.UriBuilder;
import jakarta.ws.rs.core.UriInfo;

import org.claimcheck.ingest.ArticleBatch;
import org.claimcheck.ingest.ArticleStore;
import org.claimcheck.ingest.ArticleSubmission;
import org.claimcheck.ingest.Ingested;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestPath;
import org.jboss.resteasy.reactive.RestQuery;
import org.jboss.resteasy.reactive.RestResponse;

@Path("/api/articles")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "articles", description = "The article store")
public class ArticleResource {

    private final ArticleStore store;
    private final HttpConfig http;

    public ArticleResource(ArticleStore store, HttpConfig http) {
        this.store = store;
        this.http = http;
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Store an article", description = "201 with Location for a new article; 200 with the stored one "
            + "when the same URL, or the same outlet and text without a URL, was stored before.")
    public RestResponse<ArticleView> ingest(ArticleSubmission submission, UriInfo uri) {
        Ingested result = store.ingest(submission);
        ArticleView view = ArticleView.of(result.article());
        if (!result.created()) {
            return RestResponse.ok(view);
        }
        // Set as a header: created(URI) would make a relative reference absolute with the client's Host header.
        return RestResponse.ResponseBuilder.<ArticleView>create(RestResponse.Status.CREATED)
                .header(HttpHeaders.LOCATION, location(result.article().id, uri)).entity(view).build();
    }

    /** The configured public URL, or only the path of the application's root; never anything the client sent. */
    private URI location(long id, UriInfo uri) {
        UriBuilder root = http.publicUrl().map(UriBuilder::fromUri)
                .orElseGet(() -> UriBuilder.fromPath(uri.getBaseUri().getRawPath()));
        return root.path(ArticleResource.class).path(Long.toString(id)).build();
    }

    @POST
    @Path("/batch")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Store many articles at once", description = "All or nothing: one invalid article rejects the batch.")
    public BatchView ingestAll(ArticleBatch batch) {
        return BatchView.of(store.ingestAll(batch == null ? null : batch.articles()));
    }

    @GET
    @Operation(summary = "List stored articles, newest first", description = "Filters: outlet (any spelling of its name), "
            + "publishedFrom and publishedTo (ISO dates, inclusive). Paging: page (from 0) and size (1 to 100, default 20).")
    public ArticlePageView list(@RestQuery String outlet, @RestQuery String publishedFrom, @RestQuery String publishedTo,
            @RestQuery String page, @RestQuery String size) {
        return ArticlePageView.of(store.list(ListQuery.filter(outlet, publishedFrom, publishedTo), ListQuery.page(page, size)));
    }

    @GET
    @Path("/" + PathIds.ID)
    @Operation(summary = "One stored article with its text")
    public ArticleView get(@RestPath long id) {
        return store.find(id).map(ArticleView::of).orElseThrow(() -> notFound(id));
    }

    @DELETE
    @Path("/" + PathIds.ID)
    @Operation(summary = "Delete an article and everything derived from it")
    public RestResponse<Void> delete(@RestPath long id) {
        if (!store.delete(id)) {
            throw notFound(id);
        }
        return RestResponse.noContent();
    }

    private static ResourceNotFoundException notFound(long id) {
        return new ResourceNotFoundException("No article with id " + id);
    }
}
