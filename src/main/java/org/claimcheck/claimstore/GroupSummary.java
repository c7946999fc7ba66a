package org.claimcheck.claimstore;

import java.util.List;

import org.claimcheck.extract.Claim;
import org.claimcheck.normalize.ValueKind;
import org.claimcheck.reconcile.ReconcileInput;
import org.claimcheck.reconcile.Verdict;
import org.claimcheck.report.GroupLabel;

/** What a group's row shows: label, kind, outlets, and the claim whose value is the consensus. */
record GroupSummary(String label, ValueKind kind, List<String> outlets, Claim consensusClaim) {

    static GroupSummary of(List<ReconcileInput> members, Verdict verdict) {
        String label = GroupLabel.of(members.stream().map(ReconcileInput::claim).toList());
        Claim consensus = members.get(0).claim();
        for (ReconcileInput member : members) {
            if (member.claim().value().equals(verdict.consensus())) {
                consensus = member.claim();
            }
        }
        if (label.length() > 300) {
            label = label.substring(0, 300);
        }
        return new GroupSummary(label, members.get(0).claim().value().kind(), ClaimCatalog.outletsOf(members), consensus);
    }
}
