package org.claimcheck.ingest;

import java.util.List;

/** One page of stored articles and the size of the whole listing. */
public record ArticlePage(List<Article> articles, PageRequest request, long totalArticles) {

    public int totalPages() {
        return (int) ((totalArticles + request.size() - 1) / request.size());
    }
}
