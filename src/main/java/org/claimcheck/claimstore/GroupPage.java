package org.claimcheck.claimstore;

import java.util.List;

import org.claimcheck.ingest.PageRequest;

/** One page of groups, conflicts first by severity, and the size of the whole listing. */
public record GroupPage(List<StoredGroup> groups, PageRequest request, long totalGroups) {

    public int totalPages() {
        return (int) ((totalGroups + request.size() - 1) / request.size());
    }
}
