package org.claimcheck.normalize;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.quicktheories.QuickTheory.qt;

import java.time.LocalDate;
import java.util.List;

import org.claimcheck.CorpusFiles;
import org.junit.jupiter.api.Test;

/**
 * The scanner tries a date only at a word a date may start with ({@link DateMatcher}'s start words). That shortcut must
 * never change what is found: over every corpus article and arbitrary text, in every language, the mentions with the
 * shortcut and without it are the same. A way of writing a date added without its first words fails here.
 */
class DateStartGateTests {

    private static final LocalDate REFERENCE = LocalDate.of(2024, 6, 19);

    private static List<Mention> scan(String text, Language language, boolean gated) {
        return new MentionScanner(Tokenizer.tokenize(text, 0, text.length()), language, REFERENCE, gated).scan();
    }

    @Test
    void corpusArticlesGiveTheSameMentionsWithAndWithoutTheGate() {
        List<CorpusFiles.Corpus> corpora = CorpusFiles.all();
        assertFalse(corpora.isEmpty(), "no corpus found under " + CorpusFiles.ROOTS);
        for (CorpusFiles.Corpus corpus : corpora) {
            for (CorpusFiles.CorpusArticle article : corpus.articles()) {
                for (Language language : Language.values()) {
                    assertEquals(scan(article.text(), language, false), scan(article.text(), language, true),
                            corpus.name() + "/" + article.file() + " read as " + language);
                }
            }
        }
    }

    @Test
    void arbitraryTextGivesTheSameMentionsWithAndWithoutTheGate() {
        qt().withFixedSeed(HostileText.SEED).withExamples(2_000)
                .forAll(HostileText.prose())
                .checkAssert(text -> {
                    for (Language language : Language.values()) {
                        List<Mention> ungated = scan(text, language, false);
                        List<Mention> gated = scan(text, language, true);
                        if (!ungated.equals(gated)) {
                            assertEquals(ungated, gated, language + " " + HostileText.escaped(text));
                        }
                    }
                });
    }
}
