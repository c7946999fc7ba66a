package org.claimcheck.ingest;

import java.util.List;

/** Several articles submitted at once; also the format of the fixture files. */
public record ArticleBatch(List<ArticleSubmission> articles) {
}
