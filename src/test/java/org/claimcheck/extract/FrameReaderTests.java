package org.claimcheck.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The frame read for one value of a sentence: what it measures, who gives it and in which role. Each row is a
 * sentence, the value's text as found, and the frame expected; {@code -} for no source.
 */
class FrameReaderTests {

    private static final ClaimExtractor EXTRACTOR = new ClaimExtractor();

    @ParameterizedTest(name = "{1} in \"{0}\"")
    @CsvSource(delimiter = '|', value = {
            // measure, in the three languages
            "At least 78 people were killed in the blast.                    | At least 78   | deaths          | CURRENT   | -",
            "The quake killed 2,946 people and injured 5,674.                | 5,674         | injured         | CURRENT   | -",
            "The quake killed 2,946 people and injured 5,674.                | 2,946         | deaths          | CURRENT   | -",
            "El sismo dejó 225 muertos en cuatro estados.                     | 225           | deaths          | CURRENT   | -",
            "Le séisme a fait 2 946 morts selon le ministère de l'Intérieur.  | 2 946         | deaths          | CURRENT   | interior_ministry",
            "The earthquake struck at a depth of 10 km.                      | 10 km         | depth           | CURRENT   | -",
            "Un sismo de magnitud 7,1 sacudió la capital.                     | 7,1           | magnitude       | CURRENT   | -",
            "Some 50,000 homes were destroyed by the storm.                  | Some 50,000   | homes_destroyed | CURRENT   | -",
            // a list names its measure once: later items with only a place take it; an item with its own noun does not
            "The quake killed 86 people in Mexico City, 71 in Morelos, 43 in Puebla and 12 in the State of Mexico, the agency said. | 12 | deaths | CURRENT | agency",
            "Murieron 86 personas en la capital, 71 en Morelos y seis más en Guerrero.                        | seis          | deaths          | CURRENT   | -",
            "The storm killed 12 people and left 40,000 in shelters.                                          | 40,000        | shelters        | CURRENT   | -",
            // the noun after the value says who is counted; a later count that accumulates says what happened to them
            "Between 20 and 30 soldiers briefly crossed the border.          | Between 20 and 30 | border_crossings | CURRENT | -",
            "Up to 1,400 soldiers have defected to the South.                | Up to 1,400   | defectors       | CURRENT   | -",
            "Nearly 3,000 soldiers are in Russia.                            | Nearly 3,000  | troops_deployed | CURRENT   | -",
            "Al menos 60 manifestantes resultaron heridos.                   | Al menos 60   | injured         | CURRENT   | -",
            "Some 5,000 troops were deployed to the border.                  | Some 5,000    | troops_deployed | CURRENT   | -",
            "Some 3,000 soldiers arrested 200 protesters in the capital.     | Some 3,000    | troops_deployed | CURRENT   | -",
            // a cue written with an auxiliary ("ont défilé") is met by the text, whose auxiliaries are dropped as well
            "Mercredi, 1 800 personnes ont défilé à Vireval selon la police. | 1 800 | crowd          | CURRENT   | police",
            "La Montargue a fait mieux : 71,2 % des inscrits se sont rendus aux urnes. | 71,2 % | turnout | CURRENT | -",
            "Selon la police, 20 000 personnes se sont rassemblées sur la place. | 20 000   | crowd           | CURRENT   | police",
            // a cue that closes around the value right after "y", "and", "et" names no thing of the value
            "La cifra llegó a 398 muertos y 2.150 heridos.                   | 2.150         | injured         | CURRENT   | -",
            // a count that varies (the missing) is no noun of who is counted: a later cue does not override it
            "Fourteen people are still missing, mostly in remote villages.   | Fourteen      | missing         | CURRENT   | -",
            "Catorce personas siguen desaparecidas, sobre todo en las comunidades aisladas. | Catorce | missing | CURRENT | -",
            "Quatorze personnes sont toujours portées disparues, principalement dans les hameaux isolés. | Quatorze | missing | CURRENT | -",
            // a cue fastened to another value by a hyphen ("7.2-magnitude") is that value's
            "The toll of the 7.2-magnitude quake rose to 398 on Tuesday.     | 398           | deaths          | CURRENT   | -",
            // a word before or after another value may be shared by a list: it stays a cue
            "The tallies showed 2.75 million votes for Maduro and 6.27 million for his rival. | 6.27 million | votes | CURRENT | -",
            "Le bilan est passé de 12 à 19 morts mercredi.                   | 12            | deaths          | PREVIOUS  | -",
            // role: a rival's figure set beside it is no earlier figure
            "Maduro won 51.2% compared with 44.2% for González.              | 44.2%         | vote_share      | CURRENT   | -",
            // role
            "The toll rose from 2,012 to 2,946 on Sunday.                    | 2,012         | deaths          | PREVIOUS  | -",
            "The toll rose from 2,012 to 2,946 on Sunday.                    | 2,946         | deaths          | CURRENT   | -",
            "The death toll rose to 154, up from 135.                        | 135           | deaths          | PREVIOUS  | -",
            "El balance pasó de 186 a 192 fallecidos.                         | 186           | deaths          | PREVIOUS  | -",
            // an earlier count named as such governs its clause, however far before the value
            "Un précédent bilan publié dans la nuit faisait état de 2 122 morts. | 2 122     | deaths          | PREVIOUS  | -",
            "A previous toll on Sunday put the number of dead at 2,122.     | 2,122         | deaths          | PREVIOUS  | -",
            "El balance previo difundido el domingo era de 2.122 muertos.    | 2.122         | deaths          | PREVIOUS  | -",
            "The toll on Sunday put the number of dead at 2,122.            | 2,122         | deaths          | CURRENT   | -",
            "The number of troops is expected to reach 10,000 by December.   | 10,000        | troops_deployed | PROJECTED | -",
            "Shares fell 2.1% on Monday.                                     | 2.1%          | stock_change    | CHANGE    | -",
            "The government aims to raise $1 billion for reconstruction.     | $1 billion    | reconstruction_cost | TARGET | government",
            // source: rival counts of one crowd
            "Police put the crowd at 338,000.                                | 338,000       | crowd           | CURRENT   | police",
            "Organizers said nearly two million people marched.              | nearly two million | crowd      | CURRENT   | organizers",
            "Según la policía, 338.000 personas marcharon.                    | 338.000       | crowd           | CURRENT   | police",
            // the agent of a reporting participle gives the figure, not the sentence's first speaker
            "Police said 380,000 people marched, far below the 1.9 million claimed by the organizers. | 1.9 million | crowd | CURRENT | organizers",
            "Police said 380,000 people marched, far below the 1.9 million claimed by the organizers. | 380,000 | crowd | CURRENT | police",
    })
    void frameOfAValue(String sentence, String value, String measure, ClaimFrame.Role role, String source) {
        ClaimFrame frame = EXTRACTOR.extract(new ArticleInput(sentence, null, LocalDate.of(2024, 6, 19))).claims().stream()
                .filter(claim -> claim.text().equals(value)).findFirst()
                .orElseThrow(() -> new AssertionError("no claim " + value + " in " + sentence)).frame();
        assertEquals(measure, frame.measure(), "measure");
        assertEquals(role, frame.role(), "role");
        assertEquals(source.equals("-") ? null : source, frame.source(), "source");
    }

    @ParameterizedTest(name = "{1} in \"{0}\" goes {2}")
    @CsvSource(delimiter = '|', value = {
            "Shares fell 2.1% on Monday.                 | 2.1%  | DOWN",
            "Exports rose by 300 million dollars.         | 300 million dollars | UP",
            "Las ventas aumentaron un 5% en marzo.        | 5%    | UP",
    })
    void directionOfAChange(String sentence, String value, ClaimFrame.Direction direction) {
        ClaimFrame frame = EXTRACTOR.extract(new ArticleInput(sentence, null, LocalDate.of(2024, 6, 19))).claims().stream()
                .filter(claim -> claim.text().equals(value)).findFirst().orElseThrow().frame();
        assertEquals(ClaimFrame.Role.CHANGE, frame.role());
        assertEquals(direction, frame.direction());
    }
}
