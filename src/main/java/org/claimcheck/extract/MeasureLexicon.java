package org.claimcheck.extract;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.claimcheck.normalize.ValueKind;

/** PLACEHOLDER until the full lexicon lands. */
public final class MeasureLexicon {

    public record Measure(String id, Set<ValueKind> kinds, String unit, boolean cumulative) {
    }

    public record Match(Measure measure, int words) {
    }

    private static final MeasureLexicon STANDARD = load("/frames/measures.tsv");

    private final Map<String, Measure> measures = new LinkedHashMap<>();
    private final Map<String, List<String[]>> cues = new HashMap<>();

    public static MeasureLexicon standard() {
        return STANDARD;
    }

    public Optional<Measure> measure(String id) {
        return Optional.ofNullable(measures.get(id));
    }

    public Collection<Measure> all() {
        return measures.values();
    }

    public Optional<Match> longestMatch(List<String> folded, int at) {
        Match best = null;
        for (String[] cue : cues.getOrDefault(folded.get(at), List.of())) {
            int n = cue.length - 1;
            if (at + n > folded.size() || best != null && best.words() >= n) {
                continue;
            }
            boolean ok = true;
            for (int i = 0; i < n && ok; i++) {
                String w = cue[i + 1];
                ok = w.endsWith("*") ? folded.get(at + i).startsWith(w.substring(0, w.length() - 1)) : folded.get(at + i).equals(w);
            }
            if (ok) {
                best = new Match(measures.get(cue[0]), n);
            }
        }
        return Optional.ofNullable(best);
    }

    public static String fold(String word) {
        return PhraseLexicon.fold(word);
    }

    private static MeasureLexicon load(String resource) {
        MeasureLexicon lexicon = new MeasureLexicon();
        try (InputStream in = MeasureLexicon.class.getResourceAsStream(resource)) {
            BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            String line;
            boolean header = true;
            while ((line = reader.readLine()) != null) {
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                if (header) {
                    header = false;
                    continue;
                }
                String[] c = line.split("\t", -1);
                Set<ValueKind> kinds = EnumSet.noneOf(ValueKind.class);
                String unit = null;
                for (String k : c[1].split(",")) {
                    String[] ku = k.strip().split(":");
                    kinds.add(ValueKind.valueOf(ku[0]));
                    if (ku.length > 1) {
                        unit = ku[1];
                    }
                }
                lexicon.measures.put(c[0], new Measure(c[0], kinds, unit, c[2].equals("yes")));
                for (int i = 3; i < c.length; i++) {
                    for (String cue : c[i].split("\\|")) {
                        if (cue.isBlank()) {
                            continue;
                        }
                        String[] words = fold(cue.strip()).split("\\s+");
                        List<String> entry = new ArrayList<>();
                        entry.add(c[0]);
                        entry.addAll(List.of(words));
                        lexicon.cues.computeIfAbsent(words[0], key -> new ArrayList<>()).add(entry.toArray(String[]::new));
                    }
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return lexicon;
    }
}
