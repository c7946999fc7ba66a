package org.claimcheck.claimstore;

import java.util.List;

import org.claimcheck.ingest.StorableText;
import org.claimcheck.normalize.ValueKind;
import org.claimcheck.reconcile.ReconcileInput;
import org.claimcheck.report.ClaimGroup;
import org.claimcheck.report.GroupLabel;

/** What a group's row shows besides its verdict: label (cut to the column's 300 characters), kind and outlets. */
record GroupSummary(String label, ValueKind kind, List<String> outlets) {

    private static final int MAX_LABEL = 300;

    static GroupSummary of(List<ReconcileInput> members) {
        String label = GroupLabel.of(members.stream().map(ReconcileInput::claim).toList());
        return new GroupSummary(StorableText.truncate(label, MAX_LABEL),
                members.get(0).claim().value().kind(), ClaimGroup.outletsOf(members));
    }
}
