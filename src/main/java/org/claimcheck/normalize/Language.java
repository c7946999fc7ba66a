package org.claimcheck.normalize;

import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * The languages whose number, date and unit words the normalizer reads, one language pack each
 * ({@code lang/<tag>.pack}). Everything a matcher or the language guess knows of a language comes from its pack.
 */
public enum Language {
    EN, ES, FR;

    /** The language assumed when neither the submission nor the text says otherwise. */
    public static final Language DEFAULT = EN;

    /** The language of a BCP 47 tag ("es-CO" is Spanish, "fr-CA" French), if it is one of ours. */
    public static Optional<Language> ofTag(String tag) {
        if (tag == null || tag.length() < 2) {
            return Optional.empty();
        }
        String primary = tag.substring(0, 2).toLowerCase(Locale.ROOT);
        for (Language language : values()) {
            if (language.tag().equals(primary)) {
                return Optional.of(language);
            }
        }
        return Optional.empty();
    }

    public String tag() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** The commonest words of the language (its pack's "[function-words]"), by which its texts are told apart. */
    public Set<String> functionWords() {
        return LanguagePack.of(this).words("function-words");
    }

    /** The words subjects and entities leave out (its pack's "[stop-words]"). */
    public Set<String> stopWords() {
        return LanguagePack.of(this).words("stop-words");
    }

    /** The prepositions before a place ("in", "en", "à"): its pack's "[place-prepositions]". */
    public Set<String> placePrepositions() {
        return LanguagePack.of(this).words("place-prepositions");
    }

    /** Is this lower-case word a month or weekday name of the language ("september", "martes")? */
    public boolean isCalendarName(String lower) {
        LanguagePack pack = LanguagePack.of(this);
        return pack.words("months").contains(lower) || pack.words("weekdays").contains(lower);
    }

    /** Do adjectives and complements follow the noun ("la cifra de muertos")? Its pack's "[grammar] noun-first". */
    public boolean nounFirst() {
        return LanguagePack.of(this).flag("grammar", "noun-first");
    }
}
