package org.claimcheck.reconcile;

import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.BiPredicate;
import java.util.function.Function;

import org.claimcheck.extract.Claim;
import org.claimcheck.extract.ClaimFrame;
import org.claimcheck.extract.MeasureLexicon;
import org.claimcheck.group.EventFrames;
import org.claimcheck.normalize.NumericValue;
import org.claimcheck.normalize.Qualifier;
import org.claimcheck.normalize.Value;
import org.claimcheck.normalize.ValueKind;

/**
 * Compares the values of a group as intervals and decides its status: the one entry point of {@code reconcile}.
 * Two values that cannot both be true contradict each other when they refer to the same time; when they were
 * reported for different times (a toll rising over days) they only show the figure evolving.
 */
public final class GroupReconciler {

    /** Figures whose periods lie within this many days of each other refer to the same time. */
    static final double SAME_TIME_DAYS = 7;

    private final Function<List<ReconcileInput>, BiPredicate<ReconcileInput, ReconcileInput>> sameFactWithin;

    /** Every two claims of a group are taken to state its fact. */
    public GroupReconciler() {
        this(group -> (a, b) -> true);
    }

    /**
     * @param sameFactWithin for a group, whether the grouping would link two of its claims of different articles
     *                       directly: a claim that joined a group through others is compared only with those it is
     *                       surely about the same fact as, so that a member pulled in by a chain of links does not
     *                       raise a conflict on its own. Made once per group, so that it can read each claim once.
     */
    public GroupReconciler(Function<List<ReconcileInput>, BiPredicate<ReconcileInput, ReconcileInput>> sameFactWithin) {
        this.sameFactWithin = sameFactWithin;
    }

    /**
     * @param reliability per outlet, from {@link Reliability}; outlets missing from it weigh 1
     */
    public Verdict reconcile(List<ReconcileInput> claims, Map<String, Double> reliability) {
        Set<String> articles = new HashSet<>();
        claims.forEach(claim -> articles.add(claim.articleId()));
        List<Interval> values = new ArrayList<>(claims.size());
        claims.forEach(claim -> values.add(Interval.of(claim.claim().value())));
        boolean[] cumulative = new boolean[claims.size()];
        boolean[] daily = new boolean[claims.size()];
        for (int i = 0; i < claims.size(); i++) {
            cumulative[i] = isCumulative(claims.get(i).claim());
            daily[i] = cumulative[i] || varies(claims.get(i).claim());
        }

        BiPredicate<ReconcileInput, ReconcileInput> sameFact = sameFactWithin.apply(claims);
        PrintedFigures printed = new PrintedFigures(claims, values);
        Map<String, List<String>> conflicts = new HashMap<>();
        boolean conflict = false;
        boolean evolving = false;
        double severity = 0;
        for (int a = 0; a < claims.size(); a++) {
            for (int b = a + 1; b < claims.size(); b++) {
                Interval x = values.get(a);
                Interval y = values.get(b);
                if (!disagree(x, y, claims.get(a).claim().value(), claims.get(b).claim().value())) {
                    continue;
                }
                ReconcileInput left = claims.get(a);
                ReconcileInput right = claims.get(b);
                if (!left.articleId().equals(right.articleId()) && !sameFact.test(left, right)) {
                    continue;
                }
                if (!left.articleId().equals(right.articleId())
                        && (printed.prints(left.articleId(), y) || printed.prints(right.articleId(), x))) {
                    continue;
                }
                if (!comparable(left.claim().frame(), right.claim().frame())) {
                    // an earlier figure, a forecast or a rival source's figure is not a contradiction of the level
                    evolving |= !left.articleId().equals(right.articleId());
                    continue;
                }
                if (sameTime(left, right, daily[a] || daily[b]) || fellWhileCumulative(left, x, right, y,
                        cumulative[a] && cumulative[b])) {
                    conflicts.computeIfAbsent(left.claimId(), id -> new ArrayList<>()).add(right.claimId());
                    conflicts.computeIfAbsent(right.claimId(), id -> new ArrayList<>()).add(left.claimId());
                    if (!left.articleId().equals(right.articleId())) {
                        conflict = true;
                        severity = Math.max(severity, severity(left, x, y));
                    }
                } else if (!left.articleId().equals(right.articleId())) {
                    evolving = true;
                }
            }
        }
        Verdict.Status status;
        if (articles.size() < 2) {
            status = Verdict.Status.SINGLE_SOURCE;
        } else if (conflict) {
            status = Verdict.Status.CONFLICT;
        } else if (evolving) {
            status = Verdict.Status.EVOLVING;
        } else {
            status = Verdict.Status.CONSISTENT;
        }
        Consensus consensus = Consensus.of(claims, values, reliability);
        return new Verdict(status, conflicts, consensus.value(), status == Verdict.Status.CONFLICT ? severity : 0,
                consensus.independentSources());
    }

    /**
     * Do two figures refer to the same time? Dates always do (an event has one date); other values when their
     * periods ("as of October 23", "by December") lie within a week of each other, or when either is unknown;
     * figures counted anew each day ({@code daily}: a toll, the missing) only on the same day. A daily count from an
     * undated article could be of any day, so it refers to no other figure's time; a duration still does, since it
     * is stated whole once what it times has ended ("trapped for 69 days").
     */
    private static boolean sameTime(ReconcileInput left, ReconcileInput right, boolean daily) {
        if (left.claim().value().kind() == ValueKind.DATE) {
            return true;
        }
        Interval x = Interval.ofPeriod(left.claim().asOfFrom(), left.claim().asOf());
        Interval y = Interval.ofPeriod(right.claim().asOfFrom(), right.claim().asOf());
        // A toll of deaths, injuries or displaced people is updated day by day: another day is another count.
        if (x == null || y == null) {
            return !daily || left.claim().value().kind() == ValueKind.DURATION;
        }
        return x.gap(y) <= (daily ? 0 : SAME_TIME_DAYS);
    }

    /** A figure that goes up and down from day to day (the missing, a river's level), by its measure. */
    private static boolean varies(Claim claim) {
        return MeasureLexicon.standard().measure(claim.frame().measure()).map(MeasureLexicon.Measure::varies).orElse(false);
    }

    /**
     * Tolls that only grow are read by their measure (the lexicon says which are cumulative); claims whose words
     * name no measure fall back on the event the count says happened ("killed", "wounded").
     */
    private static boolean isCumulative(Claim claim) {
        String measure = claim.frame().measure();
        if (!ClaimFrame.OTHER.equals(measure)) {
            return MeasureLexicon.standard().measure(measure).map(MeasureLexicon.Measure::cumulative).orElse(false);
        }
        return EventFrames.isCumulative(EventFrames.of(claim));
    }

    /**
     * Two claims contradict each other only as the same kind of figure from compatible sources. A forecast is set
     * against the level reported for the same time ("expected to reach 10,000 by December", "11,000 in December"):
     * both cannot be right. An earlier figure, a target or a change is never set against a level.
     */
    private static boolean comparable(ClaimFrame x, ClaimFrame y) {
        if (x.role() != y.role() && !(level(x.role()) && level(y.role()))) {
            return false;
        }
        return x.source() == null || y.source() == null || x.source().equals(y.source());
    }

    private static boolean level(ClaimFrame.Role role) {
        return role == ClaimFrame.Role.CURRENT || role == ClaimFrame.Role.PROJECTED;
    }

    /**
     * The closed figures each article of a group prints: outlets that each print both figures do not disagree on them;
     * the two are figures of two facts that the group gathered. A bound ("up to 12,000") agrees with too much to say
     * the outlet printed the other figure. Sorted by their low ends with the highest high end so far, so that asking
     * costs a binary search, not a pass over the group: a stored group can hold thousands of claims.
     */
    private static final class PrintedFigures {
        private final Map<String, double[][]> byArticle = new HashMap<>();

        PrintedFigures(List<ReconcileInput> claims, List<Interval> values) {
            Map<String, List<Interval>> closed = new HashMap<>();
            for (int k = 0; k < claims.size(); k++) {
                Interval value = values.get(k);
                if (value != null && value.bounded()) {
                    closed.computeIfAbsent(claims.get(k).articleId(), id -> new ArrayList<>()).add(value);
                }
            }
            closed.forEach((article, intervals) -> {
                intervals.sort(java.util.Comparator.comparingDouble(Interval::low));
                double[] lows = new double[intervals.size()];
                double[] highest = new double[intervals.size()];
                for (int i = 0; i < lows.length; i++) {
                    lows[i] = intervals.get(i).low();
                    highest[i] = Math.max(i == 0 ? Double.NEGATIVE_INFINITY : highest[i - 1], intervals.get(i).high());
                }
                byArticle.put(article, new double[][] {lows, highest});
            });
        }

        /**
         * Does the article print a closed figure that agrees with the value? Asked only of a pair whose own values do not
         * overlap, so the claim asked about is never the figure found.
         */
        boolean prints(String article, Interval value) {
            double[][] figures = byArticle.get(article);
            if (figures == null) {
                return false;
            }
            double[] lows = figures[0];
            int low = 0;
            int high = lows.length; // the first index whose low end is above the value's high end
            while (low < high) {
                int mid = (low + high) >>> 1;
                if (lows[mid] <= value.high()) {
                    low = mid + 1;
                } else {
                    high = mid;
                }
            }
            return low > 0 && figures[1][low - 1] >= value.low();
        }
    }

    /**
     * Whether two values cannot both be true: their intervals are apart and neither is the other rounded. Only such
     * pairs are set against each other, so the conflict model is fit on them alone.
     */
    public static boolean disagree(Value one, Value other) {
        return disagree(Interval.of(one), Interval.of(other), one, other);
    }

    private static boolean disagree(Interval x, Interval y, Value one, Value other) {
        return x != null && y != null && !x.overlaps(y) && !roundsTo(one, other);
    }

    /**
     * Whether one exact figure is the other rounded to fewer decimals: "a magnitude 6" and "6.2", "51%" and "51.2%".
     * An outlet that rounds does not contradict one that does not; two figures of the same precision are compared as
     * they are.
     */
    static boolean roundsTo(Value one, Value other) {
        if (!(one instanceof NumericValue x) || !(other instanceof NumericValue y) || !rounded(x) || !rounded(y)) {
            return false;
        }
        int xs = Math.max(0, x.min().stripTrailingZeros().scale());
        int ys = Math.max(0, y.min().stripTrailingZeros().scale());
        if (xs == ys) {
            return false;
        }
        NumericValue coarse = xs < ys ? x : y;
        NumericValue fine = xs < ys ? y : x;
        return fine.min().setScale(Math.min(xs, ys), RoundingMode.HALF_UP).compareTo(coarse.min()) == 0;
    }

    /** An exact count or percentage, as written: measures converted from other units round otherwise. */
    private static boolean rounded(NumericValue value) {
        return value.qualifier() == Qualifier.EXACT && value.min() != null && value.min().equals(value.max())
                && (value.kind() == ValueKind.COUNT || value.kind() == ValueKind.PERCENT);
    }

    /** A cumulative toll reported lower on a later day than on an earlier one is not its evolution: it contradicts it. */
    private static boolean fellWhileCumulative(ReconcileInput left, Interval x, ReconcileInput right, Interval y,
            boolean cumulative) {
        if (!cumulative || left.claim().asOf() == null || right.claim().asOf() == null) {
            return false;
        }
        int order = left.claim().asOf().compareTo(right.claim().asOf());
        return order < 0 && y.high() < x.low() || order > 0 && x.high() < y.low();
    }

    /** The gap between two values relative to their size (days over a year for dates), capped at 1. */
    private static double severity(ReconcileInput claim, Interval x, Interval y) {
        double gap = x.gap(y);
        if (claim.claim().value().kind() == ValueKind.DATE) {
            return Math.min(1, gap / 365.0);
        }
        double size = Math.max(Math.abs(x.middle()), Math.abs(y.middle()));
        return size == 0 || Double.isInfinite(size) ? 1 : Math.min(1, gap / size);
    }

    /** The source a claim relies on: its attribution when it names one, else its outlet. */
    static String sourceOf(ReconcileInput claim) {
        String attribution = claim.claim().attribution();
        return attribution == null || attribution.isBlank() ? "outlet:" + claim.outlet().toLowerCase(Locale.ROOT)
                : "source:" + attribution.toLowerCase(Locale.ROOT).strip();
    }
}
