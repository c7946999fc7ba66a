package org.claimcheck.group;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The pair model's file holds both regressions and every cut-off: a file that lacks one was fit on other features or
 * by an older fit, and is refused rather than guessed at.
 */
class PairModelFileTests {

    @TempDir
    Path dir;

    private static List<String> shipped() throws IOException {
        try (InputStream in = PairModel.class.getResourceAsStream(PairModel.RESOURCE)) {
            return List.of(new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n"));
        }
    }

    @Test
    void theShippedModelHasBothRegressionsAndAConflictLinkBelowEvenOdds() {
        PairModel model = PairModel.standard();
        assertEquals(PairFeatures.NAMES.size(), model.weights().size());
        assertEquals(PairFeatures.NAMES.size(), model.conflictWeights().size());
        assertTrue(model.conflictLink() > 0 && model.conflictLink() < 1, "conflict link " + model.conflictLink());
    }

    @ParameterizedTest(name = "without {0}")
    @ValueSource(strings = {"conflict-link=", "conflict.weight.value.bias=", "conflict.weight.date.source_differ=",
            "weight.value.bias=", "threshold="})
    void aFileMissingAnEntryIsRefused(String entry) throws IOException {
        Path file = dir.resolve("model.properties");
        List<String> lines = shipped().stream().filter(line -> !line.startsWith(entry)).toList();
        assertEquals(shipped().size() - 1, lines.size(), "the shipped model has " + entry);
        Files.write(file, lines, StandardCharsets.UTF_8);
        IllegalStateException refused = assertThrows(IllegalStateException.class, () -> PairModel.load(file));
        assertTrue(refused.getMessage().contains(entry.substring(entry.lastIndexOf('.') + 1, entry.length() - 1)),
                refused.getMessage());
    }

    @Test
    void theConflictModelIsReadApartFromTheGroupingModel() throws IOException {
        Path file = dir.resolve("model.properties");
        List<String> lines = shipped().stream()
                .map(line -> line.startsWith("conflict.weight.value.bias=") ? "conflict.weight.value.bias=-123" : line)
                .toList();
        Files.write(file, lines, StandardCharsets.UTF_8);
        PairModel model = PairModel.load(file);
        assertEquals(-123, model.conflictWeights().get("value.bias"));
        assertEquals(PairModel.standard().weights().get("value.bias"), model.weights().get("value.bias"));
    }
}
