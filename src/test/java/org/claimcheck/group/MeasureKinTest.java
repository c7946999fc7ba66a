package org.claimcheck.group;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.claimcheck.extract.MeasureLexicon;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Kin measures ({@code frames/measure-kin.tsv}): which different measures may state one fact. */
class MeasureKinTest {

    @ParameterizedTest(name = "{0} / {1}: {2}")
    @CsvSource({
            "trapped,          rescued,          true",
            "rescued,          trapped,          true",
            "crowd,            turnout,          true",
            "date_of_meeting,  date_of_visit,    true",
            "deaths,           casualties,       true",
            "injured,          casualties,       true",
            // kinship is by line: each is kin of casualties, not of each other
            "deaths,           injured,          false",
            "troops_deployed,  border_crossings, false",
            "date_of_signing,  date_of_ratification, false",
            "homes_destroyed,  homes_damaged,    false",
            "deaths,           deaths,           false",
    })
    void standardKin(String one, String other, boolean kin) {
        assertEquals(kin, MeasureKin.standard().kin(one.strip(), other.strip()));
    }

    @Test
    void everyMeasureOfTheFileIsInTheLexicon() {
        // the standard file loads only when each id is a measure of the lexicon; loading it here checks that
        assertTrue(MeasureKin.standard().kin("distance", "epicentre_distance"));
    }

    @Test
    void unknownMeasureIsAnError() {
        IllegalStateException error = assertThrows(IllegalStateException.class,
                () -> MeasureKin.parse(List.of("deaths fatalities_total"), MeasureLexicon.standard(), "test"));
        assertTrue(error.getMessage().contains("fatalities_total"), error.getMessage());
    }

    @Test
    void aFamilyOfOneIsAnError() {
        assertThrows(IllegalStateException.class, () -> MeasureKin.parse(List.of("deaths"), MeasureLexicon.standard(), "test"));
    }

    @Test
    void theFallbackIsKinOfNothing() {
        assertThrows(IllegalStateException.class,
                () -> MeasureKin.parse(List.of("deaths other"), MeasureLexicon.standard(), "test"));
    }
}
