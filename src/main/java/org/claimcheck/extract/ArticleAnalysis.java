package org.claimcheck.extract;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.claimcheck.normalize.Language;
import org.claimcheck.normalize.Mention;
import org.claimcheck.normalize.Token;
import org.claimcheck.normalize.Tokenizer;
import org.claimcheck.normalize.ValueNormalizer;

/** One extraction run over one article: language, reference day, furniture, sentences, then claims. */
final class ArticleAnalysis {

    private final ArticleInput input;
    private final ValueNormalizer normalizer;

    ArticleAnalysis(ArticleInput input, ValueNormalizer normalizer) {
        this.input = input;
        this.normalizer = normalizer;
    }

    ArticleClaims run(int maxClaims) {
        String text = input.text();
        List<Sentence> sentences = SentenceSplitter.split(text);
        Language language = Language.ofTag(input.languageTag())
                .orElseGet(() -> LanguageGuess.of(Tokenizer.tokenize(text, 0, Math.min(text.length(), 20_000)), Language.DEFAULT));
        ReferenceDate reference = reference(text, sentences, language);
        List<Furniture.Span> furniture = Furniture.find(text);

        List<Claim> claims = new ArrayList<>();
        int masked = 0;
        List<Token> previous = List.of();
        String articleEvent = null;
        String previousEvent = null;
        for (Sentence sentence : sentences) {
            List<Token> tokens = Tokenizer.tokenize(text, sentence.start(), sentence.end());
            List<Token> before = previous;
            previous = tokens;
            Language sentenceLanguage = LanguageGuess.of(tokens, language);
            List<Mention> mentions = normalizer.findAll(tokens, sentenceLanguage, reference.day());
            List<String> folded = FrameReader.foldedWords(tokens);
            String sentenceEvent = FrameReader.eventOf(tokens, folded);
            String fallbackEvent = previousEvent != null ? previousEvent : articleEvent;
            if (articleEvent == null) {
                articleEvent = sentenceEvent; // the headline's or first sentence's event is what the article is about
            }
            previousEvent = sentenceEvent;
            if (mentions.isEmpty()) {
                continue;
            }
            FrameReader frames = new FrameReader(tokens, folded, mentions, fallbackEvent);
            ClaimContext context = new ClaimContext(text, sentence, tokens, mentions, reference.day(),
                    sentenceLanguage.nounFirst());
            List<String> entities = null;
            List<String> precedingWords = ClaimContext.contentWords(before);
            for (Mention mention : mentions) {
                while (masked < furniture.size() && furniture.get(masked).end() <= mention.start()) {
                    masked++;
                }
                if (masked < furniture.size() && furniture.get(masked).start() < mention.end()) {
                    continue; // inside page furniture
                }
                if (entities == null) {
                    entities = context.entities();
                }
                ClaimContext.Subject subject = context.subject(mention);
                String attribution = context.attribution(mention);
                Modality modality = context.modality(mention);
                claims.add(new Claim(mention.start(), mention.end(), text.substring(mention.start(), mention.end()),
                        mention.value(), context.sentenceText(), subject.text(), subject.counted(), context.eventWords(mention),
                        entities, precedingWords, attribution, modality, context.asOf(mention), context.asOfFrom(mention),
                        sentenceLanguage, mention.relative(), frames.read(mention, attribution, modality)));
                if (claims.size() > maxClaims) {
                    throw new TooManyClaimsException(maxClaims);
                }
            }
        }
        return new ArticleClaims(language, reference, claims);
    }

    private ReferenceDate reference(String text, List<Sentence> sentences, Language language) {
        if (input.publishedOn() != null) {
            return new ReferenceDate(input.publishedOn(), ReferenceDate.Source.PUBLISHED);
        }
        Optional<LocalDate> dateline = Dateline.find(text, sentences, language, normalizer);
        return dateline.map(day -> new ReferenceDate(day, ReferenceDate.Source.DATELINE)).orElseGet(ReferenceDate::none);
    }
}
