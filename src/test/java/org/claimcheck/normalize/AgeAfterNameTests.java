package org.claimcheck.normalize;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.util.List;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * A person's age after the name, with no word for years ("Luis Urzua, 54, was", "Luis Urzúa (54)"), is a duration in
 * years; a number after a name that goes on into a noun, a year, a footnote or a count stays what it was.
 */
class AgeAfterNameTests {

    private static final BigDecimal DAYS_PER_YEAR = new BigDecimal("365.25");

    private static List<Mention> mentions(Language language, String text) {
        return new ValueNormalizer().findAll(text, 0, text.length(), language, NormalizationAssertions.REFERENCE);
    }

    @ParameterizedTest(name = "[{index}] {0} \"{1}\" -> {2} years")
    @CsvSource(delimiter = '|', textBlock = """
            EN | Shift foreman Luis Urzua, 54, was the last to leave.        | 54
            EN | The first out was Florencio Avalos, 31.                      | 31
            EN | Luis Urzúa (54) came out last.                              | 54
            EN | Her daughter, Emma, 7, was unharmed.                          | 7
            ES | El último en salir fue Luis Urzúa, 54, jefe de turno.         | 54
            ES | Luis Urzúa (54) salió el último.                               | 54
            FR | Le dernier, Luis Urzúa, 54, est sorti vers 22 heures.          | 54
            """)
    void anAgeAfterANameIsYears(Language language, String text, int years) {
        List<Mention> found = mentions(language, text);
        Mention age = found.stream().filter(m -> text.substring(m.start(), m.end()).equals(String.valueOf(years)))
                .findFirst().orElseThrow(() -> new AssertionError("no " + years + " in " + found));
        NumericValue value = (NumericValue) age.value();
        assertEquals(ValueKind.DURATION, value.kind(), text);
        assertEquals(0, DAYS_PER_YEAR.multiply(BigDecimal.valueOf(years)).compareTo(value.min()), text);
        assertEquals("day", value.unit(), text);
    }

    @ParameterizedTest(name = "[{index}] {0} \"{1}\" has no age")
    @CsvSource(delimiter = '|', textBlock = """
            EN | In Copiapó, 33 miners were trapped.
            EN | Beirut, 2020.
            EN | See Table (3) for details.
            ES | La mayoría de las víctimas se concentra en Juchitán (37) y en Asunción Ixtaltepec (10).
            EN | Most of the dead were in Juchitan (37) and in Asuncion Ixtaltepec (10).
            EN | The Lakers (54) lead the table.
            EN | The vote in Caracas, 120, was annulled.
            EN | the count rose to 54, officials said.
            ES | En Copiapó, 33 mineros quedaron atrapados.
            """)
    void otherNumbersAfterANameAreNoAge(Language language, String text) {
        for (Mention mention : mentions(language, text)) {
            assertTrue(!(mention.value() instanceof NumericValue number) || number.kind() != ValueKind.DURATION,
                    text + ": " + mention);
        }
    }
}
