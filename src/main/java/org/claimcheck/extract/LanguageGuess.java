package org.claimcheck.extract;

import java.util.List;
import java.util.Set;

import org.claimcheck.normalize.Language;
import org.claimcheck.normalize.Token;

/**
 * Tells English from Spanish by their commonest words. Two languages and whole sentences make this reliable
 * enough; a general language identifier would be a heavy dependency for that one decision.
 */
final class LanguageGuess {

    private static final Set<String> ENGLISH = Set.of("the", "of", "and", "to", "in", "is", "was", "that", "for", "on",
            "with", "as", "by", "from", "has", "have", "are", "were", "his", "her", "its", "said", "it", "at", "this",
            "which", "after", "be", "will", "been", "their", "they", "who", "would", "not", "but", "an");
    private static final Set<String> SPANISH = Set.of("el", "la", "los", "las", "de", "del", "y", "en", "que", "un",
            "una", "por", "con", "para", "es", "se", "su", "al", "lo", "como", "más", "pero", "sus", "le", "fue", "ha",
            "este", "esta", "según", "entre", "sobre", "también", "han", "hay", "son", "desde", "durante");

    private LanguageGuess() {
    }

    /** The language the tokens are most likely in, or {@code fallback} when they do not say clearly. */
    static Language of(List<Token> tokens, Language fallback) {
        int english = 0;
        int spanish = 0;
        for (Token token : tokens) {
            if (token.isWord()) {
                if (ENGLISH.contains(token.lower())) {
                    english++;
                }
                if (SPANISH.contains(token.lower())) {
                    spanish++;
                }
            }
        }
        if (english >= spanish + 2) {
            return Language.EN;
        }
        if (spanish >= english + 2) {
            return Language.ES;
        }
        return fallback;
    }
}
