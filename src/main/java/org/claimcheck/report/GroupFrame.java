package org.claimcheck.report;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import org.claimcheck.extract.Claim;
import org.claimcheck.extract.ClaimFrame;

/**
 * The frame most of a group's claims share: what relates two groups that state one measure of one event from
 * different sources or in different roles (the organizers' and the police's crowd; a forecast and the report).
 */
public record GroupFrame(String measure, String event, String source, ClaimFrame.Role role) {

    public static GroupFrame of(List<Claim> claims) {
        return new GroupFrame(mostCommon(claims, frame -> frame.measure()), mostCommon(claims, ClaimFrame::event),
                mostCommon(claims, ClaimFrame::source), ClaimFrame.Role.valueOf(mostCommon(claims, frame -> frame.role().name())));
    }

    /** Same measure of the same event, from another source or in another role. */
    public boolean relatedTo(GroupFrame other) {
        return !ClaimFrame.OTHER.equals(measure) && measure.equals(other.measure) && event != null
                && event.equals(other.event) && (!Objects.equals(source, other.source) || role != other.role);
    }

    private static String mostCommon(List<Claim> claims, java.util.function.Function<ClaimFrame, String> part) {
        Map<String, Integer> counts = new HashMap<>();
        String best = null;
        int bestCount = 0;
        for (Claim claim : claims) {
            String value = part.apply(claim.frame());
            if (value == null) {
                continue;
            }
            int count = counts.merge(value, 1, Integer::sum);
            if (count > bestCount) {
                bestCount = count;
                best = value;
            }
        }
        return best;
    }
}
