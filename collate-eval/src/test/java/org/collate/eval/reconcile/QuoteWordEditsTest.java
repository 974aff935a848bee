package org.collate.eval.reconcile;

import org.collate.analyze.ArticleAnalyzer;
import org.collate.model.AnalyzedArticle;
import org.collate.model.Article;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** Quote words are replaced from the articles' own vocabulary, by part of speech and ending. */
class QuoteWordEditsTest {

    private static QuoteWordEdits edits;

    @BeforeAll
    static void setUp() {
        ArticleAnalyzer analyzer = new ArticleAnalyzer(false);
        List<AnalyzedArticle> articles = List.of(
                analyzer.analyze(article("summit", MutationGeneratorTest.SUMMIT)),
                analyzer.analyze(article("harvest", MutationGeneratorTest.HARVEST)));
        edits = new QuoteWordEdits(articles);
    }

    private static Article article(String id, String text) {
        return new Article(id, "test:" + id, null, null, null, null, "en", null,
                MutationGenerator.paragraphs(text), List.of(), "text");
    }

    @Test
    void theReplacementKeepsThePartOfSpeechAndTheEnding() {
        String plural = edits.replacement("prices", "NOUN");
        assertThat(plural).endsWith("s").doesNotEndWith("ss");
        String past = edits.replacement("warned", "VERB");
        assertThat(past).endsWith("ed");
        for (String r : List.of(plural, past)) {
            assertThat(MutationGeneratorTest.SUMMIT + MutationGeneratorTest.HARVEST).contains(r);
        }
        assertThat(QuoteWordEdits.shape("prices", "NOUN")).isEqualTo(QuoteWordEdits.shape(plural, "NOUN"));
    }

    @Test
    void theReplacementIsNoFormOfTheWord() {
        for (String w : List.of("harvest", "prices", "markets", "leaders", "talks")) {
            String r = edits.replacement(w, "NOUN");
            assertThat(r).isNotNull();
            assertThat(QuoteWordEdits.sameStem(w, r)).as(w + " → " + r).isFalse();
        }
        assertThat(QuoteWordEdits.sameStem("decide", "decision")).isTrue();
        assertThat(QuoteWordEdits.sameStem("decide", "deny")).isFalse();
    }

    @Test
    void aPartOfSpeechTheVocabularyDoesNotHoldHasNoReplacement() {
        assertThat(edits.replacement("wow", "INTJ")).isNull();
    }
}
