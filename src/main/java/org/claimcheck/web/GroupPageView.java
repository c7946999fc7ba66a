package org.claimcheck.web;

import java.util.List;

/** One page of the group listing. */
public record GroupPageView(List<GroupSummaryView> items, int page, int size, long totalItems, int totalPages) {
}
