package org.collate.eval.reconcile;

import org.collate.analyze.ArticleAnalyzer;
import org.collate.model.Article;
import org.junit.jupiter.api.Test;

import java.util.List;

import java.util.HashSet;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

class ParaphraseRewordingTest {

    @Test
    void everyParaphraseIsAnotherWordOfAKnownPartOfSpeech() {
        Set<String> seen = new HashSet<>();
        for (ParaphraseRewording.Paraphrase p : ParaphraseRewording.WORDS) {
            assertThat(p.pos()).isIn("NOUN", "VERB", "ADJ", "ADV");
            assertThat(p.replacement()).isNotEqualTo(p.word()).matches("\\p{Ll}+");
            assertThat(seen.add(p.word() + "/" + p.pos())).as("listed once: " + p.word()).isTrue();
        }
        ParaphraseRewording.PHRASES.forEach((from, to) -> assertThat(to).isNotEqualTo(from).isNotBlank());
    }

    @Test
    void listedWordsAndPhrasesOutsideQuotesAreReworded() {
        String text = "The company began selling more than 300 tractors to farmers in the region last spring.\n\n"
                + "“The company began the work,” the manager of the plant told the reporters at the gate.";
        ArticleContext c = new ArticleContext(new ArticleAnalyzer(false).analyze(new Article("p", "test:p", null,
                null, null, null, "en", null, text, List.of(), "text")));
        List<String> details = new ParaphraseRewording().candidates(c, null).stream().map(Candidate::detail).toList();
        assertThat(details).contains("company → firm (paraphrase)", "began → started (paraphrase)",
                "more than → over (paraphrase)");
        // Each once: the second sentence's "company began" is inside a quote.
        assertThat(details.stream().filter(d -> d.startsWith("began")).count()).isEqualTo(1);
        for (Candidate x : new ParaphraseRewording().candidates(c, null)) {
            assertThat(x.kind()).isEqualTo(MutationGenerator.Kind.REWORDED);
            assertThat(x.changes().get(0).end()).isLessThan(text.indexOf('“'));
        }
    }
}
