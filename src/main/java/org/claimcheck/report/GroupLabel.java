package org.claimcheck.report;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.claimcheck.extract.Claim;

/** A group's label: the subject most of its claims give, else the first claim's text. */
public final class GroupLabel {

    private GroupLabel() {
    }

    public static String of(List<Claim> claims) {
        Map<String, Integer> counts = new HashMap<>();
        String best = null;
        for (Claim claim : claims) {
            String subject = claim.subject();
            if (subject != null && !subject.isBlank()) {
                int count = counts.merge(subject, 1, Integer::sum);
                if (best == null || count > counts.get(best)) {
                    best = subject;
                }
            }
        }
        return best != null ? best : claims.get(0).text();
    }
}
