package org.claimcheck.normalize;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.Set;

/**
 * Words that make a number part of a name ("Boeing 737", "iPhone 11 Pro", "Apollo 11"), the same in every language:
 * read from the resource {@code names.pack} beside this class, in the format of the language packs. Words of one
 * language ("Row 21", "Fila 21", "Interstate 95") are in that language's pack, section "[name-leads]".
 */
final class NameWords {

    private NameWords() {
    }

    private static final Map<String, Map<String, String>> SECTIONS = load();

    /** Names written with a capital letter right before a number: "Boeing", "iPhone", "Formula". */
    static final Set<String> BRAND_LEADS = Set.copyOf(SECTIONS.getOrDefault("brand-leads", Map.of()).keySet());

    /** Words written with a capital letter right after a number that end a model's name: "11 Pro", "15 Pro Max". */
    static final Set<String> NAME_TAILS = Set.copyOf(SECTIONS.getOrDefault("name-tails", Map.of()).keySet());

    /** Has the word a capital letter anywhere: names are written so ("Boeing", "iPhone", "eBay"), the words they share are not. */
    static boolean written(Token word) {
        String text = word.text();
        for (int k = 0; k < text.length(); k++) {
            if (Character.isUpperCase(text.charAt(k))) {
                return true;
            }
        }
        return false;
    }

    private static Map<String, Map<String, String>> load() {
        try (InputStream in = NameWords.class.getResourceAsStream("names.pack")) {
            if (in == null) {
                return Map.of();
            }
            return LanguagePack.parse(new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8)));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read names.pack", e);
        }
    }
}
