package org.claimcheck.group;

import java.util.List;

import org.claimcheck.extract.Claim;

/**
 * What happened to what a claim counts: "death" for "45 people were killed", "injury" for "120 injured",
 * "casualty" for "killed or wounded", "displace", "arrest", "deploy". Counts of different events are not the
 * same fact, and tolls of deaths, injuries and displacement grow over days, so their changes are evolution.
 */
public final class EventFrames {

    private EventFrames() {
    }

    /** The frame of a claim, or null when the words around it name none. */
    public static String of(Claim claim) {
        String fromSubject = frameOfWords(List.of(claim.subject() == null ? new String[0] : claim.subject().split("[\\s\\-]+")));
        if (fromSubject != null) {
            return fromSubject;
        }
        return frameOfWords(claim.eventWords());
    }

    /** Tolls that only grow as counting goes on: a later, higher figure updates an earlier one. */
    public static boolean isCumulative(String frame) {
        return frame != null && !frame.equals("deploy");
    }

    /** How far two frames are apart: 0 the same, 1 unrelated, in between for a casualty count and its parts. */
    static double distance(String a, String b) {
        if (a == null || b == null || a.equals(b)) {
            return 0;
        }
        boolean related = (a.equals("casualty") && (b.equals("death") || b.equals("injury")))
                || (b.equals("casualty") && (a.equals("death") || a.equals("injury")));
        return related ? 0.3 : 1;
    }

    private static String frameOfWords(List<String> words) {
        boolean death = false;
        boolean injury = false;
        String other = null;
        for (String word : words) {
            String frame = Terms.frameOf(Terms.of(word));
            if ("death".equals(frame)) {
                death = true;
            } else if ("injury".equals(frame)) {
                injury = true;
            } else if (frame != null && other == null) {
                other = frame;
            }
        }
        if (death && injury) {
            return "casualty";
        }
        return death ? "death" : injury ? "injury" : other;
    }
}
