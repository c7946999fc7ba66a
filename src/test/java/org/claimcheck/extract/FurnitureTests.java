package org.claimcheck.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Page furniture yields no claims; the article around it and captions that state facts still do. */
class FurnitureTests {

    private final ClaimExtractor extractor = new ClaimExtractor();

    private List<String> claimTexts(String text) {
        return extractor.extract(new ArticleInput(text, "en", LocalDate.of(2024, 6, 19))).claims().stream()
                .map(Claim::text).toList();
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', quoteCharacter = '`', value = {
            "copyright line                | `© 2024 Example Media. All rights reserved.`",
            "page timestamp with clock     | `05/17/2024 08:02:50 am`",
            "page timestamp with zone      | `6:33 AM EST, December 18, 2024`",
            "newsletter notice             | `Sign up for our weekly newsletter, 3 issues free`",
            "subscription notice (Spanish) | `Tu suscripción se está usando en 2 dispositivos`",
            "teaser link                   | `>>> See more: 5 things Putin said`",
            "web address                   | `Source: https://example.com/news/2024/06/19/25-anos`",
            "image credit line             | `Images source: © Getty Images | 2024 Anadolu`",
            "share buttons                 | `Share on Facebook 12`",
            "cookie banner                 | `We use cookies. Accept all 3 categories`",
    })
    void furnitureLinesYieldNothing(String why, String line) {
        assertEquals(List.of(), claimTexts("The army said 20 soldiers crossed.\n" + line + "\n").stream()
                .filter(text -> !text.equals("20")).toList(), why);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', quoteCharacter = '`', value = {
            "caption with agency credit    | `Marines leave Incheon on January 5, 2024 - AFP/ YONHAP`                     | `January 5, 2024`",
            "caption with photo credit     | `(Photo : Photo by Kim/Getty Images) 30 soldiers stand at a check point.`   | `30`",
            "long prose naming a subscription | `The company said its subscription revenue rose by 12% in 2023, driven by 3 new products that were launched across Europe, Asia and Latin America, according to its annual report released on Monday to investors and the press in London.` | `12%`",
    })
    void captionsAndProseKeepTheirClaims(String why, String line, String expected) {
        assertEquals(true, claimTexts(line).contains(expected), why + ": " + claimTexts(line));
    }
}
