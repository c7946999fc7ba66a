package org.claimcheck.extract;

import java.util.Set;

/** Function words of English, Spanish and French: what subjects, event words and entities leave out. */
final class StopWords {

    private static final Set<String> WORDS = Set.of(
            "the", "a", "an", "of", "and", "or", "to", "in", "on", "at", "by", "for", "from", "with", "as", "is", "are",
            "was", "were", "be", "been", "being", "has", "have", "had", "that", "which", "who", "whom", "this", "these",
            "those", "it", "its", "their", "they", "them", "he", "she", "his", "her", "we", "our", "you", "your", "not",
            "but", "than", "then", "so", "if", "into", "about", "over", "up", "out", "also", "more", "most", "some", "any",
            "all", "such", "there", "here", "what", "when", "where", "while", "after", "before", "since", "during", "will",
            "would", "could", "can", "may", "might", "should", "must", "do", "does", "did", "just", "only", "very", "other",
            "another", "both", "each", "no", "nor", "own", "same", "too", "until", "against", "between", "through", "per",
            "el", "la", "los", "las", "de", "del", "y", "o", "en", "que", "un", "una", "unos", "unas", "por", "con",
            "para", "es", "son", "se", "su", "sus", "al", "lo", "como", "más", "pero", "le", "les", "fue", "ha", "han",
            "este", "esta", "estos", "estas", "ese", "esa", "según", "entre", "sobre", "también", "hay", "desde", "durante",
            "sin", "ya", "muy", "ni", "cuando", "donde", "era", "ser", "sido", "tiene", "tienen",
            "des", "du", "et", "ou", "au", "aux", "à", "dans", "pour", "sur", "par", "avec", "ce", "cet",
            "cette", "ces", "il", "elle", "ils", "elles", "ont", "été", "est", "sont", "était", "pas", "ne", "qui",
            "selon", "sa", "ses", "leur", "leurs", "mais", "où", "dont", "l'", "d'", "qu'", "n'", "s'", "c'", "j'",
            "après", "avant", "aussi", "depuis", "très", "déjà", "plus", "moins", "une", "avait", "fait");

    private StopWords() {
    }

    static boolean contains(String lower) {
        return WORDS.contains(lower);
    }
}
