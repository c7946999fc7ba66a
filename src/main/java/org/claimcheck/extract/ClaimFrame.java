package org.claimcheck.extract;

/**
 * Which fact a claim states, read from its words and never from its value: what is measured, of which event,
 * according to whom, in which role. Two claims state the same fact when their frames match; their values may differ,
 * and that is what the service exists to find.
 *
 * @param measure   language-neutral id from the measure lexicon ("deaths", "magnitude", "date_of_arrival"), or
 *                  {@code other} when the lexicon names none near the value
 * @param event     what the figure is about, in terms comparable across languages ("earthquake al-haouz"), or null
 * @param source    who gives the figure, normalized ("police", "organizers"); null when the outlet speaks for itself
 * @param role      the figure's role: the current level, an earlier one, a forecast, a target or a change
 * @param direction for a change, whether it went up or down; else null
 */
public record ClaimFrame(String measure, String event, String source, Role role, Direction direction) {

    /** The fallback measure: the lexicon names none near the value. */
    public static final String OTHER = "other";

    /** A frame that says nothing: claims stored before frames were read. */
    public static final ClaimFrame UNKNOWN = new ClaimFrame(OTHER, null, null, Role.CURRENT, null);

    public ClaimFrame {
        measure = measure == null ? OTHER : measure;
        role = role == null ? Role.CURRENT : role;
    }

    /** A figure's role in its sentence. */
    public enum Role {
        /** The level now: "the toll stands at 2,946". */
        CURRENT,
        /** An earlier level: "up from 2,012", "revised from 64 to 2,975" (64). */
        PREVIOUS,
        /** A forecast: "expected to reach 10,000". */
        PROJECTED,
        /** An aim: "aims to raise $1 billion". */
        TARGET,
        /** A difference, not a level: "fell 2.1%", "rose by 300". */
        CHANGE
    }

    /** Which way a change went. */
    public enum Direction {
        UP, DOWN
    }
}
