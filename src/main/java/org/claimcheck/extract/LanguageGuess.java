package org.claimcheck.extract;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.claimcheck.normalize.Language;
import org.claimcheck.normalize.Token;

/**
 * Tells the languages of the packs apart by their commonest words (each pack's "[function-words]"). Whole sentences
 * and a few languages make this reliable enough; a general language identifier would be a heavy dependency for that
 * one decision. Two languages are compared by the words only one of them has: words Spanish and French share ("de",
 * "la", "en", "que") decide nothing between them, though they still count against English.
 */
final class LanguageGuess {

    private static final Language[] LANGUAGES = Language.values();
    /** Each function word with the languages that have it, one bit per language. */
    private static final Map<String, Integer> LANGUAGES_OF_WORD = new HashMap<>();

    static {
        for (Language language : LANGUAGES) {
            for (String word : language.functionWords()) {
                LANGUAGES_OF_WORD.merge(word, 1 << language.ordinal(), (a, b) -> a | b);
            }
        }
    }

    /** One language clearly ahead of another: this many more of the words only it has. */
    private static final int MARGIN = 2;

    private LanguageGuess() {
    }

    /**
     * The language the tokens are most likely in, or {@code fallback} when they do not say clearly. One language is
     * clearly ahead of another when the sentence has {@value #MARGIN} more of the words only it has; a language
     * clearly ahead of every other is the guess. Otherwise the guess is among the languages no other is clearly ahead
     * of: the fallback if it is one of them (a sentence that is not clearly one or the other keeps the language of the
     * text around it: "Un précédent bilan faisait état de 2122 morts" has only words Spanish and French share), else
     * the one with the most of its words.
     */
    static Language of(List<Token> tokens, Language fallback) {
        int n = LANGUAGES.length;
        int[] count = new int[n];
        int[] onlyAgainst = new int[n * n]; // [a * n + b]: words of a that b does not have
        for (Token token : tokens) {
            if (!token.isWord()) {
                continue;
            }
            Integer mask = LANGUAGES_OF_WORD.get(token.lower());
            if (mask == null) {
                continue;
            }
            for (int a = 0; a < n; a++) {
                if ((mask & (1 << a)) == 0) {
                    continue;
                }
                count[a]++;
                for (int b = 0; b < n; b++) {
                    if ((mask & (1 << b)) == 0) {
                        onlyAgainst[a * n + b]++;
                    }
                }
            }
        }
        boolean[] behind = new boolean[n];
        for (int a = 0; a < n; a++) {
            boolean aheadOfAll = true;
            for (int b = 0; b < n; b++) {
                if (a == b) {
                    continue;
                }
                if (onlyAgainst[a * n + b] >= onlyAgainst[b * n + a] + MARGIN) {
                    behind[b] = true;
                } else {
                    aheadOfAll = false;
                }
            }
            if (aheadOfAll) {
                return LANGUAGES[a];
            }
        }
        if (!behind[fallback.ordinal()]) {
            return fallback;
        }
        Language best = fallback;
        int most = -1;
        for (int a = 0; a < n; a++) {
            if (!behind[a] && count[a] > most) {
                best = LANGUAGES[a];
                most = count[a];
            }
        }
        return best;
    }
}
