package org.collate.eval.extract;

import org.collate.extract.DocumentExtractor;
import org.collate.testing.TestData;
import org.junit.jupiter.api.Test;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

class ReadabilityEvaluatorTest {

    @Test
    void bagOfTokensCountsRepeatsAndIgnoresPunctuation() {
        double[] prf = ReadabilityEvaluator.bagOfTokens("the cat, the hat!", "the the cat dog");
        assertThat(prf[0]).isCloseTo(0.75, within(1e-9));
        assertThat(prf[1]).isCloseTo(0.75, within(1e-9));
        assertThat(prf[2]).isCloseTo(0.75, within(1e-9));
        assertThat(ReadabilityEvaluator.bagOfTokens("", "")).containsExactly(1, 1, 1);
        assertThat(ReadabilityEvaluator.bagOfTokens("words here", "")).containsExactly(0, 0, 0);
        assertThat(ReadabilityEvaluator.bag("naïve café_2 ½")).containsOnlyKeys("naïve", "café_2", "½");
    }

    @Test
    void metadataComparisons() {
        assertThat(ReadabilityEvaluator.same("By\n   Ann  Reed", "By Ann Reed")).isTrue();
        assertThat(ReadabilityEvaluator.same(null, "  ")).isTrue();
        assertThat(ReadabilityEvaluator.same(null, "Ann")).isFalse();
        assertThat(ReadabilityEvaluator.primarySubtag("en-US")).isEqualTo("en");
        assertThat(ReadabilityEvaluator.primarySubtag("PT_br")).isEqualTo("pt");
    }

    @Test
    void aFolderIsScored(@org.junit.jupiter.api.io.TempDir Path dir) throws Exception {
        Path page = Files.createDirectories(dir.resolve("page"));
        String prose = "The harbour committee voted on Tuesday to replace the two ageing ferries of the island, "
                + "ending a debate that divided the community for the better part of a decade.";
        Files.writeString(page.resolve("source.html"), "<html lang=\"en\"><head><title>Ferries replaced</title>"
                + "<meta name=\"author\" content=\"Ann Reed\"></head><body><article><p>" + prose + "</p><p>" + prose
                + "</p></article></body></html>");
        Files.writeString(page.resolve("expected.html"), "<div><p>" + prose + "</p><p>" + prose + "</p></div>");
        Files.writeString(page.resolve("expected-metadata.json"), "{\"title\":\"Ferries replaced\",\"byline\":"
                + "\"Ann Reed\",\"lang\":\"en\",\"readerable\":true}");
        Path empty = Files.createDirectories(dir.resolve("empty"));
        Files.writeString(empty.resolve("source.html"), "<html><body><p>Hi</p></body></html>");
        Files.writeString(empty.resolve("expected-metadata.json"), "{\"title\":null,\"readerable\":false}");

        ReadabilityEvaluator.Report r = new ReadabilityEvaluator(new DocumentExtractor()).evaluate(dir);

        assertThat(r.pages()).hasSize(2);
        assertThat(r.f1()).isEqualTo(1.0);
        assertThat(r.titleRate()).isEqualTo(1.0);
        assertThat(r.bylineRate()).isEqualTo(1.0);
        assertThat(r.languageRate()).isEqualTo(1.0);
        assertThat(r.notReaderableRate()).isEqualTo(1.0);
        assertThat(r.worst(5)).extracting(ReadabilityEvaluator.PageResult::name).isEqualTo(List.of("page"));
    }

    @Test
    void readabilityTestPagesStayAboveTheFloor() throws Exception {
        Path dir = TestData.shared("eval/readability");
        ReadabilityEvaluator.Report r = new ReadabilityEvaluator(new DocumentExtractor()).evaluate(dir);

        assertThat(r.f1()).isGreaterThanOrEqualTo(0.94);
        assertThat(r.titleRate()).isGreaterThanOrEqualTo(0.8);
    }
}
