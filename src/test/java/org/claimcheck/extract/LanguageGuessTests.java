package org.claimcheck.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.claimcheck.normalize.Language;
import org.claimcheck.normalize.Tokenizer;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** English, Spanish and French sentences (made up) and what the guess makes of them; unclear ones keep the fallback. */
class LanguageGuessTests {

    @ParameterizedTest(name = "[{index}] \"{0}\" -> {2} (fallback {1})")
    @CsvSource(delimiter = '|', textBlock = """
            The death toll has risen to 398, the agency said on Monday.                     | ES | EN
            The army said that 3,000 soldiers were sent to the border.                      | FR | EN
            El balance de muertos subió a 398, según la agencia de protección civil.        | EN | ES
            Las autoridades elevaron la cifra de víctimas de ese estado de 46 a 71.         | EN | ES
            Los bomberos y la policía dijeron que el incendio fue controlado por la tarde.  | FR | ES
            Un précédent bilan fourni dimanche faisait état de 2122 morts.                  | FR | FR
            En février 2004, un séisme avait touché la province, provoquant la mort de 628 personnes. | FR | FR
            La cifra de muertos en la región es de 40.                                      | ES | ES
            Le bilan est passé de 2 012 à 2 946 morts, selon le ministère de l'Intérieur.   | EN | FR
            Au moins trente personnes ont été tuées dans la nuit de vendredi à samedi.      | ES | FR
            D'après les médias, il s'agit du plus puissant séisme à frapper le royaume.     | EN | FR
            3,000                                                                           | FR | FR
            3,000                                                                           | EN | EN
            """)
    void guessesTheSentencesLanguage(String sentence, Language fallback, Language expected) {
        assertEquals(expected, LanguageGuess.of(Tokenizer.tokenize(sentence, 0, sentence.length()), fallback), sentence);
    }
}
