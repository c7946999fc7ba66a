package org.claimcheck.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;

import org.junit.jupiter.api.Test;

/** The shipped look-alike table is the one ICU4J's confusables give today. */
class LatinLookalikesTableTest {

    @Test
    void shippedTableIsDerivedFromTheConfusables() throws IOException {
        assertEquals(LatinLookalikesTable.render(LatinLookalikesTable.derive()),
                Files.readString(LatinLookalikesTable.FILE, StandardCharsets.UTF_8),
                "regenerate it: ./mvnw test-compile exec:java -Dexec.classpathScope=test "
                        + "-Dexec.mainClass=org.claimcheck.ingest.LatinLookalikesTable");
        assertEquals(LatinLookalikesTable.derive(), new java.util.TreeMap<>(LatinLookalikes.table()));
    }
}
