package org.claimcheck.web;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

import jakarta.enterprise.context.ApplicationScoped;

import org.claimcheck.claimstore.ClaimCatalog;

/**
 * The store-wide conflict report, serialized once per change of the groups: over a large store the JSON is
 * megabytes, and writing it again for every request would cost more than the query.
 */
@ApplicationScoped
public class ConflictReportCache {

    private final ClaimCatalog catalog;
    private final ObjectMapper json;
    private byte[] body;
    private long version = -1;

    public ConflictReportCache(ClaimCatalog catalog, ObjectMapper json) {
        this.catalog = catalog;
        this.json = json;
    }

    synchronized byte[] current() {
        long now = catalog.version();
        if (body == null || now != version) {
            try {
                body = json.writeValueAsBytes(ReportView.of(catalog.conflictReport()));
            } catch (JsonProcessingException e) {
                throw new IllegalStateException("a report always serializes", e);
            }
            version = now;
        }
        return body;
    }
}
