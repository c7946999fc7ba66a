package org.claimcheck.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The day a figure refers to: another date of its sentence, unless that date is a starting point ("since 2011",
 * "depuis 2011", "desde 2011"), which says when something began, not when the figure was counted; else the
 * article's day. Each row: the sentence, the figure, and its day, for an article of Monday 15 June 2026.
 */
class AsOfDayTests {

    private static final LocalDate ARTICLE_DAY = LocalDate.of(2026, 6, 15);

    @ParameterizedTest(name = "{1} in \"{0}\": {2}")
    @CsvSource(delimiter = '|', value = {
            "A majority needs 151 seats, a threshold no party has reached since 2011.          | 151    | 2026-06-15",
            "La majorité absolue est de 151 sièges, un seuil jamais atteint depuis 2011.       | 151    | 2026-06-15",
            "La mayoría absoluta es de 151 escaños, un umbral no alcanzado desde 2011.         | 151    | 2026-06-15",
            "Le fleuve a monté de 2 mètres depuis le 3 juin, selon la préfecture.              | 2      | 2026-06-15",
            "Il y a eu 412 morts depuis le début de l'année, selon la protection civile.       | 412    | 2026-06-15",
            "By December, the number is expected to reach 10,000.                              | 10,000 | 2026-12-31",
            "The toll reached 412 on Thursday, officials said.                                 | 412    | 2026-06-11",
            "Le bilan atteignait 241 morts jeudi soir, selon la préfecture.                    | 241    | 2026-06-11",
    })
    void figureDay(String sentence, String figure, String day) {
        Claim claim = new ClaimExtractor().extract(new ArticleInput(sentence, null, ARTICLE_DAY)).claims().stream()
                .filter(c -> c.text().contains(figure)).findFirst()
                .orElseThrow(() -> new AssertionError("no claim " + figure + " in " + sentence));
        assertEquals(LocalDate.parse(day), claim.asOf());
    }
}
