package org.collate.analyze.quote;

import org.collate.analyze.ArticleAnalyzer;
import org.collate.extract.DocumentExtractor;
import org.collate.extract.Extraction;
import org.collate.model.AnalyzedArticle;
import org.collate.model.DeclaredMetadata;
import org.collate.model.Quote;
import org.collate.model.RawDocument;
import org.collate.testing.TestData;
import org.junit.jupiter.api.Test;

import java.nio.file.Files;

import static org.assertj.core.api.Assertions.assertThat;

/** The seed articles' quotes, checked by hand, with their speakers. */
class SeedQuotesTest {

    private static AnalyzedArticle seed(String name) throws Exception {
        byte[] bytes = Files.readAllBytes(TestData.sample(name));
        Extraction e = new DocumentExtractor().extract(new RawDocument(name, bytes, DeclaredMetadata.NONE));
        assertThat(e).isInstanceOf(Extraction.Extracted.class);
        return new ArticleAnalyzer(false).analyze(((Extraction.Extracted) e).article());
    }

    private static Quote direct(AnalyzedArticle a, String fragment) {
        return a.quotes().stream().filter(q -> q.direct() && q.text().contains(fragment)).findFirst()
                .orElseThrow(() -> new AssertionError("no direct quote with '" + fragment + "'"));
    }

    @Test
    void spunSeed() throws Exception {
        AnalyzedArticle a = seed(TestData.SPUN_SEED);
        assertThat(direct(a, "give up zero-sum games").speaker()).isEqualTo("Xi Jinping");
        assertThat(direct(a, "give up zero-sum games").speakerSpan().of(a.text())).isEqualTo("He");
        assertThat(direct(a, "work together to promote an international order").speaker()).isEqualTo("Xi Jinping");
        assertThat(direct(a, "not the time for war").speaker()).isEqualTo("Narendra Modi");
        assertThat(direct(a, "not the time for war").verb()).isEqualTo("told");
        assertThat(direct(a, "We are in no rush").speaker()).isEqualTo("Vladimir Putin");
        assertThat(direct(a, "We are in no rush").verb()).isEqualTo("said");
        assertThat(direct(a, "increasing role of new power centers").speaker()).isEqualTo("Vladimir Putin");
        assertThat(direct(a, "do everything").speakerSpan().of(a.text())).isEqualTo("The Russian president");
        assertThat(direct(a, "do everything").speaker()).isEqualTo("Vladimir Putin");
        assertThat(direct(a, "through diplomatic channels").speaker()).isEqualTo("Recep Tayyip Erdogan");
        Quote reported = a.quotes().stream().filter(q -> !q.direct() && q.text().startsWith("cooperation between SCO"))
                .findFirst().orElseThrow();
        assertThat(reported.speaker()).isEqualTo("Vladimir Putin");
        assertThat(reported.text()).endsWith("is based on “selfless” principles");
    }

    @Test
    void wireSeed() throws Exception {
        AnalyzedArticle a = seed(TestData.WIRE_SEED);
        assertThat(direct(a, "abandon zero-sum games and bloc politics").speaker()).isEqualTo("Xi Jinping");
        assertThat(direct(a, "work together to promote the development").speaker()).isEqualTo("Xi Jinping");
        assertThat(direct(a, "The growing role of new centres of power").speaker()).isEqualTo("Vladimir Putin");
        Quote blinken = direct(a, "I think what you’re hearing from China");
        assertThat(blinken.speaker()).isEqualTo("Antony Blinken");
        assertThat(blinken.speakerSpan().of(a.text())).isEqualTo("US Secretary of State Antony Blinken");
        assertThat(direct(a, "I think it increases the pressure").speaker()).isEqualTo("Antony Blinken");
        assertThat(direct(a, "Our offensive operations in Donbas").speaker()).isEqualTo("Vladimir Putin");
        assertThat(direct(a, "We are not in a hurry").speaker()).isEqualTo("Vladimir Putin");
        for (Quote q : a.quotes()) {
            assertThat(q.span().of(a.text())).isEqualTo(q.text());
        }
    }
}
