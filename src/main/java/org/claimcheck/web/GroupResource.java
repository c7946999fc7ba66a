package org.claimcheck.web;

import java.util.Locale;
import java.util.Optional;
import java.util.Set;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import org.claimcheck.claimstore.ClaimCatalog;
import org.claimcheck.claimstore.GroupFilter;
import org.claimcheck.claimstore.GroupPage;
import org.claimcheck.ingest.OutletKey;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestPath;
import org.jboss.resteasy.reactive.RestQuery;

@Path("/api")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "groups", description = "Claims of the stored articles, grouped by the fact they state")
public class GroupResource {

    private static final Set<String> STATUSES = Set.of("CONFLICT", "EVOLVING", "CONSISTENT", "SINGLE_SOURCE");
    private static final Set<String> KINDS = Set.of("COUNT", "MONEY", "QUANTITY", "PERCENT", "DATE", "DURATION");

    private final ClaimCatalog catalog;
    private final ConflictReportCache conflicts;

    public GroupResource(ClaimCatalog catalog, ConflictReportCache conflicts) {
        this.catalog = catalog;
        this.conflicts = conflicts;
    }

    @GET
    @Path("/groups")
    @Operation(summary = "Groups of stored claims, conflicts first by severity", description = "Filters: status, kind, "
            + "outlet (any spelling), q (words of the label or of a claim). Paging: page (from 0) and size (1 to 100).")
    public GroupPageView list(@RestQuery String status, @RestQuery String kind, @RestQuery String outlet, @RestQuery String q,
            @RestQuery String page, @RestQuery String size) {
        GroupFilter filter = new GroupFilter(choice("status", status, STATUSES), choice("kind", kind, KINDS),
                outlet == null || outlet.isBlank() ? Optional.empty() : Optional.of(OutletKey.of(outlet)
                        .orElseThrow(() -> new BadParameterException("outlet", "must contain a letter or a digit"))),
                words(q));
        GroupPage found = catalog.listGroups(filter, ListQuery.page(page, size));
        return new GroupPageView(found.groups().stream().map(group -> GroupSummaryView.of(group, null)).toList(),
                found.request().index(), found.request().size(), found.totalGroups(), found.totalPages());
    }

    @GET
    @Path("/groups/" + PathIds.GROUP_ID)
    @Operation(summary = "One group with all its claims and the conflicts between them")
    public GroupDetailView get(@RestPath String id) {
        return groupId(id).flatMap(catalog::groupDetail).map(GroupDetailView::of)
                .orElseThrow(() -> new ResourceNotFoundException("No group with id " + id));
    }

    @GET
    @Path("/conflicts")
    @Operation(summary = "The conflict report over the whole store", description = "The report of POST /api/analyze, "
            + "restricted to CONFLICT groups (most severe first) and EVOLVING ones.")
    @org.eclipse.microprofile.openapi.annotations.responses.APIResponse(responseCode = "200",
            content = @org.eclipse.microprofile.openapi.annotations.media.Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @org.eclipse.microprofile.openapi.annotations.media.Schema(implementation = ReportView.class)))
    public byte[] conflicts() {
        return conflicts.current();
    }

    /** Group ids are written "g12"; the bare number is accepted too. The path template admits only ASCII digits. */
    private static Optional<Long> groupId(String id) {
        try {
            return Optional.of(Long.parseLong(id.startsWith("g") ? id.substring(1) : id));
        } catch (NumberFormatException e) {
            return Optional.empty(); // past the range of a long: no such group
        }
    }

    /** The text filter; PostgreSQL cannot compare text holding NUL, so a NUL is the client's mistake, not a 500. */
    private static Optional<String> words(String q) {
        if (q == null || q.isBlank()) {
            return Optional.empty();
        }
        if (q.indexOf('\0') >= 0) {
            throw new BadParameterException("q", "must not contain the NUL character (U+0000)");
        }
        return Optional.of(q.strip());
    }

    private static Optional<String> choice(String name, String value, Set<String> allowed) {
        if (value == null || value.isBlank()) {
            return Optional.empty();
        }
        String upper = value.strip().toUpperCase(Locale.ROOT);
        if (!allowed.contains(upper)) {
            throw new BadParameterException(name, "must be one of " + String.join(", ", allowed.stream().sorted().toList()));
        }
        return Optional.of(upper);
    }
}
