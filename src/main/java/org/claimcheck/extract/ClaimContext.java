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
    private static final int ATTRIBUTION_WORDS = 8;
    private static final int APPOSITION_TOKENS = 15;

    private static final Set<String> PROJECTION_MARKERS = Set.of("expected", "expects", "could", "may", "might", "would",
            "will", "forecast", "forecasts", "projected", "projection", "predicted", "predicts", "likely", "plans",
            "planned", "set", "estimated", "podría", "podrían", "prevé", "prevén", "previsto", "prevista", "espera",
            "esperan", "alcanzaría", "sería", "serían", "proyecta", "proyección", "pronostica", "probable", "probablemente",
            "podrá", "podrán", "llegaría");
    private static final Set<String> SPEECH_VERBS = Set.of("said", "says", "say", "told", "tells", "added", "stated",
            "claimed", "claims", "claim", "reported", "estimated", "estimates", "estimate", "noted",
            "notes", "warned", "confirmed", "confirms", "announced", "announces", "indicated", "believes", "believe",
            "according", "stressed", "explained", "declared", "wrote", "dijo", "dice", "afirmó", "afirma", "aseguró",
            "asegura", "señaló", "señala", "informó", "informa", "indicó", "indica", "declaró", "explicó", "estimó",
            "estima", "calcula", "calculó", "reportó", "reporta", "denunció", "advirtió", "confirmó", "anunció");
    private static final Set<String> LINKING = Set.of("have", "has", "had", "which", "who", "that", "also", "previously",
            "recently", "reportedly", "que", "ha", "han", "quien", "quienes", "había", "habían");
    private static final Set<String> SOURCE_INTRODUCERS = Set.of("according", "según", "citing", "cited");
    private static final Set<String> ARTICLES = Set.of("the", "el", "la", "los", "las");
    private static final Set<String> START_POINTS = Set.of("since", "from", "desde", "after", "tras", "después");

    private final String text;
    private final Sentence sentence;
    private final List<Token> tokens;
    private final List<Mention> mentions;
    private final LocalDate reference;
    private final String sentenceText;
    private List<Source> sources;
    private List<Mention> sentenceDates;

    private final boolean spanish;

    ClaimContext(String text, Sentence sentence, List<Token> tokens, List<Mention> mentions, LocalDate reference,
            boolean spanish) {
        this.spanish = spanish;
        this.text = text;
        this.sentence = sentence;
        this.tokens = tokens;
        this.mentions = mentions;
        this.reference = reference;
        this.sentenceText = text.substring(sentence.start(), sentence.end());
    }

    String sentenceText() {
        return sentenceText;
    }

    /** Index of the first token at or after the offset. */
    private int tokenAt(int offset) {
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

    /**
     * The noun phrase after the value ("North Korean soldiers"), or after "the number of" earlier in its clause
     * ("the number of North Korean troops ... is expected to reach 10,000"), else the words before it.
     */
    String subject(Mention mention) {
        int first = tokenAt(mention.start());
        int after = tokenAt(mention.end());
        String counted = countedPhrase(mention);
        if (counted != null) {
            return counted;
        }
        String before = wordsBefore(first);
        return before.isEmpty() ? wordsAfter(after) : before;
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
     * in Spanish the first ("soldados norcoreanos"), else its last word.
     */
    String counted(Mention mention) {
        String phrase = countedPhrase(mention);
        if (phrase == null) {
            return null;
        }
        String[] words = phrase.split(" ");
        String chosen = null;
        for (String word : words) {
            String lower = word.toLowerCase(java.util.Locale.ROOT);
            boolean plural = lower.length() > 3 && lower.endsWith("s") && !lower.endsWith("ss") && Character.isLowerCase(word.charAt(0));
            if (plural) {
                chosen = lower;
                if (spanish) {
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
            if (!acronym && (StopWords.contains(token.lower()) || SPEECH_VERBS.contains(token.lower())
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

    /** A source the sentence names, at the token that introduces it. */
    private record Source(int token, String name) {
    }

    /** Every source named in the sentence, in token order; found once per sentence, however many values it has. */
    private List<Source> sources() {
        if (sources == null) {
            sources = new ArrayList<>();
            for (int k = 0; k < tokens.size(); k++) {
                Token token = tokens.get(k);
                if (!token.isWord()) {
                    continue;
                }
                String word = token.lower();
                String name = null;
                if (SOURCE_INTRODUCERS.contains(word)) {
                    int start = word.equals("according") && k + 1 < tokens.size() && tokens.get(k + 1).is("to") ? k + 2 : k + 1;
                    name = phraseFrom(start);
                } else if (SPEECH_VERBS.contains(word) || reportsThat(k)) {
                    name = speakerBefore(k);
                    if (!looksLikeSource(name)) {
                        String following = phraseFrom(k + 1);
                        name = startsCapitalized(following) ? following : "";
                    }
                }
                if (name != null && looksLikeSource(name)) {
                    sources.add(new Source(k, name));
                }
            }
        }
        return sources;
    }

    /**
     * A source is named ("Austin", "the NIS") or is a kind of body that speaks ("police", "officials",
     * "las autoridades"); "the 2.5 billion dollars announced" is not one.
     */
    private static boolean looksLikeSource(String name) {
        if (name.isEmpty() || Character.isDigit(name.charAt(0))) {
            return false;
        }
        for (String word : name.split(" ")) {
            if (!word.isEmpty() && Character.isUpperCase(word.codePointAt(0)) && !CalendarWords.isDateName(word.toLowerCase(java.util.Locale.ROOT))) {
                return true;
            }
            if (SOURCE_NOUNS.contains(word.toLowerCase(java.util.Locale.ROOT))) {
                return true;
            }
        }
        return false;
    }

    private static final Set<String> SOURCE_NOUNS = Set.of("police", "officials", "official", "authorities", "government",
            "ministry", "spokesman", "spokeswoman", "spokesperson", "agency", "sources", "source", "experts", "analysts",
            "intelligence", "military", "army", "witnesses", "residents", "researchers", "scientists", "prosecutors",
            "investigators", "doctors", "report", "reports", "statement", "survey", "study", "autoridades", "gobierno",
            "ministerio", "portavoz", "policía", "fuentes", "expertos", "analistas", "ejército", "testigos", "vecinos",
            "investigadores", "fiscalía", "informe", "comunicado", "estudio", "encuesta");

    /** "the ministry reports that": "reports" is a verb here, unlike in "reports from". */
    private boolean reportsThat(int k) {
        return (tokens.get(k).is("reports") || tokens.get(k).is("report")) && k + 1 < tokens.size() && tokens.get(k + 1).is("that");
    }

    /**
     * "according to South Korea's NIS", "Austin said", "said Austin", "según el ministerio": of the sources the
     * sentence names, the one nearest the value.
     */
    String attribution(Mention mention) {
        List<Source> named = sources();
        if (named.isEmpty()) {
            return null;
        }
        int first = tokenAt(mention.start());
        int low = 0;
        int high = named.size();
        while (low < high) {
            int mid = (low + high) >>> 1;
            if (named.get(mid).token() < first) {
                low = mid + 1;
            } else {
                high = mid;
            }
        }
        Source best = null;
        for (int k = Math.max(0, low - 1); k <= Math.min(named.size() - 1, low); k++) {
            Source candidate = named.get(k);
            if (best == null || Math.abs(candidate.token() - first) < Math.abs(best.token() - first)) {
                best = candidate;
            }
        }
        return best.name();
    }

    private String phraseFrom(int k) {
        List<String> words = new ArrayList<>();
        while (k < tokens.size() && words.size() < ATTRIBUTION_WORDS) {
            Token token = tokens.get(k);
            if (token.text().equals("'") || token.text().equals("’")) {
                words.add(token.text());
                k++;
                continue;
            }
            if (!token.isWord() || token.is("that") || token.is("que")
                    || !words.isEmpty() && StopWords.contains(token.lower()) && !isConnector(k)
                    || CalendarWords.isDateName(token.lower()) && !words.isEmpty()) {
                break;
            }
            if (!(words.isEmpty() && ARTICLES.contains(token.lower()))) {
                words.add(token.text());
            }
            k++;
        }
        return joinWords(words);
    }

    /** "of"/"de" between two capitalized words: "Ministry of Defence", "Ministerio de Defensa". */
    private boolean isConnector(int k) {
        Token token = tokens.get(k);
        return (token.is("of") || token.is("de") || token.is("del")) && k > 0 && k + 1 < tokens.size()
                && tokens.get(k + 1).capitalized();
    }

    /** The noun phrase before a speech verb, skipping "which have", "who": "South Korean intelligence services". */
    private String speakerBefore(int verb) {
        int k = verb - 1;
        boolean comma = false;
        while (k >= Math.max(0, verb - LOOK_BACK) && (LINKING.contains(tokens.get(k).lower()) || tokens.get(k).text().equals(","))) {
            comma |= tokens.get(k).text().equals(",");
            k--;
        }
        if (comma) {
            // "Park Sun-con, a member of the Democratic Party, told": the speaker stands before the inserted clause.
            for (int j = k; j >= Math.max(0, k - APPOSITION_TOKENS); j--) {
                if (tokens.get(j).text().equals(",")) {
                    k = j - 1;
                    break;
                }
            }
        }
        if (k >= 0 && tokens.get(k).text().equals(")")) {
            // "South Korea's National Intelligence Service (NIS) said": step over the parenthesis.
            int open = k;
            while (open >= 0 && !tokens.get(open).text().equals("(") && k - open < APPOSITION_TOKENS) {
                open--;
            }
            k = open >= 0 && tokens.get(open).text().equals("(") ? open - 1 : k;
        }
        List<String> words = new ArrayList<>();
        while (k >= 0 && words.size() < ATTRIBUTION_WORDS) {
            Token token = tokens.get(k);
            boolean joiner = token.text().equals("'") || token.text().equals("’") || token.text().equals("-") && token.attached();
            if (joiner) {
                words.add(0, token.text());
                k--;
                continue;
            }
            boolean connector = (token.is("of") || token.is("in") || token.is("de") || token.is("en") || token.is("del"))
                    && !words.isEmpty() && Character.isUpperCase(words.get(0).codePointAt(0))
                    && k > 0 && tokens.get(k - 1).capitalized();
            if (!token.isWord() || StopWords.contains(token.lower()) && !token.is("the") && !connector
                    || CalendarWords.isDateName(token.lower()) && token.capitalized()) {
                break;
            }
            words.add(0, token.text());
            k--;
        }
        while (!words.isEmpty() && (isJoiner(words.get(0)) || ARTICLES.contains(words.get(0).toLowerCase(java.util.Locale.ROOT)))) {
            words.remove(0);
        }
        String phrase = joinWords(words);
        return phrase.isEmpty() || phrase.equalsIgnoreCase("the") ? "" : phrase;
    }

    /** Joins words with spaces, but none around an apostrophe or hyphen: "Korea's", "Sun-con". */
    private static String joinWords(List<String> words) {
        StringBuilder phrase = new StringBuilder();
        for (String word : words) {
            boolean joiner = isJoiner(word);
            if (phrase.length() > 0 && !joiner && !isJoiner(String.valueOf(phrase.charAt(phrase.length() - 1)))) {
                phrase.append(' ');
            }
            phrase.append(word);
        }
        return phrase.toString().strip();
    }

    private static boolean isJoiner(String word) {
        return word.equals("'") || word.equals("’") || word.equals("-");
    }

    private static boolean startsCapitalized(String phrase) {
        return !phrase.isEmpty() && Character.isUpperCase(phrase.codePointAt(0));
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
                if (other.value() instanceof DateValue date && date.resolved()) {
                    int k = tokenAt(other.start()) - 1;
                    if (k < 0 || !START_POINTS.contains(tokens.get(k).lower())) {
                        sentenceDates.add(other);
                    }
                }
            }
        }
        return sentenceDates;
    }
}
