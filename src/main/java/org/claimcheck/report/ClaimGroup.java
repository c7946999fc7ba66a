package org.claimcheck.report;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;

import org.claimcheck.normalize.Value;
import org.claimcheck.normalize.ValueKind;
import org.claimcheck.reconcile.ReconcileInput;
import org.claimcheck.reconcile.Verdict;

/**
 * Claims that describe the same fact, possibly from several outlets.
 *
 * @param consensus the value best supported by independent, reliable sources
 * @param severity  how far apart conflicting values are, 0 (none) to 1
 * @param sources   independent sources: outlets citing the same origin count once
 * @param relatedGroups ids of groups on the same measure and event from another source or in another role (the
 *                  organizers' and the police's crowd, a forecast and the report): shown beside it, never a conflict
 */
public record ClaimGroup(String id, String label, ValueKind kind, GroupStatus status, List<String> outlets,
        List<ReportedClaim> claims, Value consensus, double severity, int sources, List<String> relatedGroups) {

    public ClaimGroup {
        outlets = List.copyOf(outlets);
        claims = List.copyOf(claims);
        relatedGroups = List.copyOf(relatedGroups);
    }

    /** The same group under another id and with its related groups named. */
    public ClaimGroup withId(String newId, List<String> related) {
        return new ClaimGroup(newId, label, kind, status, outlets, claims, consensus, severity, sources, related);
    }

    /** A group of reconciled claims: each claim with the ids it contradicts, the outlets in order of appearance. */
    public static ClaimGroup of(String id, String label, List<ReconcileInput> members, Verdict verdict) {
        List<ReportedClaim> claims = new ArrayList<>(members.size());
        for (ReconcileInput member : members) {
            claims.add(new ReportedClaim(member.claimId(), member.articleId(), member.outlet(), member.claim(),
                    verdict.conflictsWith().getOrDefault(member.claimId(), List.of())));
        }
        return new ClaimGroup(id, label, members.get(0).claim().value().kind(), GroupStatus.valueOf(verdict.status().name()),
                outletsOf(members), claims, verdict.consensus(), verdict.severity(), verdict.sources(), List.of());
    }

    /** The outlets of the claims, in order of first appearance. */
    public static List<String> outletsOf(List<ReconcileInput> members) {
        LinkedHashSet<String> outlets = new LinkedHashSet<>();
        members.forEach(member -> outlets.add(member.outlet()));
        return List.copyOf(outlets);
    }
}
