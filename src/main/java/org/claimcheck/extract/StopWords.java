package org.claimcheck.extract;

import java.util.HashSet;
import java.util.Set;

import org.claimcheck.normalize.Language;

/** Function words of every language pack ("[stop-words]"): what subjects, event words and entities leave out. */
final class StopWords {

    private static final Set<String> WORDS = all();

    private StopWords() {
    }

    private static Set<String> all() {
        Set<String> words = new HashSet<>();
        for (Language language : Language.values()) {
            words.addAll(language.stopWords());
        }
        return Set.copyOf(words);
    }

    static boolean contains(String lower) {
        return WORDS.contains(lower);
    }
}
