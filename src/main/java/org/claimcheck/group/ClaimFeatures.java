package org.claimcheck.group;

import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import org.claimcheck.extract.Claim;
import org.claimcheck.extract.ClaimFrame;
import org.claimcheck.normalize.Language;
import org.claimcheck.normalize.NumericValue;
import org.claimcheck.normalize.ValueKind;

/**
 * What grouping compares, computed once per claim: its block (kind and unit), its frame, the canonical terms of
 * its subject, context and named entities, and the day it refers to. Never its value: which fact a claim states is
 * read from what it says, so that two outlets giving different values for one fact still meet.
 */
record ClaimFeatures(
        int index,
        String articleId,
        String block,
        ValueKind kind,
        ClaimFrame frame,
        String countedTerm,
        Set<String> subjectTerms,
        Set<String> contextTerms,
        Set<String> entityTerms,
        Set<String> nearTerms,
        Set<String> nearNames,
        Set<String> locus,
        Set<String> place,
        Set<String> owner,
        String nearText,
        String sentence,
        Long asOfDay,
        boolean increment,
        boolean background) {

    /** Words either side of the value that say most directly what it is: "people were killed", "a depth of". */
    private static final int NEAR_WORDS = 5;

    /** What the claim says and where in its sentence, whichever article and position it has: orders equal links. */
    String identity() {
        int bar = sentence.indexOf('|');
        return sentence.substring(bar + 1) + "\u0000" + nearText;
    }

    /** The same features at another position of a collection. */
    ClaimFeatures withIndex(int newIndex) {
        return new ClaimFeatures(newIndex, articleId, block, kind, frame, countedTerm, subjectTerms, contextTerms,
                entityTerms, nearTerms, nearNames, locus, place, owner, nearText, sentence, asOfDay, increment, background);
    }

    static ClaimFeatures of(int index, GroupMember member) {
        Claim claim = member.claim();
        Set<String> subject = terms(words(claim.subject()));
        Set<String> entities = new HashSet<>();
        for (String entity : claim.entities()) {
            entities.addAll(terms(words(entity)));
        }
        Set<String> context = new HashSet<>(subject);
        context.addAll(terms(claim.eventWords()));
        context.addAll(entities);
        ValueKind kind = claim.value().kind();
        String near = nearText(claim);
        String segment = scope(claim);
        return new ClaimFeatures(index, member.articleId(), blockOf(claim), kind, claim.frame(),
                claim.counted() == null ? null : Terms.of(claim.counted()), subject, context, entities,
                terms(words(near)), names(near), names(segment), place(claim, segment), owner(claim), near,
                member.articleId() + "|" + claim.sentence(),
                kind == ValueKind.DATE || claim.asOf() == null ? null : claim.asOf().toEpochDay(), isIncrement(claim),
                isBackground(claim));
    }

    /**
     * The words either side of the value, the value itself left out: what grouping may compare without ever seeing
     * the value ("at least 78 people were killed" gives "people were killed").
     */
    static String nearText(Claim claim) {
        String sentence = claim.sentence();
        int at = sentence.indexOf(claim.text());
        if (at < 0) {
            return "";
        }
        String[] before = sentence.substring(0, at).strip().split("\\s+");
        String[] after = sentence.substring(at + claim.text().length()).strip().split("\\s+");
        StringBuilder near = new StringBuilder();
        for (int i = Math.max(0, before.length - NEAR_WORDS); i < before.length; i++) {
            near.append(before[i]).append(' ');
        }
        for (int i = 0; i < Math.min(NEAR_WORDS, after.length); i++) {
            near.append(after[i]).append(' ');
        }
        return near.toString().replaceAll("[^\\p{L}\\s'’-]", " ").replaceAll("\\s+", " ").strip();
    }

    /** Claims are compared only within the same kind and unit: a count is never a date, metres never tonnes. */
    static String blockOf(Claim claim) {
        ValueKind kind = claim.value().kind();
        String unit = claim.value() instanceof NumericValue number && number.unit() != null ? number.unit() : "";
        return kind == ValueKind.DATE ? "DATE" : kind + "|" + unit;
    }

    private static final Set<String> INCREMENT_WORDS = Set.of("another", "additional", "further", "extra", "otros",
            "otras", "adicionales", "autres", "supplémentaires");

    /** "another 45 prisoners": a count added to an earlier one, not a total. */
    private static boolean isIncrement(Claim claim) {
        int at = claim.sentence().indexOf(claim.text());
        if (at <= 0) {
            return false;
        }
        String before = claim.sentence().substring(Math.max(0, at - 16), at).strip();
        int space = before.lastIndexOf(' ');
        String word = (space < 0 ? before : before.substring(space + 1)).toLowerCase(Locale.ROOT);
        return INCREMENT_WORDS.contains(word);
    }

    /** Auxiliaries of the pluperfect: news tells an earlier event in it ("a quake had struck Al Hoceima in 2004"). */
    private static final Set<String> PLUPERFECT = Set.of("had", "había", "habían", "avait", "avaient");

    /**
     * Whether the sentence tells of an earlier event, in the pluperfect: the background of a story (an earlier quake,
     * the last election) states other facts than its news, in the same words.
     */
    static boolean isBackground(Claim claim) {
        for (String word : words(claim.sentence())) {
            if (PLUPERFECT.contains(word.toLowerCase(Locale.ROOT))) {
                return true;
            }
        }
        return false;
    }

    /**
     * The name nearest the value, within a few words, with the words of the same name beside it: whose figure it is
     * ("Maduro won 51%", "44.2% for Edmundo González"), or empty when no name stands near. The whole name is kept so
     * that "Edmundo González" and "González" meet.
     */
    static Set<String> owner(Claim claim) {
        String sentence = claim.sentence();
        int at = sentence.indexOf(claim.text());
        if (at < 0) {
            return Set.of();
        }
        // within the value's own clause: in "70% for González, while Maduro got 30%" each has its own name
        int end = at + claim.text().length();
        String[] before = sentence.substring(clauseStart(sentence, at), at).strip().split("\\s+");
        String[] after = sentence.substring(end, clauseEnd(sentence, end)).strip().split("\\s+");
        for (int distance = 1; distance <= NEAR_WORDS; distance++) {
            if (nameAt(after, distance - 1) != null) {
                return nameAround(after, distance - 1);
            }
            if (nameAt(before, before.length - distance) != null) {
                return nameAround(before, before.length - distance);
            }
        }
        return Set.of();
    }

    /** The terms of the run of name words around index i, which does not cross a comma or other break. */
    private static Set<String> nameAround(String[] words, int i) {
        Set<String> name = new HashSet<>();
        name.add(nameAt(words, i));
        for (int j = i - 1; j >= 0 && !endsClause(words[j]) && nameAt(words, j) != null; j--) {
            name.add(nameAt(words, j));
        }
        for (int j = i; j + 1 < words.length && !endsClause(words[j]) && nameAt(words, j + 1) != null; j++) {
            name.add(nameAt(words, j + 1));
        }
        return name;
    }

    private static boolean endsClause(String word) {
        return !word.isEmpty() && ",;:)".indexOf(word.charAt(word.length() - 1)) >= 0;
    }

    private static final java.util.regex.Pattern EDGE_PUNCTUATION =
            java.util.regex.Pattern.compile("^[\\p{Punct}“”«»‘’]+|[\\p{Punct}“”«»‘’]+$");

    /** A proper name at this index: capitalized, and no word the vocabulary knows ("June", "Officials", "Mexico"). */
    private static String nameAt(String[] words, int i) {
        if (i < 0 || i >= words.length) {
            return null;
        }
        String word = EDGE_PUNCTUATION.matcher(words[i]).replaceAll("");
        if (word.isEmpty() || !Character.isUpperCase(word.codePointAt(0))
                || FUNCTION_WORDS.contains(word.toLowerCase(Locale.ROOT))) {
            return null;
        }
        String term = Terms.of(word.replaceAll("[’'].*$", ""));
        return term == null || Terms.isKnown(term) ? null : term;
    }

    /** The sentence without the value's own words. */
    private static String withoutValue(Claim claim) {
        String sentence = claim.sentence();
        int at = sentence.indexOf(claim.text());
        return at < 0 ? sentence : sentence.substring(0, at) + " " + sentence.substring(at + claim.text().length());
    }

    /**
     * The stretch of the sentence between the commas, semicolons and conjunctions around the value: in "86 in Mexico
     * City, 71 in Morelos and 43 in Puebla" each figure's own place. The value itself is left out.
     */
    static String segment(Claim claim) {
        String sentence = claim.sentence();
        int at = sentence.indexOf(claim.text());
        if (at < 0) {
            return "";
        }
        int from = clauseStart(sentence, at);
        int end = at + claim.text().length();
        int to = clauseEnd(sentence, end);
        return sentence.substring(from, at) + " " + sentence.substring(end, to);
    }

    /**
     * The place the figure is of, when its own stretch of the sentence names one after a place preposition: "86 in
     * Mexico City", "71 en Morelos", "died in the state of Puebla". A figure with a place and one without are often a
     * part and the whole (a state's toll and the national one), which the words around them do not tell apart.
     */
    static Set<String> place(Claim claim) {
        return place(claim, scope(claim));
    }

    /**
     * Where a figure's names and place are read: its own clause; for a date, its whole sentence, since a date's
     * clause is often the date alone ("In February 2004, a quake struck Al Hoceima").
     */
    private static String scope(Claim claim) {
        return claim.value().kind() == ValueKind.DATE ? withoutValue(claim) : segment(claim);
    }

    private static Set<String> place(Claim claim, String segment) {
        Language language = claim.language() == null ? Language.DEFAULT : claim.language();
        Set<String> prepositions = language.placePrepositions();
        String[] words = segment.split("[\\s,;:.!?()\"“”«»]+");
        Set<String> place = new HashSet<>();
        for (int i = 0; i < words.length; i++) {
            if (!prepositions.contains(words[i].toLowerCase(Locale.ROOT))) {
                continue;
            }
            int j = i + 1;
            // "in the state of Puebla", "en la Ciudad de México": a few lower-case words may come first
            for (int skipped = 0; j < words.length && skipped < PLACE_LEAD_WORDS && isLower(words[j]); skipped++) {
                j++;
            }
            for (; j < words.length; j++) {
                String word = words[j];
                if (isLower(word) && PLACE_JOINS.contains(word) && j + 1 < words.length && !isLower(words[j + 1])) {
                    continue;
                }
                if (word.isEmpty() || isLower(word) || !Character.isLetter(word.codePointAt(0))) {
                    break;
                }
                String lower = word.toLowerCase(Locale.ROOT);
                if (!FUNCTION_WORDS.contains(lower) && !language.isCalendarName(lower)) {
                    String term = Terms.of(word);
                    if (term != null) {
                        place.add(term);
                    }
                }
            }
        }
        return place;
    }

    /** Lower-case words between a place preposition and the name: "the state of", "la". */
    private static final int PLACE_LEAD_WORDS = 3;

    /** Lower-case words inside a place's name: "Ciudad de México", "Bosnia and Herzegovina". */
    private static final Set<String> PLACE_JOINS = Set.of("de", "del", "of", "and", "y", "et", "la", "du", "des");

    private static boolean isLower(String word) {
        return !word.isEmpty() && Character.isLowerCase(word.codePointAt(0));
    }

    /** Where the clause holding index {@code at} starts: after the break before it, or at the sentence's start. */
    private static int clauseStart(String sentence, int at) {
        int from = at;
        while (from > 0 && !isBreak(sentence, from - 1)) {
            from--;
        }
        return from;
    }

    /** Where the clause holding index {@code end - 1} ends: at the next break, or the sentence's end. */
    private static int clauseEnd(String sentence, int end) {
        int to = end;
        while (to < sentence.length() && !isBreak(sentence, to)) {
            to++;
        }
        return to;
    }

    private static final Set<String> CONJUNCTIONS = Set.of("and", "y", "e", "et", "while", "mientras", "alors", "but", "pero", "mais");

    /** A comma, semicolon, colon or parenthesis, or a conjunction standing alone, at this index. */
    private static boolean isBreak(String sentence, int i) {
        char c = sentence.charAt(i);
        if (c == ',' || c == ';' || c == ':' || c == '(' || c == ')') {
            return true;
        }
        if (c != ' ' || i + 1 >= sentence.length()) {
            return false;
        }
        int next = sentence.indexOf(' ', i + 1);
        if (next < 0) {
            return false;
        }
        return CONJUNCTIONS.contains(sentence.substring(i + 1, next).toLowerCase(Locale.ROOT));
    }

    /** The capitalized words near the value, as terms: whose figure it is ("Maduro won 51%", "González, 44%"). */
    private static Set<String> names(String near) {
        Set<String> names = new HashSet<>();
        for (String word : words(near)) {
            if (!word.isEmpty() && Character.isUpperCase(word.codePointAt(0)) && !FUNCTION_WORDS.contains(word.toLowerCase(Locale.ROOT))) {
                String term = Terms.of(word);
                if (term != null) {
                    names.add(term);
                }
            }
        }
        return names;
    }

    /** Capitalized at a sentence's start, they name nothing. */
    private static final Set<String> FUNCTION_WORDS = Set.of("the", "a", "an", "in", "on", "at", "el", "la", "los", "las",
            "en", "de", "del", "le", "les", "des", "du", "un", "una", "une", "this", "that", "este", "esta", "ce", "cette",
            "según", "according", "selon", "hasta", "more", "than", "más", "plus", "least", "al", "menos", "au");

    private static List<String> words(String text) {
        if (text == null || text.isBlank()) {
            return List.of();
        }
        return List.of(text.split("[\\s\\-’'.,;:!?()\"“”«»]+"));
    }

    private static Set<String> terms(List<String> words) {
        Set<String> terms = new HashSet<>();
        for (String word : words) {
            String term = Terms.of(word);
            if (term != null) {
                terms.add(term);
            }
        }
        return terms;
    }
}
