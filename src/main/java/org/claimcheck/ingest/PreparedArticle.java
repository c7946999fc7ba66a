package org.claimcheck.ingest;

/** A submission that passed every check, normalized and ready to store. */
public record PreparedArticle(
        String outletName,
        OutletKey outletKey,
        String url,
        String title,
        PublicationTime published,
        String language,
        String text,
        String fingerprint) {
}
