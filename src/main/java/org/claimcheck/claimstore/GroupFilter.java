package org.claimcheck.claimstore;

import java.util.Optional;

import org.claimcheck.ingest.OutletKey;

/**
 * Which groups to list; an empty side lets everything through.
 *
 * @param text words the group's label or one of its claims' text contains, case-insensitive
 */
public record GroupFilter(Optional<String> status, Optional<String> kind, Optional<OutletKey> outlet, Optional<String> text) {
}
