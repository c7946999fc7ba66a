package org.claimcheck.ingest;

import java.text.Normalizer;
import java.util.Locale;
import java.util.Optional;

/**
 * The identity of an outlet, independent of how a given article spells its name:
 * "EL PAÍS", "El País" and "el pais" are one outlet, keyed {@code el-pais}; so is "Еl País" with a Cyrillic Е, which
 * looks the same (see {@link LatinLookalikes}).
 */
public record OutletKey(String value) {

    public OutletKey {
        if (value == null || value.isEmpty()) {
            throw new IllegalArgumentException("an outlet key is never empty");
        }
    }

    /**
     * Folds compatibility forms (fullwidth letters, ligatures), letters of other scripts posing as Latin ones, case
     * and accents, and turns every run of other characters into one hyphen; empty when nothing is left.
     */
    public static Optional<OutletKey> of(String name) {
        if (name == null) {
            return Optional.empty();
        }
        String decomposed = LatinLookalikes.fold(Normalizer.normalize(name, Normalizer.Form.NFKD))
                .toLowerCase(Locale.ROOT);
        StringBuilder key = new StringBuilder(decomposed.length());
        boolean pendingHyphen = false;
        for (int i = 0; i < decomposed.length(); ) {
            int cp = decomposed.codePointAt(i);
            i += Character.charCount(cp);
            if (Character.getType(cp) == Character.NON_SPACING_MARK) {
                continue;
            }
            if (Character.isLetterOrDigit(cp)) {
                if (pendingHyphen && key.length() > 0) {
                    key.append('-');
                }
                pendingHyphen = false;
                key.appendCodePoint(cp);
            } else {
                pendingHyphen = true;
            }
        }
        return key.length() == 0 ? Optional.empty() : Optional.of(new OutletKey(key.toString()));
    }

    @Override
    public String toString() {
        return value;
    }
}
