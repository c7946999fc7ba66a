package org.claimcheck.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class SentenceSplitterTests {

    private static List<String> sentences(String text) {
        return SentenceSplitter.split(text).stream().map(s -> text.substring(s.start(), s.end())).toList();
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', quoteCharacter = '`', value = {
            "two plain sentences            | `One went. Two came.`                                   | `One went.¦Two came.`",
            "abbreviated title              | `Gen. Smith spoke. He left.`                            | `Gen. Smith spoke.¦He left.`",
            "initials                       | `Lloyd J. Austin said so. Then he left.`                 | `Lloyd J. Austin said so.¦Then he left.`",
            "U.S. inside a sentence         | `The U.S. Army said 20. It ended.`                       | `The U.S. Army said 20.¦It ended.`",
            "decimal point                  | `It grew 5.5 percent. Then fell.`                         | `It grew 5.5 percent.¦Then fell.`",
            "quote closes after the period  | `He said: \"It is over.\" Then he left.`                 | `He said: \"It is over.\"¦Then he left.`",
            "curly quotes                   | `“It is serious,” he said. “Very.”`                       | `“It is serious,” he said.¦“Very.”`",
            "lower case after period        | `Prices rose by approx. five percent.`                    | `Prices rose by approx. five percent.`",
            "question and exclamation       | `What now? Nobody knows! Wait.`                           | `What now?¦Nobody knows!¦Wait.`",
            "caption line without period    | `Soldiers at the border - REUTERS\nThe army said so.`     | `Soldiers at the border - REUTERS¦The army said so.`",
            "list number at line start      | `  1. Putin visits North Korea\nNext line.`               | `1. Putin visits North Korea¦Next line.`",
            "caption run into its credit    | `in Pyongyang on June 19, 2024.Gavriil Grigorov (AP)`     | `in Pyongyang on June 19, 2024.¦Gavriil Grigorov (AP)`",
            "Spanish opening marks          | `Llegó el miércoles. ¿Por qué? Nadie lo sabe.`            | `Llegó el miércoles.¦¿Por qué?¦Nadie lo sabe.`",
            "Spanish abbreviation           | `La Sra. García llegó. Se fue.`                           | `La Sra. García llegó.¦Se fue.`",
            "digits after the period        | `It ended in 1953. 20 years later it began.`              | `It ended in 1953.¦20 years later it began.`",
            "blank lines                    | `\n\nOne.\n\n\nTwo.\n`                                    | `One.¦Two.`",
    })
    void splits(String why, String text, String expected) {
        assertEquals(List.of(unescape(expected).split("¦")), sentences(unescape(text)), why);
    }

    @org.junit.jupiter.api.Test
    void cutsOverlongRunsSoThatWorkPerSentenceStaysBounded() {
        String text = "word ".repeat(2_000);
        assertEquals(true, SentenceSplitter.split(text).stream()
                .allMatch(s -> s.end() - s.start() <= 2 * SentenceSplitter.MAX_SENTENCE_CHARS));
        String noSpaces = "x".repeat(10_000);
        assertEquals(5, SentenceSplitter.split(noSpaces).size());
    }

    private static String unescape(String text) {
        return text.replace("\\n", "\n").replace("\\\"", "\"");
    }
}
