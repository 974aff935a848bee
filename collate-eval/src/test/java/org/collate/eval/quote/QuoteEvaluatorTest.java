package org.collate.eval.quote;

import org.collate.analyze.ArticleAnalyzer;
import org.collate.testing.TestData;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

class QuoteEvaluatorTest {

    private static final ArticleAnalyzer ANALYZER = new ArticleAnalyzer(false);

    private static int at(String text, String s) {
        int i = text.indexOf(s);
        assertThat(i).as(s).isNotNegative();
        return i;
    }

    private static String t(int n, String type, String text, String s) {
        int start = at(text, s);
        return "T" + n + "\t" + type + " " + start + " " + (start + s.length()) + "\t" + s;
    }

    @Test
    void scoresDirectQuotesSpeakersAndEveryAttributionAveragingAnnotators(@TempDir Path dir) throws Exception {
        String text = "Title of a story\n\n“We are ready,” Jill Stein said.\n\n"
                + "Bernie Sanders said the race was close.\n\nThe “so-called” plan failed.";
        Files.createDirectories(dir.resolve("text"));
        Files.createDirectories(dir.resolve("attributions"));
        Files.writeString(dir.resolve("text/doc.txt"), text, StandardCharsets.UTF_8);
        // Annotator a: the direct quote (source Jill Stein) and the reported speech.
        Files.write(dir.resolve("attributions/doc_a.ann"), List.of(
                t(1, "Source", text, "Jill Stein"), t(2, "Cue", text, "said."), t(3, "Content", text, "“We are ready,”"),
                "E1\tAttribution:T2 Content:T3 Cue:T2 Source:T1",
                t(4, "Source", text, "Bernie Sanders"), t(5, "Content", text, "the race was close"),
                "E2\tAttribution:T5 Content:T5 Source:T4"), StandardCharsets.UTF_8);
        // Annotator b: only the direct quote, with a wrong source for the test's sake.
        Files.write(dir.resolve("attributions/doc_b.ann"), List.of(
                t(1, "Source", text, "Title"), t(3, "Content", text, "“We are ready,”"),
                "E1\tAttribution:T3 Content:T3 Source:T1"), StandardCharsets.UTF_8);

        QuoteEvaluator.Report r = new QuoteEvaluator(ANALYZER::analyze).evaluate(dir);
        QuoteEvaluator.Scores s = r.scores();
        assertThat(r.documents()).isEqualTo(1);
        assertThat(r.annotations()).isEqualTo(2);
        assertThat(s.goldDirect()).isEqualTo(1.0);
        assertThat(s.directRecall()).isEqualTo(1.0);
        // "We are ready," matches; "so-called" matches nothing: precision 1/2 for both annotators.
        assertThat(s.predictedDirect()).isEqualTo(2.0);
        assertThat(s.directPrecision()).isCloseTo(0.5, within(1e-9));
        // Right against annotator a, wrong against b: averaged.
        assertThat(s.speakerAccuracy()).isCloseTo(0.5, within(1e-9));
        // All: a has 2 gold relations, b has 1, both found: (2 + 1) / 2 each.
        assertThat(s.goldAll()).isCloseTo(1.5, within(1e-9));
        assertThat(s.allRecall()).isCloseTo(1.0, within(1e-9));
        assertThat(r.findings()).extracting(QuoteEvaluator.Finding::kind).containsExactly("false");
    }

    @Test
    void goldQuotationMarks() {
        String text = "a “b” c 'd' e ''f'' g ‘h’ i";
        assertThat(BratAttributions.hasQuotationMark(text, List.of(new org.collate.model.Span(0, 6)))).isTrue();
        assertThat(BratAttributions.hasQuotationMark(text, List.of(new org.collate.model.Span(8, 12)))).isFalse();
        assertThat(BratAttributions.hasQuotationMark(text, List.of(new org.collate.model.Span(14, 19)))).isTrue();
        assertThat(BratAttributions.hasQuotationMark(text, List.of(new org.collate.model.Span(22, 25)))).isTrue();
    }

    /** A guard against regressions on PolNeAR's dev split (skipped without ../shared). */
    @Test
    void polnearDevMeetsTheTargets() throws Exception {
        Path dev = TestData.shared("eval/quotes/dev");
        QuoteEvaluator.Scores s = new QuoteEvaluator(ANALYZER::analyze).evaluate(dev).scores();
        assertThat(s.directRecall()).isGreaterThanOrEqualTo(0.95);
        assertThat(s.directPrecision()).isGreaterThanOrEqualTo(0.90);
        assertThat(s.speakerAccuracy()).isGreaterThanOrEqualTo(0.80);
    }
}
