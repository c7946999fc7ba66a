package org.claimcheck.normalize;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * Phrases by their first word, longest first within each word (ties in the order given): a matcher looks up the
 * token it stands on and tries only the phrases that can start there, the longest first.
 */
final class FirstWordIndex {

    private FirstWordIndex() {
    }

    static <T> Map<String, List<T>> of(Collection<T> phrases, Function<T, List<String>> words) {
        Map<String, List<T>> index = new HashMap<>();
        for (T phrase : phrases) {
            index.computeIfAbsent(words.apply(phrase).get(0), w -> new ArrayList<>()).add(phrase);
        }
        index.replaceAll((word, list) -> {
            list.sort((a, b) -> Integer.compare(words.apply(b).size(), words.apply(a).size())); // stable
            return List.copyOf(list);
        });
        return Map.copyOf(index);
    }
}
