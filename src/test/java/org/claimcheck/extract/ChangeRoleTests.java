package org.claimcheck.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Changes and levels (issue 17): a difference ("shares fell 2.1%", "up 19 cents", "rose by 300", "subió en 300") is
 * role CHANGE with its direction; the level it leads to ("to 3,005.47"), an old figure ("from 64") and a range are
 * not. Each row: sentence, the value's text as found, role, direction ({@code -} for none).
 */
class ChangeRoleTests {

    private static final ClaimExtractor EXTRACTOR = new ClaimExtractor();

    @ParameterizedTest(name = "{1} in \"{0}\" is {2} {3}")
    @CsvSource(delimiter = '|', value = {
            "Shares fell 2.1% on Monday.                                  | 2.1%               | CHANGE   | DOWN",
            "Shares were up 19 cents.                                     | 19 cents           | CHANGE   | UP",
            "The stock was down 19 cents at the close.                    | 19 cents           | CHANGE   | DOWN",
            "The index rose by 300 points.                                | 300                | CHANGE   | UP",
            "The index fell 0.68 per cent to 3,005.47.                    | 0.68 per cent      | CHANGE   | DOWN",
            "The index fell 0.68 per cent to 3,005.47.                    | 3,005.47           | CURRENT  | -",
            "Shares were up 19 cents to $3.05.                            | 19 cents           | CHANGE   | UP",
            "Shares were up 19 cents to $3.05.                            | $3.05              | CURRENT  | -",
            "Inflation rose 2.1% to 5.3% in May.                          | 2.1%               | CHANGE   | UP",
            "Inflation rose 2.1% to 5.3% in May.                          | 5.3%               | CURRENT  | -",
            "Sales gained 4% in May.                                      | 4%                 | CHANGE   | UP",
            "Exports dropped 12% last year.                               | 12%                | CHANGE   | DOWN",
            "Exports rose by 300 million dollars.                         | 300 million dollars | CHANGE  | UP",
            "The company lost 1.23 billion shekels.                       | 1.23 billion shekels | CHANGE | DOWN",
            "Output fell -1.3% in May.                                    | -1.3%              | CHANGE   | DOWN",
            "Prices increased 3% over the year.                           | 3%                 | CHANGE   | UP",
            "Oil prices climbed 4% on Friday.                             | 4%                 | CHANGE   | UP",
            "The currency plunged 20% against the dollar.                 | 20%                | CHANGE   | DOWN",
            "Unemployment rose to 5.3%.                                   | 5.3%               | CURRENT  | -",
            "Unemployment reached 5.3% in June.                           | 5.3%               | CURRENT  | -",
            "The toll rose from 64 to 2,975.                              | 64                 | PREVIOUS | -",
            "The toll rose from 64 to 2,975.                              | 2,975              | CURRENT  | -",
            "The death toll rose to 154, up from 135.                     | 135                | PREVIOUS | -",
            "Homes sold for from $750,000 to $1 million.                  | from $750,000 to $1 million | CURRENT | -",
            "He faces one to two years in prison.                         | one to two years   | CURRENT  | -",
            "The plant produced 300 megawatts.                            | 300 megawatts      | CURRENT  | -",
            "The car reached 166 mph.                                     | 166 mph            | CURRENT  | -",
            "Gas costs $3 a gallon.                                       | $3 a gallon        | CURRENT  | -",
            "Las acciones bajaron un 2,1% el lunes.                       | 2,1%               | CHANGE   | DOWN",
            "El peaje subió en 300.                                       | 300                | CHANGE   | UP",
            "Las exportaciones aumentaron un 12%.                         | 12%                | CHANGE   | UP",
            "La bolsa cayó un 0,68 % a 3.005,47 puntos.                   | 0,68 %             | CHANGE   | DOWN",
            "La bolsa cayó un 0,68 % a 3.005,47 puntos.                   | 3.005,47           | CURRENT  | -",
            "El desempleo subió al 5,3%.                                  | 5,3%               | CURRENT  | -",
            "La producción creció un 4% en marzo.                         | 4%                 | CHANGE   | UP",
            "El balance pasó de 186 a 192 fallecidos.                     | 186                | PREVIOUS | -",
            "El balance pasó de 186 a 192 fallecidos.                     | 192                | CURRENT  | -",
            "La inflación subió en 2023.                                  | 2023               | CURRENT  | -",
            "Les ventes ont augmenté de 5 % en mars.                      | 5 %                | CHANGE   | UP",
            "Le CAC a baissé de 0,68 % à 3 005,47 points.                 | 0,68 %             | CHANGE   | DOWN",
            "Le bilan est passé de 2 012 à 2 946 morts.                   | 2 012              | PREVIOUS | -",
    })
    void roleAndDirection(String sentence, String value, ClaimFrame.Role role, String direction) {
        ClaimFrame frame = EXTRACTOR.extract(new ArticleInput(sentence, null, LocalDate.of(2024, 6, 19))).claims().stream()
                .filter(claim -> claim.text().equals(value)).findFirst()
                .orElseThrow(() -> new AssertionError("no claim " + value + " in " + sentence)).frame();
        assertEquals(role, frame.role(), "role of " + value + " in " + sentence);
        assertEquals(direction.equals("-") ? null : ClaimFrame.Direction.valueOf(direction), frame.direction(),
                "direction of " + value + " in " + sentence);
    }
}
