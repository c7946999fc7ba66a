package org.claimcheck.group;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.claimcheck.extract.MeasureLexicon;

/**
 * Measures that outlets use for one fact, each in their own words ("33 miners trapped", "the 33 miners rescued"):
 * the lines of {@value #RESOURCE}. Two different measures of the lexicon are two facts unless they are kin here.
 */
final class MeasureKin {

    static final String RESOURCE = "/frames/measure-kin.tsv";

    private static final MeasureKin STANDARD = load();

    /** Each measure's kin: asked for every pair of claims grouping compares, so a lookup without building a key. */
    private final Map<String, Set<String>> kinOf;

    private MeasureKin(Map<String, Set<String>> kinOf) {
        Map<String, Set<String>> copy = new HashMap<>();
        kinOf.forEach((measure, kin) -> copy.put(measure, Set.copyOf(kin)));
        this.kinOf = Map.copyOf(copy);
    }

    static MeasureKin standard() {
        return STANDARD;
    }

    /** Are the two measures, not the same one, kin? */
    boolean kin(String a, String b) {
        Set<String> kin = kinOf.get(a);
        return kin != null && !a.equals(b) && kin.contains(b);
    }

    private static MeasureKin load() {
        try (InputStream in = MeasureKin.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("Missing resource " + RESOURCE);
            }
            return parse(new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8)).lines().toList(),
                    MeasureLexicon.standard(), RESOURCE);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read " + RESOURCE, e);
        }
    }

    /** Parses the lines of a kin file against a measure lexicon; {@code source} names the file in errors. */
    static MeasureKin parse(List<String> lines, MeasureLexicon lexicon, String source) {
        Map<String, Set<String>> kinOf = new HashMap<>();
        for (int n = 0; n < lines.size(); n++) {
            String line = lines.get(n).strip();
            if (line.isEmpty() || line.startsWith("#")) {
                continue;
            }
            String[] family = line.split("\\s+");
            if (family.length < 2) {
                throw new IllegalStateException(source + " line " + (n + 1) + ": a family needs two measures at least");
            }
            for (String id : family) {
                if (lexicon.measure(id).isEmpty() || MeasureLexicon.OTHER.equals(id)) {
                    throw new IllegalStateException(source + " line " + (n + 1) + ": no measure '" + id + "' in the lexicon");
                }
            }
            for (int i = 0; i < family.length; i++) {
                for (int j = i + 1; j < family.length; j++) {
                    if (!family[i].equals(family[j])) {
                        kinOf.computeIfAbsent(family[i], k -> new HashSet<>()).add(family[j]);
                        kinOf.computeIfAbsent(family[j], k -> new HashSet<>()).add(family[i]);
                    }
                }
            }
        }
        return new MeasureKin(kinOf);
    }
}
