package org.claimcheck.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.claimcheck.normalize.Language;
import org.claimcheck.normalize.Mention;
import org.claimcheck.normalize.NumericValue;
import org.claimcheck.normalize.Token;
import org.claimcheck.normalize.ValueKind;

/**
 * Reads the frame of each value of one sentence from the words around it, never from the value: the measure from
 * the nearest cue of the measure lexicon that fits the value's kind, the event from the nearest event cue (else the
 * previous sentence's, else the article's), the source from the attribution or a source named before the value,
 * the role from the words right before it. All cue lists are data (resources under {@code /frames}); the work per
 * value is bounded by a window of tokens.
 */
final class FrameReader {

    /** Cues further than this many tokens from the value say nothing about it. */
    private static final int WINDOW = 10;
    /** A cue on the far side of another value more likely belongs to that value. */
    private static final int PAST_OTHER_VALUE = 4;
    /** A count this close after a verb is the verb's object ("killed 200 civilians"). */
    private static final int OBJECT_WORDS = 3;
    /** A cue before the value is a little less telling than one after it ("78 people were killed"). */
    private static final double BEFORE = 0.5;
    private static final int ROLE_WINDOW = 4;
    private static final int SOURCE_WINDOW = 12;
    /** A source named this many words after "according to", "según", "selon" is the one they introduce. */
    private static final int INTRODUCED_WITHIN = 4;
    private static final Set<String> INTRODUCERS = Set.of("according", "citing", "segun", "selon", "d'apres", "apres");

    private static final PhraseLexicon EVENTS = PhraseLexicon.load("/frames/events.tsv");
    private static final PhraseLexicon SOURCES = PhraseLexicon.load("/frames/sources.tsv");
    private static final PhraseLexicon ROLES = PhraseLexicon.load("/frames/roles.tsv");
    // not "en": after a change word it is the change's "by" ("subió en 300"), as "de" is
    private static final Set<String> LEVEL_MARKERS = Set.of("to", "a", "at", "hasta", "reach", "reached", "reaching",
            "alcanzar", "alcanzo", "atteindre", "atteint");
    private static final Set<String> FROM = Set.of("from", "de", "desde", "del");
    private static final Set<String> TO = Set.of("to", "a", "hasta", "al");
    private static final Set<String> PURPOSE = Set.of("for", "para", "pour", "to");
    private static final Set<String> RANGE_STARTS = Set.of("between", "entre");
    private static final Set<String> BY = Set.of("by", "un", "una", "en", "de", "of");

    private final List<Token> tokens;
    private final List<String> folded;
    private final List<Mention> mentions;
    private final String fallbackEvent;

    /**
     * @param fallbackEvent the event of the previous sentence or of the article, for a sentence that names none
     */
    FrameReader(List<Token> tokens, List<String> folded, List<Mention> mentions, String fallbackEvent) {
        this.tokens = tokens;
        this.mentions = mentions;
        this.fallbackEvent = fallbackEvent;
        this.folded = folded;
    }

    static List<String> foldedWords(List<Token> tokens) {
        List<String> folded = new ArrayList<>(tokens.size());
        for (Token token : tokens) {
            folded.add(token.isWord() ? PhraseLexicon.fold(token.text()) : token.text());
        }
        return folded;
    }

    /** The sentence's first event cue, or null: what a following sentence may lean on. */
    static String eventOf(List<Token> tokens, List<String> words) {
        for (int k = 0; k < words.size(); k++) {
            if (tokens.get(k).isWord()) {
                Optional<PhraseLexicon.Match> match = EVENTS.longestMatch(words, k);
                if (match.isPresent()) {
                    return match.get().id();
                }
            }
        }
        return null;
    }

    /** Call in the order of the sentence's values: a list's later items may take the measure of an earlier one. */
    ClaimFrame read(Mention mention, String attribution, Modality modality) {
        int first = tokenAt(mention.start());
        int after = tokenAt(mention.end());
        RoleAndDirection role = role(mention, first, after, modality, mention.value().kind() == ValueKind.DATE);
        String block = mention.value().kind() + "|" + (mention.value() instanceof NumericValue number ? number.unit() : "");
        String measure = measure(mention, first, after);
        if (ClaimFrame.OTHER.equals(measure) && listItem(after)) {
            measure = measuresSoFar.getOrDefault(block, ClaimFrame.OTHER);
        } else if (!ClaimFrame.OTHER.equals(measure)) {
            measuresSoFar.put(block, measure);
        }
        return new ClaimFrame(measure, event(first, after), source(attribution, first), role.role(), role.direction());
    }

    /** The last measure read in this sentence per kind and unit of value. */
    private final java.util.Map<String, String> measuresSoFar = new java.util.HashMap<>();

    /**
     * Is the value an item of a list that names its measure once ("killed 86 in Mexico City, 71 in Morelos and 43 in
     * Puebla", "seis más en Guerrero")? Such an item has only a place after it, perhaps after "more".
     */
    private boolean listItem(int after) {
        int k = after;
        if (k < folded.size() && LIST_MORE.contains(folded.get(k))) {
            k++;
        }
        return k < folded.size() && PLACE_PREPOSITIONS.contains(folded.get(k));
    }

    private static final Set<String> LIST_MORE = Set.of("more", "mas", "plus", "otros", "otras", "autres");
    private static final Set<String> PLACE_PREPOSITIONS = placePrepositions();

    private static Set<String> placePrepositions() {
        Set<String> words = new java.util.HashSet<>();
        for (Language language : Language.values()) {
            language.placePrepositions().forEach(word -> words.add(PhraseLexicon.fold(word)));
        }
        words.remove("de"); // "71 de los muertos": what is counted, not where
        words.remove("from");
        words.remove("desde");
        return Set.copyOf(words);
    }

    // ---- measure ----------------------------------------------------------------------------------------

    private String measure(Mention mention, int first, int after) {
        ValueKind kind = mention.value().kind();
        String unit = mention.value() instanceof NumericValue number ? number.unit() : null;
        String best = ClaimFrame.OTHER;
        double bestDistance = Double.MAX_VALUE;
        int bestAt = -1;
        String event = null;
        int eventAt = Integer.MAX_VALUE;
        int from = clauseStart(first);
        int to = clauseEnd(after);
        // cues are matched over the clause's words without auxiliaries and without the value itself: "312 soldiers
        // were killed" meets the cue "soldiers killed", and "killed at least 312 soldiers" the cue "killed soldiers"
        List<String> words = new ArrayList<>();
        List<Integer> at = new ArrayList<>();
        for (int k = from; k < to; k++) {
            if (k >= first && k < after) {
                continue;
            }
            if (!MeasureLexicon.AUXILIARIES.contains(folded.get(k)) || !tokens.get(k).isWord()) {
                words.add(folded.get(k));
                at.add(k);
            }
        }
        // the value sits between words gap - 1 and gap
        int gap = 0;
        while (gap < at.size() && at.get(gap) < first) {
            gap++;
        }
        // "398 muertos y 2.150 heridos": a cue that closes around the value right after "y" names no thing of the value
        int split = gap > 0 && CONJUNCTIONS.contains(words.get(gap - 1)) ? gap : -1;
        for (int w = 0; w < words.size(); w++) {
            int k = at.get(w);
            if (!tokens.get(k).isWord()) {
                continue;
            }
            int start = w;
            Optional<MeasureLexicon.Match> match = MeasureLexicon.standard().longestMatch(words, w,
                    cue -> cue.measure().accepts(kind, unit) && (split < 0 || start >= split || start + cue.words().size() <= split));
            if (match.isEmpty()) {
                continue;
            }
            int end = at.get(w + match.get().length() - 1) + 1;
            // "the toll of the 7.2-magnitude quake rose to 398": a cue fastened to another value it could measure is
            // that value's
            if ((end <= first || k >= after) && fastenedToAnotherValue(k, mention, match.get().measure())) {
                continue;
            }
            double distance;
            if (end <= first) {
                distance = first - end + BEFORE + PAST_OTHER_VALUE * valuesBetween(end, first);
            } else if (k >= after) {
                distance = k - after + PAST_OTHER_VALUE * valuesBetween(after, k) + (purposeBetween(after, k) ? PAST_OTHER_VALUE : 0);
            } else {
                distance = 0; // the cue encloses the value: "killed [at least 312] soldiers"
            }
            if (distance < bestDistance) {
                bestDistance = distance;
                best = match.get().measure().id();
                bestAt = k;
            }
            int cueEnd = at.get(w + match.get().length() - 1) + 1;
            // "3,000 soldiers killed 200 civilians": a verb with a count of its own tells what befell that count
            if (k >= after && match.get().measure().cumulative() && valuesBetween(after, k) == 0 && k < eventAt
                    && valuesBetween(cueEnd, cueEnd + OBJECT_WORDS) == 0) {
                eventAt = k;
                event = match.get().measure().id();
            }
        }
        // "between 20 and 30 soldiers crossed the border", "1,400 soldiers defected": the noun after the value says who
        // is counted, a later count that accumulates says what happened to them; a count that varies is no noun of
        // who ("quatorze personnes sont portées disparues dans les hameaux")
        if (event != null && bestAt >= after && eventAt > bestAt
                && MeasureLexicon.standard().measure(best).map(m -> !m.cumulative() && !m.varies()).orElse(false)) {
            return event;
        }
        return best;
    }

    /**
     * Is the cue [k, end) fastened by a hyphen after another value that its measure could be ("the 7.2-magnitude
     * quake")? A word before another value ("won 51.2% compared with 44.2%") or after it ("2.75 million votes for
     * Maduro and 6.27 million for González") may be shared by the values of a list, so it stays a cue.
     */
    private boolean fastenedToAnotherValue(int k, Mention mention, MeasureLexicon.Measure measure) {
        if (k < 2 || !folded.get(k - 1).equals("-") || tokens.get(k - 1).spaceBefore() || tokens.get(k).spaceBefore()) {
            return false;
        }
        for (Mention other : mentions) {
            String otherUnit = other.value() instanceof NumericValue number ? number.unit() : null;
            if (other != mention && tokenAt(other.end()) == k - 1 && measure.accepts(other.value().kind(), otherUnit)) {
                return true;
            }
        }
        return false;
    }

    private static final Set<String> CONJUNCTIONS = Set.of("and", "or", "nor", "y", "e", "o", "u", "ni", "et", "ou");

    // ---- event ------------------------------------------------------------------------------------------

    private String event(int first, int after) {
        String best = null;
        int bestDistance = Integer.MAX_VALUE;
        for (EventCue cue : eventCues()) {
            if (cue.token() >= first && cue.token() < after) {
                continue;
            }
            int distance = cue.token() < first ? first - cue.token() : cue.token() - after;
            if (distance < bestDistance) {
                bestDistance = distance;
                best = cue.id();
            }
        }
        return best != null ? best : fallbackEvent;
    }

    private record EventCue(int token, String id) {
    }

    private List<EventCue> eventCues;

    /** The sentence's event cues, found once for all its values. */
    private List<EventCue> eventCues() {
        if (eventCues == null) {
            eventCues = new ArrayList<>();
            for (int k = 0; k < tokens.size(); k++) {
                if (tokens.get(k).isWord()) {
                    Optional<PhraseLexicon.Match> match = EVENTS.longestMatch(folded, k);
                    if (match.isPresent()) {
                        eventCues.add(new EventCue(k, match.get().id()));
                        // the words of a phrase are not cues of their own: "second tour" is an election's round
                        k += match.get().words() - 1;
                    }
                }
            }
        }
        return eventCues;
    }

    // ---- source -----------------------------------------------------------------------------------------

    /** The attribution as a known kind of source, else the attribution itself folded; else a source named before. */
    private String source(String attribution, int first) {
        if (attribution != null && !attribution.isBlank()) {
            List<String> words = new ArrayList<>();
            for (String word : attribution.split("[\\s’']+")) {
                if (!word.isEmpty()) {
                    words.add(PhraseLexicon.fold(word));
                }
            }
            for (int k = 0; k < words.size(); k++) {
                Optional<PhraseLexicon.Match> match = SOURCES.longestMatch(words, k);
                if (match.isPresent()) {
                    return match.get().id();
                }
            }
            return String.join(" ", words);
        }
        for (int k = 0; k + 1 < tokens.size(); k++) {
            // "selon le ministère de l'Intérieur", "según la policía", "according to police": anywhere in the sentence
            if (INTRODUCERS.contains(folded.get(k))) {
                for (int j = k + 1; j < Math.min(tokens.size(), k + 1 + INTRODUCED_WITHIN); j++) {
                    Optional<PhraseLexicon.Match> match = tokens.get(j).isWord() ? SOURCES.longestMatch(folded, j) : Optional.empty();
                    if (match.isPresent()) {
                        return match.get().id();
                    }
                }
            }
        }
        for (int k = first - 1; k >= Math.max(clauseStart(first), first - SOURCE_WINDOW); k--) {
            if (tokens.get(k).isWord()) {
                Optional<PhraseLexicon.Match> match = SOURCES.longestMatch(folded, k);
                if (match.isPresent() && k + match.get().words() <= first) {
                    return match.get().id();
                }
            }
        }
        return null;
    }

    // ---- role -------------------------------------------------------------------------------------------

    private record RoleAndDirection(ClaimFrame.Role role, ClaimFrame.Direction direction) {
    }

    private RoleAndDirection role(Mention mention, int first, int after, Modality modality, boolean date) {
        int before = first - 1;
        // "from 64 to 2,975" after a change verb: the first figure is the earlier one
        if (before >= 0 && FROM.contains(folded.get(before)) && followedByAnotherValue(after, mention)
                && endsWithin(before, "change_verb", ROLE_WINDOW)) {
            return new RoleAndDirection(ClaimFrame.Role.PREVIOUS, null);
        }
        // "a previous toll put the dead at 2,122", "un précédent bilan fourni dimanche faisait état de 2122 morts": an
        // earlier count named as such governs its whole clause
        if (endsWithin(first, "previous", ROLE_WINDOW) || endsWithin(first, "previous_count", WINDOW)) {
            return new RoleAndDirection(ClaimFrame.Role.PREVIOUS, null);
        }
        // "to 2,946" is a level; "from 64 to 2,975" read as one range is not a change
        boolean level = before >= 0 && LEVEL_MARKERS.contains(folded.get(before))
                || first < tokens.size() && (FROM.contains(folded.get(first)) || RANGE_STARTS.contains(folded.get(first)));
        // "en" before a date places it in time ("subió en 2023"); before a number it is the change's "by" ("subió en 300")
        level |= date && before >= 0 && folded.get(before).equals("en");
        if (!level) {
            int at = before >= 0 && BY.contains(folded.get(before)) ? before : first;
            // a cue may end at "by" ("a baissé" + "de") or take it in ("baisse de")
            if (endsAt(at, "change_up") || at != first && endsAt(first, "change_up")) {
                return new RoleAndDirection(ClaimFrame.Role.CHANGE, ClaimFrame.Direction.UP);
            }
            if (endsAt(at, "change_down") || at != first && endsAt(first, "change_down")) {
                return new RoleAndDirection(ClaimFrame.Role.CHANGE, ClaimFrame.Direction.DOWN);
            }
        }
        if (endsWithin(first, "target", 2 * ROLE_WINDOW)) {
            return new RoleAndDirection(ClaimFrame.Role.TARGET, null);
        }
        if (modality == Modality.PROJECTION) {
            return new RoleAndDirection(ClaimFrame.Role.PROJECTED, null);
        }
        return new RoleAndDirection(ClaimFrame.Role.CURRENT, null);
    }

    /** A role cue that ends right before token {@code at}. */
    private boolean endsAt(int at, String id) {
        for (int k = Math.max(0, at - 3); k < at; k++) {
            int length = ROLES.lengthOf(id, folded, k);
            if (length > 0 && k + length == at) {
                return true;
            }
        }
        return false;
    }

    /** A role cue that ends within {@code window} tokens before token {@code at}, in the same clause. */
    private boolean endsWithin(int at, String id, int window) {
        for (int k = Math.max(clauseStart(at), at - window - 3); k < at; k++) {
            if (!tokens.get(k).isWord()) {
                continue;
            }
            int length = ROLES.lengthOf(id, folded, k);
            if (length > 0 && k + length <= at && at - (k + length) <= window) {
                return true;
            }
        }
        return false;
    }

    /**
     * Is "to" and another value of the same kind and unit after the value? An old and a new figure measure alike; "a
     * baissé de 0,68 % à 3 005,47" is a change and the level it led to.
     */
    private boolean followedByAnotherValue(int after, Mention mention) {
        if (after >= tokens.size() || !TO.contains(folded.get(after))) {
            return false;
        }
        int next = after + 1;
        for (Mention other : mentions) {
            int start = tokenAt(other.start());
            if (start == next || start == after) {
                return sameUnit(mention, other);
            }
        }
        return false;
    }

    private static boolean sameUnit(Mention one, Mention other) {
        if (one.value().kind() != other.value().kind()) {
            return false;
        }
        String unit = one.value() instanceof NumericValue number ? number.unit() : null;
        String otherUnit = other.value() instanceof NumericValue number ? number.unit() : null;
        return unit == null ? otherUnit == null : unit.equals(otherUnit);
    }

    // ---- positions --------------------------------------------------------------------------------------

    /** "on Wednesday for talks": what follows "for", "para", "pour" is the purpose, not what the value measures. */
    private boolean purposeBetween(int from, int to) {
        for (int k = from; k < to; k++) {
            if (PURPOSE.contains(folded.get(k))) {
                return true;
            }
        }
        return false;
    }

    private int valuesBetween(int from, int to) {
        int count = 0;
        for (Mention other : mentions) {
            int start = tokenAt(other.start());
            if (start >= from && start < to) {
                count++;
            }
        }
        return count;
    }

    private int clauseStart(int first) {
        int k = first - 1;
        while (k >= 0 && first - k <= WINDOW && !isClauseBreak(tokens.get(k))) {
            k--;
        }
        return k + 1;
    }

    private int clauseEnd(int after) {
        int k = after;
        while (k < tokens.size() && k - after < WINDOW && !isClauseBreak(tokens.get(k))) {
            k++;
        }
        return k;
    }

    private static boolean isClauseBreak(Token token) {
        String text = token.text();
        return text.equals(";") || text.equals(".") || text.equals(":") || text.equals("(") || text.equals(")");
    }

    private int tokenAt(int offset) {
        return ClaimContext.tokenAt(tokens, offset);
    }
}
