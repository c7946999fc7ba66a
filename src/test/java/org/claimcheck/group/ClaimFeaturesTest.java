package org.claimcheck.group;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.Set;
import java.util.TreeSet;

import org.claimcheck.extract.ArticleInput;
import org.claimcheck.extract.Claim;
import org.claimcheck.extract.ClaimExtractor;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The place and the name a figure belongs to, read from its own clause of the sentence, and whether it is background. */
class ClaimFeaturesTest {

    private static final ClaimExtractor EXTRACTOR = new ClaimExtractor();

    @ParameterizedTest(name = "{0} of {2} in \"{1}\" -> {3}")
    @CsvSource(delimiter = '|', value = {
            // the place: a part named after a place preposition, each figure of a list its own
            "place | The quake killed 86 people in Mexico City, 71 in Morelos and 43 in Puebla. | 86    | city mexico",
            "place | The quake killed 86 people in Mexico City, 71 in Morelos and 43 in Puebla. | 71    | morel",
            "place | The quake killed 86 people in Mexico City, 71 in Morelos and 43 in Puebla. | 43    | puebl",
            "place | Another 72 died in the state of Morelos, officials said.                   | 72    | morel",
            "place | Se reportan 94 personas fallecidas en la Ciudad de México.                 | 94    | city mexico",
            "place | Le séisme a fait 2 946 morts à Marrakech.                                  | 2 946 | marrakech",
            // a date's clause is often the date alone: its sentence names the place of what it dates
            "place | In February 2004, a strong quake killed 628 people in Al Hoceima.     | February 2004 | hoceim",
            "place | The quake killed 86 people in Mexico City on Tuesday, officials said. | Tuesday | city mexico",
            // the whole: no place beside the figure
            "place | The national death toll rose to 217, officials said.                       | 217   | ''",
            // a month or a weekday after a preposition is a time, not a place
            "place | At least 217 people died in September, officials said.                     | 217   | ''",
            "place | The toll reached 300 on Tuesday in Oaxaca.                                 | 300   | oaxac",
            // the owner: the whole name, so that "Edmundo González" and "González" meet
            "owner | The CNE said Maduro won 51.2% against 44.2% for Edmundo González.          | 44.2% | edmund gonzalez",
            "owner | The CNE said Maduro won 51.2% against 44.2% for Edmundo González.          | 51.2% | madur",
            // a name of another clause belongs to that clause's figure
            "owner | Polls gave 65% to the challenger, while Maduro would get 31%.              | 65%   | ''",
            "owner | Polls gave 65% to the challenger, while Maduro would get 31%.              | 31%   | madur",
            // words the vocabulary knows are no one's name
            "owner | Officials in Mexico said 217 people died.                                  | 217   | ''",
    })
    void whereAndWhoseTheFigureIs(String feature, String sentence, String value, String expected) {
        Claim claim = claim(sentence, value);
        Set<String> read = feature.equals("place") ? ClaimFeatures.place(claim) : ClaimFeatures.owner(claim);
        assertEquals(terms(expected), new TreeSet<>(read));
    }

    @ParameterizedTest(name = "background of {1} in \"{0}\": {2}")
    @CsvSource(delimiter = '|', value = {
            "In February 2004, a magnitude 6.3 quake had struck Al Hoceima, killing 628. | 628     | true",
            "En février 2004, un séisme avait fait 628 morts à Al Hoceima.                | 628     | true",
            "En 1985, el sismo había dejado más de 10.000 muertos.                         | 10.000  | true",
            "The quake killed at least 2,000 people on Friday night.                       | 2,000   | false",
            "El sismo dejó al menos 217 muertos, informaron las autoridades.               | 217     | false",
            "Le séisme a fait 2 946 morts, selon le ministère.                             | 2 946   | false",
    })
    void anEarlierEventIsToldInThePluperfect(String sentence, String value, boolean background) {
        assertEquals(background, ClaimFeatures.isBackground(claim(sentence, value)));
    }

    private static Set<String> terms(String spaced) {
        return new TreeSet<>(spaced.isBlank() ? Set.of() : Set.copyOf(Arrays.asList(spaced.split(" "))));
    }

    private static Claim claim(String sentence, String value) {
        return EXTRACTOR.extract(new ArticleInput(sentence, null, LocalDate.of(2024, 7, 29))).claims().stream()
                .filter(claim -> claim.text().contains(value)).findFirst()
                .orElseThrow(() -> new AssertionError("no claim " + value + " in " + sentence));
    }
}
