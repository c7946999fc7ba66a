package org.claimcheck.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import org.claimcheck.normalize.Token;

/**
 * Who a sentence attributes its statements to: "according to South Korea's NIS", "Austin said", "said Austin",
 * "según el ministerio". Sources are found once per sentence; each value takes the nearest.
 */
final class Attribution {

    private static final int ATTRIBUTION_WORDS = 8;
    private static final int APPOSITION_TOKENS = 15;
    /** No backward search goes further than this many tokens. */
    private static final int LOOK_BACK = 30;
    private static final Set<String> SPEECH_VERBS = Set.of("said", "says", "say", "told", "tells", "added", "stated",
            "claimed", "claims", "claim", "reported", "estimated", "estimates", "estimate", "noted",
            "notes", "warned", "confirmed", "confirms", "announced", "announces", "indicated", "believes", "believe",
            "according", "stressed", "explained", "declared", "wrote", "dijo", "dice", "afirmó", "afirma", "aseguró",
            "asegura", "señaló", "señala", "informó", "informa", "indicó", "indica", "declaró", "explicó", "estimó",
            "estima", "calcula", "calculó", "reportó", "reporta", "denunció", "advirtió", "confirmó", "anunció",
            // a poll or a study gives its figures as much as a spokesman does
            "showed", "shows", "projected", "predicted", "forecast", "mostró", "muestra", "mostraba", "pronosticó",
            "pronostica", "pronosticado", "proyectó", "reveló", "revela", "publicó",
            "déclaré", "déclare", "indiqué", "indique", "annoncé", "annonce", "estimé", "estime", "affirmé", "affirme",
            "précisé", "précise", "expliqué", "explique", "confirmé", "confirme", "rapporté", "rapporte");
    private static final Set<String> LINKING = Set.of("have", "has", "had", "which", "who", "that", "also", "previously",
            "recently", "reportedly", "que", "ha", "han", "quien", "quienes", "había", "habían");
    private static final Set<String> SOURCE_INTRODUCERS = Set.of("according", "según", "citing", "cited", "selon");
    private static final Set<String> ARTICLES = Set.of("the", "el", "la", "los", "las");
    /** "by", "por", "par" after a reporting participle: who reported it follows. */
    private static final Set<String> AGENT_MARKERS = Set.of("by", "por", "par");

    private final List<Token> tokens;
    private List<Source> sources;

    Attribution(List<Token> tokens) {
        this.tokens = tokens;
    }

    /** A verb that reports speech ("said", "told", "afirmó"): it ends a noun phrase. */
    static boolean isSpeechVerb(String word) {
        return SPEECH_VERBS.contains(word);
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
                } else if ((SPEECH_VERBS.contains(word) || reportsThat(k)) && k + 2 < tokens.size()
                        && AGENT_MARKERS.contains(tokens.get(k + 1).lower())) {
                    name = phraseFrom(k + 2); // "the 1.9 million claimed by the organizers": the agent speaks
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
            "investigadores", "fiscalía", "informe", "comunicado", "estudio", "encuesta", "organizers", "organisers",
            "unions", "organizadores", "convocantes", "sindicatos", "organisateurs", "syndicats", "policiers");

    /** "the ministry reports that": "reports" is a verb here, unlike in "reports from". */
    private boolean reportsThat(int k) {
        return (tokens.get(k).is("reports") || tokens.get(k).is("report")) && k + 1 < tokens.size() && tokens.get(k + 1).is("that");
    }

    /** Of the sources the sentence names, the one nearest the token; null when it names none. */
    String nearest(int first) {
        List<Source> named = sources();
        if (named.isEmpty()) {
            return null;
        }
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

}
