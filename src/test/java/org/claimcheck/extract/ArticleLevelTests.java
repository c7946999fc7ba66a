package org.claimcheck.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.time.LocalDate;

import org.claimcheck.normalize.DateValue;
import org.claimcheck.normalize.Language;
import org.claimcheck.normalize.NumericValue;
import org.junit.jupiter.api.Test;

/** Decisions made once per article: its language, and the day relative expressions resolve against. */
class ArticleLevelTests {

    private final ClaimExtractor extractor = new ClaimExtractor();

    @Test
    void aDatelineStandsInForAMissingPublicationDate() {
        ArticleClaims found = extractor.extract(new ArticleInput(
                "PYONGYANG, June 19, 2024 (Reuters) - Putin arrived on Wednesday for a two-day visit.", "en", null));
        assertEquals(new ReferenceDate(LocalDate.of(2024, 6, 19), ReferenceDate.Source.DATELINE), found.reference());
        DateValue wednesday = (DateValue) found.claims().stream().filter(c -> c.text().equals("Wednesday")).findFirst()
                .orElseThrow().value();
        assertEquals(LocalDate.of(2024, 6, 19), wednesday.first());
    }

    @Test
    void aDateInTheProseIsNotADateline() {
        ArticleClaims found = extractor.extract(new ArticleInput(
                "Putin arrived on Wednesday. The war began in February 2022.", "en", null));
        assertEquals(ReferenceDate.Source.NONE, found.reference().source());
        assertFalse(((DateValue) found.claims().get(0).value()).resolved());
    }

    @Test
    void publicationDateWinsOverADateline() {
        ArticleClaims found = extractor.extract(new ArticleInput(
                "SEOUL, June 19, 2024 (AP) - It happened on Monday.", "en", LocalDate.of(2024, 6, 20)));
        assertEquals(ReferenceDate.Source.PUBLISHED, found.reference().source());
    }

    @Test
    void spanishIsDetectedAndReadWithItsSeparators() {
        ArticleClaims found = extractor.extract(new ArticleInput(
                "Más de 12.000 soldados llegaron el miércoles a la frontera, según el ministerio de Defensa.", null,
                LocalDate.of(2024, 6, 19)));
        assertEquals(Language.ES, found.language());
        NumericValue soldiers = (NumericValue) found.claims().get(0).value();
        assertEquals(12000, soldiers.min().intValue());
        assertEquals("soldados", found.claims().get(0).subject());
        assertEquals("ministerio de Defensa", found.claims().get(0).attribution());
        assertEquals(LocalDate.of(2024, 6, 19), ((DateValue) found.claims().get(1).value()).first());
    }

    @Test
    void aSpanishCaptionInAnEnglishArticleIsReadAsSpanish() {
        ArticleClaims found = extractor.extract(new ArticleInput(
                "The army said 3,000 soldiers crossed the border.\nLos soldados llegaron el 5 de enero de 2024 a la base de la ciudad.",
                "en", LocalDate.of(2024, 6, 19)));
        assertEquals(Language.ES, found.claims().get(1).language());
        assertEquals(LocalDate.of(2024, 1, 5), ((DateValue) found.claims().get(1).value()).first());
    }
}
