package org.claimcheck.claimstore;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.claimcheck.extract.Claim;
import org.claimcheck.normalize.ValueKind;
import org.claimcheck.reconcile.ReconcileInput;
import org.claimcheck.reconcile.Verdict;

/** What a group's row shows: label, kind, outlets, and the claim whose value is the consensus. */
record GroupSummary(String label, ValueKind kind, List<String> outlets, Claim consensusClaim) {

    static GroupSummary of(List<ReconcileInput> members, Verdict verdict) {
        Map<String, Integer> counts = new HashMap<>();
        String label = null;
        Claim consensus = members.get(0).claim();
        for (ReconcileInput member : members) {
            String subject = member.claim().subject();
            if (subject != null && !subject.isBlank()) {
                int count = counts.merge(subject, 1, Integer::sum);
                if (label == null || count > counts.get(label)) {
                    label = subject;
                }
            }
            if (member.claim().value().equals(verdict.consensus())) {
                consensus = member.claim();
            }
        }
        if (label == null) {
            label = members.get(0).claim().text();
        }
        if (label.length() > 300) {
            label = label.substring(0, 300);
        }
        return new GroupSummary(label, members.get(0).claim().value().kind(), ClaimCatalog.outletsOf(members), consensus);
    }
}
