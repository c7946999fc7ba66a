package org.claimcheck.extract;

import java.util.List;
import java.util.Set;

import org.claimcheck.normalize.Language;
import org.claimcheck.normalize.Token;

/**
 * Tells English, Spanish and French apart by their commonest words. Three languages and whole sentences make this
 * reliable enough; a general language identifier would be a heavy dependency for that one decision. Words the
 * Romance languages share ("de", "la", "en", "que") count for both, so their own words decide between them.
 */
final class LanguageGuess {

    private static final Set<String> ENGLISH = Set.of("the", "of", "and", "to", "in", "is", "was", "that", "for", "on",
            "with", "as", "by", "from", "has", "have", "are", "were", "his", "her", "its", "said", "it", "at", "this",
            "which", "after", "be", "will", "been", "their", "they", "who", "would", "not", "but", "an");
    private static final Set<String> SPANISH = Set.of("el", "la", "los", "las", "de", "del", "y", "en", "que", "un",
            "una", "por", "con", "para", "es", "se", "su", "al", "lo", "como", "más", "pero", "sus", "le", "fue", "ha",
            "este", "esta", "según", "entre", "sobre", "también", "han", "hay", "son", "desde", "durante");
    private static final Set<String> FRENCH = Set.of("le", "la", "les", "de", "des", "du", "et", "en", "que", "qui",
            "un", "une", "dans", "pour", "sur", "par", "au", "aux", "avec", "ce", "cette", "ces", "il", "elle", "ils",
            "ont", "été", "est", "sont", "pas", "ne", "selon", "plus", "son", "ses", "leur", "leurs", "mais", "où", "à",
            "l'", "d'", "qu'", "n'", "s'", "c'", "j'", "après", "aussi", "entre", "depuis", "très", "déjà", "était", "fait");

    private LanguageGuess() {
    }

    /**
     * The language the tokens are most likely in, or {@code fallback} when they do not say clearly. English against
     * the Romance languages by all their words; Spanish against French by the words only one of them has, a sentence
     * that is not clearly one or the other keeping the language of the text around it.
     */
    static Language of(List<Token> tokens, Language fallback) {
        int english = 0;
        int spanish = 0;
        int french = 0;
        int onlySpanish = 0;
        int onlyFrench = 0;
        for (Token token : tokens) {
            if (token.isWord()) {
                String word = token.lower();
                boolean es = SPANISH.contains(word);
                boolean fr = FRENCH.contains(word);
                if (ENGLISH.contains(word)) {
                    english++;
                }
                if (es) {
                    spanish++;
                    onlySpanish += fr ? 0 : 1;
                }
                if (fr) {
                    french++;
                    onlyFrench += es ? 0 : 1;
                }
            }
        }
        if (french >= english + 2 && onlyFrench >= onlySpanish + 2) {
            return Language.FR;
        }
        if (english >= spanish + 2 && english >= french + 2) {
            return Language.EN;
        }
        if (spanish >= english + 2) {
            // Romance, and not clearly French: Spanish, unless the text around is French and the sentence is not
            // clearly Spanish ("Un précédent bilan faisait état de 2122 morts" has only shared words)
            return fallback == Language.FR && onlySpanish < onlyFrench + 2 ? Language.FR : Language.ES;
        }
        return fallback;
    }
}
