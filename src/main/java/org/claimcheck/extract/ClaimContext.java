package org.claimcheck.extract;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import org.claimcheck.normalize.DateValue;
import org.claimcheck.normalize.Mention;
import org.claimcheck.normalize.Token;
import org.claimcheck.normalize.ValueKind;

/**
 * What surrounds a value in its sentence: the subject it quantifies or dates, the event words and named
 * entities nearby, who the statement is attributed to, whether it is a projection, and the day it refers to.
 * Heuristics over tokens, without a parser: each looks at a bounded window around the value.
 */
final class ClaimContext {

    private static final int SUBJECT_WORDS = 6;
    /** No backward search goes further than this many tokens, so the work per value stays bounded. */
    private static final int LOOK_BACK = 30;
    private static final int EVENT_WINDOW = 12;
    private static final int MODALITY_WINDOW = 10;

    private static final Set<String> PROJECTION_MARKERS = Set.of("expected", "expects", "could", "may", "might", "would",
            "will", "forecast", "forecasts", "projected", "projection", "predicted", "predicts", "likely", "plans",
            "planned", "set", "estimated", "podría", "podrían", "prevé", "prevén", "previsto", "prevista", "espera",
            "esperan", "alcanzaría", "sería", "serían", "proyecta", "proyección", "pronostica", "probable", "probablemente",
            "podrá", "podrán", "llegaría");
    private static final Set<String> START_POINTS = Set.of("since", "from", "desde", "after", "tras", "después", "depuis",
            "dès", "après");
    private static final Set<String> ARTICLES = Set.of("the", "el", "la", "los", "las", "le", "les", "l'");

    private final String text;
    private final Sentence sentence;
    private final List<Token> tokens;
    private final List<Mention> mentions;
    private final LocalDate reference;
    private final String sentenceText;
    private final Attribution sources;
    private List<Mention> sentenceDates;

    /** The noun comes first in its phrase (Spanish, French: "soldados norcoreanos", "personnes tuées"). */
    private final boolean nounFirst;

    ClaimContext(String text, Sentence sentence, List<Token> tokens, List<Mention> mentions, LocalDate reference,
            boolean nounFirst) {
        this.nounFirst = nounFirst;
        this.text = text;
        this.sentence = sentence;
        this.tokens = tokens;
        this.mentions = mentions;
        this.reference = reference;
        this.sentenceText = text.substring(sentence.start(), sentence.end());
        this.sources = new Attribution(tokens);
    }

    String sentenceText() {
        return sentenceText;
    }

    /** Index of the first token at or after the offset. */
    private int tokenAt(int offset) {
        return tokenAt(tokens, offset);
    }

    /** Index of the first of the tokens at or after the offset. */
    static int tokenAt(List<Token> tokens, int offset) {
        int low = 0;
        int high = tokens.size();
        while (low < high) {
            int mid = (low + high) >>> 1;
            if (tokens.get(mid).start() < offset) {
                low = mid + 1;
            } else {
                high = mid;
            }
        }
        return low;
    }

    /** What a value counts, measures or dates, and the noun it counts when it says. */
    record Subject(String text, String counted) {
    }

    /**
     * The noun phrase after the value ("North Korean soldiers"), or after "the number of" earlier in its clause
     * ("the number of North Korean troops ... is expected to reach 10,000"), else the words before it.
     */
    Subject subject(Mention mention) {
        String phrase = countedPhrase(mention);
        if (phrase != null) {
            return new Subject(phrase, countedNoun(phrase));
        }
        String before = wordsBefore(tokenAt(mention.start()));
        return new Subject(before.isEmpty() ? wordsAfter(tokenAt(mention.end())) : before, null);
    }

    private String wordsAfter(int k) {
        List<String> words = new ArrayList<>();
        for (int end = Math.min(tokens.size(), k + LOOK_BACK); k < end && words.size() < SUBJECT_WORDS; k++) {
            Token token = tokens.get(k);
            if (token.text().equals(";") || token.text().equals(".")) {
                break;
            }
            if (token.isWord() && !StopWords.contains(token.lower()) && !isPossessiveS(k)) {
                words.add(token.text());
            }
        }
        return String.join(" ", words);
    }

    /** The "s" of "Putin's", which the tokenizer leaves on its own. */
    private boolean isPossessiveS(int k) {
        return tokens.get(k).is("s") && k > 0 && (tokens.get(k - 1).text().equals("'") || tokens.get(k - 1).text().equals("’"));
    }

    /** The noun phrase a count or measure is of, or null (dates and durations have none). */
    private String countedPhrase(Mention mention) {
        if (mention.value().kind() == ValueKind.DATE || mention.value().kind() == ValueKind.DURATION) {
            return null;
        }
        String following = nounPhrase(tokenAt(mention.end()));
        if (!following.isEmpty()) {
            return following;
        }
        int first = tokenAt(mention.start());
        for (int k = first - 1; k >= Math.max(0, first - LOOK_BACK); k--) {
            Token token = tokens.get(k);
            if (token.text().equals(";") || token.text().equals(".")) {
                break;
            }
            if (QUANTITY_NOUNS.contains(token.lower()) && k + 1 < first && (tokens.get(k + 1).is("of") || tokens.get(k + 1).is("de"))) {
                String phrase = nounPhrase(k + 2);
                return phrase.isEmpty() ? null : phrase;
            }
            if (TOLL_NOUNS.contains(token.lower()) && k > 0 && tokens.get(k - 1).isWord()
                    && !StopWords.contains(tokens.get(k - 1).lower())) {
                return tokens.get(k - 1).text(); // "the death toll ... has risen to 398": deaths are counted
            }
        }
        return null;
    }

    /**
     * The counted noun of the subject: in English the last plural of the phrase ("special forces soldiers"),
     * in Spanish and French the first ("soldados norcoreanos", "personnes tuées"), else its last word.
     */
    private String countedNoun(String phrase) {
        String[] words = phrase.split(" ");
        String chosen = null;
        for (String word : words) {
            String lower = word.toLowerCase(java.util.Locale.ROOT);
            boolean plural = lower.length() > 3 && lower.endsWith("s") && !lower.endsWith("ss") && Character.isLowerCase(word.charAt(0));
            if (plural) {
                chosen = lower;
                if (nounFirst) {
                    break;
                }
            }
        }
        if (chosen == null) {
            String last = words[words.length - 1];
            chosen = Character.isUpperCase(last.codePointAt(0)) ? null : last.toLowerCase(java.util.Locale.ROOT);
        }
        return chosen;
    }

    private static final Set<String> QUANTITY_NOUNS = Set.of("number", "total", "count", "número", "numero", "cifra",
            "balance", "tally");
    private static final Set<String> TOLL_NOUNS = Set.of("toll", "tally", "count");

    private String nounPhrase(int k) {
        List<String> words = new ArrayList<>();
        if (k < tokens.size() && (tokens.get(k).is("of") || tokens.get(k).is("de"))) {
            k++;
        }
        boolean linkedOnce = false;
        while (k < tokens.size() && words.size() < SUBJECT_WORDS) {
            Token token = tokens.get(k);
            boolean hyphen = token.text().equals("-") && token.attached();
            if (hyphen && !words.isEmpty() && k + 1 < tokens.size() && tokens.get(k + 1).attached()) {
                words.set(words.size() - 1, words.get(words.size() - 1) + "-" + tokens.get(k + 1).text());
                k += 2;
                continue;
            }
            if (!token.isWord()) {
                break;
            }
            if ((token.is("of") || token.is("de")) && !words.isEmpty() && !linkedOnce && k + 1 < tokens.size()
                    && tokens.get(k + 1).isWord() && !StopWords.contains(tokens.get(k + 1).lower())) {
                words.add(token.text());
                linkedOnce = true;
                k++;
                continue;
            }
            boolean acronym = token.text().length() > 1 && token.text().equals(token.text().toUpperCase(java.util.Locale.ROOT));
            if (!acronym && (StopWords.contains(token.lower()) || Attribution.isSpeechVerb(token.lower())
                    || !words.isEmpty() && (looksLikeVerb(token.lower()) || looksLikeAdverb(token.lower())))) {
                break;
            }
            words.add(token.text());
            k++;
        }
        return String.join(" ", words);
    }

    /** "briefly", "reportedly": an English adverb ends the phrase. */
    private static boolean looksLikeAdverb(String word) {
        return word.length() > 4 && word.endsWith("ly");
    }

    /**
     * Past-tense endings that close a noun phrase: "soldiers crossed", "soldados llegaron". Crude without a
     * tagger, but it only trims words after the phrase's first one.
     */
    private static boolean looksLikeVerb(String word) {
        return word.length() > 4 && (word.endsWith("ed") || word.endsWith("aron") || word.endsWith("ieron")
                || word.endsWith("aban") || word.endsWith("ían") || word.endsWith("ó") && !word.endsWith("ió"))
                || word.endsWith("ió") && word.length() > 4;
    }

    private String wordsBefore(int first) {
        List<String> words = new ArrayList<>();
        for (int k = first - 1; k >= Math.max(0, first - LOOK_BACK) && words.size() < SUBJECT_WORDS; k--) {
            Token token = tokens.get(k);
            if (!token.isWord()) {
                if (token.text().equals(",") || token.text().equals(";") || token.text().equals(":")) {
                    if (!words.isEmpty()) {
                        break;
                    }
                }
                continue;
            }
            if (!StopWords.contains(token.lower()) && !isPossessiveS(k)) {
                words.add(0, token.text());
            }
        }
        return String.join(" ", words);
    }

    /** Lower-case content words near the value, not counting the value's own words. */
    List<String> eventWords(Mention mention) {
        int first = tokenAt(mention.start());
        int after = tokenAt(mention.end());
        Set<String> words = new LinkedHashSet<>();
        for (int k = Math.max(0, first - EVENT_WINDOW); k < Math.min(tokens.size(), after + EVENT_WINDOW); k++) {
            Token token = tokens.get(k);
            if ((k < first || k >= after) && token.isWord() && token.lower().length() > 2 && !StopWords.contains(token.lower())) {
                words.add(token.lower());
            }
        }
        return List.copyOf(words);
    }

    /** The content words of a sentence, lower case and in order, without repeats. */
    static List<String> contentWords(List<Token> sentence) {
        Set<String> words = new LinkedHashSet<>();
        for (Token token : sentence) {
            if (token.isWord() && token.lower().length() > 2 && !StopWords.contains(token.lower())) {
                words.add(token.lower());
            }
        }
        return List.copyOf(words);
    }

    /** Runs of capitalized words ("South Korea", "Vladimir Putin") and acronyms ("NIS"), sentence-initial function words aside. */
    List<String> entities() {
        Set<String> entities = new LinkedHashSet<>();
        List<String> run = new ArrayList<>();
        for (int k = 0; k <= tokens.size(); k++) {
            Token token = k < tokens.size() ? tokens.get(k) : null;
            boolean capital = token != null && token.capitalized() && !CalendarWords.isDateName(token.lower())
                    && !(k == 0 && StopWords.contains(token.lower()));
            boolean connector = token != null && !run.isEmpty() && (token.is("of") || token.is("de") || token.is("del"))
                    && k + 1 < tokens.size() && tokens.get(k + 1).capitalized();
            if (capital || connector) {
                run.add(token.text());
            } else {
                if (!run.isEmpty()) {
                    entities.add(String.join(" ", run));
                    run.clear();
                }
            }
        }
        return List.copyOf(entities);
    }

    /** Who the statement carrying the value is attributed to, or null. */
    String attribution(Mention mention) {
        return sources.nearest(tokenAt(mention.start()));
    }

    /** A projection when a marker such as "expected", "could" or "podría" precedes the value in its clause. */
    Modality modality(Mention mention) {
        int first = tokenAt(mention.start());
        for (int k = first - 1; k >= Math.max(0, first - MODALITY_WINDOW); k--) {
            Token token = tokens.get(k);
            if (token.text().equals(";") || token.text().equals(".")) {
                break;
            }
            if (PROJECTION_MARKERS.contains(token.lower())) {
                if (token.is("set") && !(k + 1 < tokens.size() && tokens.get(k + 1).is("to"))) {
                    continue;
                }
                return Modality.PROJECTION;
            }
        }
        return Modality.FACT;
    }

    /**
     * The day a figure refers to: the end of another date in its sentence ("By December, ... 10,000"), unless that
     * date is a starting point ("since February 2022"); else the reference day. A date refers to itself.
     */
    LocalDate asOf(Mention mention) {
        DateValue period = period(mention);
        return period == null ? reference : period.last();
    }

    /** The first day of the period {@link #asOf} ends: the same day unless a sentence date names a longer span. */
    LocalDate asOfFrom(Mention mention) {
        DateValue period = period(mention);
        return period == null ? reference : period.first();
    }

    private DateValue period(Mention mention) {
        return mention.value() instanceof DateValue ? null : nearestDate(mention);
    }

    /**
     * The date of the sentence nearest the value ("reached 412 on Thursday, up from 175 on Monday"), leaving out
     * starting points ("since February 2022"); null when there is none.
     */
    private DateValue nearestDate(Mention mention) {
        DateValue nearest = null;
        int best = Integer.MAX_VALUE;
        for (Mention other : datesOfSentence()) {
            int distance = other.start() >= mention.end() ? other.start() - mention.end() : mention.start() - other.end();
            if (distance < best) {
                best = distance;
                nearest = (DateValue) other.value();
            }
        }
        return nearest;
    }

    /** The resolved dates of the sentence that are not starting points, found once per sentence. */
    private List<Mention> datesOfSentence() {
        if (sentenceDates == null) {
            sentenceDates = new ArrayList<>();
            for (Mention other : mentions) {
                // "since February 2022", "after 2010": an open span is a starting point, no as-of day
                if (other.value() instanceof DateValue date && date.resolved() && date.first() != null && date.last() != null) {
                    int k = tokenAt(other.start()) - 1;
                    if (k > 0 && ARTICLES.contains(tokens.get(k).lower())) {
                        k--; // "depuis le 3 juin", "since the 1990s"
                    }
                    if (k < 0 || !START_POINTS.contains(tokens.get(k).lower())) {
                        sentenceDates.add(other);
                    }
                }
            }
        }
        return sentenceDates;
    }
}
