package org.claimcheck.normalize;

import java.util.Locale;
import java.util.Optional;

/** The languages whose number, date and unit words the normalizer reads. */
public enum Language {
    EN, ES, FR;

    /** The language of a BCP 47 tag ("es-CO" is Spanish, "fr-CA" French), if it is one of ours. */
    public static Optional<Language> ofTag(String tag) {
        if (tag == null || tag.length() < 2) {
            return Optional.empty();
        }
        return switch (tag.substring(0, 2).toLowerCase(Locale.ROOT)) {
            case "en" -> Optional.of(EN);
            case "es" -> Optional.of(ES);
            case "fr" -> Optional.of(FR);
            default -> Optional.empty();
        };
    }

    public String tag() {
        return name().toLowerCase(Locale.ROOT);
    }
}
