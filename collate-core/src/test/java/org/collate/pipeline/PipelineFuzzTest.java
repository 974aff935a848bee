package org.collate.pipeline;

import com.code_intelligence.jazzer.junit.FuzzTest;
import org.collate.extract.DocumentExtractor;
import org.collate.extract.Extraction;
import org.collate.model.Article;
import org.collate.model.RawDocument;
import org.collate.model.StoryReport;
import org.collate.output.Json;
import org.collate.output.ReportJson;
import org.collate.output.ReportText;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * One document of any bytes through the whole job: extract → analyze (without embeddings, for speed) → link →
 * reconcile → JSON and text views. The document is collated beside a copy of itself under another id, so the
 * linking and reconcile stages have a pair to compare. Whatever the input, no stage throws and every report is
 * sound ({@link ReportChecks}). Seeds in {@code PipelineFuzzTestInputs/collates/}.
 */
class PipelineFuzzTest {

    private static final DocumentExtractor EXTRACTOR = new DocumentExtractor();
    private static final CollatePipeline PIPELINE =
            new CollatePipeline(PipelineSettings.defaults().withEmbeddings(false).withThreads(1));

    @FuzzTest(maxDuration = "5m")
    void collates(byte[] input) throws Exception {
        Extraction extraction = EXTRACTOR.extract(RawDocument.of("fuzz", input));
        if (extraction instanceof Extraction.Skipped skipped) {
            assertThat(skipped.reason()).doesNotStartWith("could not be read");
            return;
        }
        Article article = ((Extraction.Extracted) extraction).article();
        List<Article> articles = List.of(article, article.withId(article.id() + "-copy"));
        CollatePipeline.Result result = PIPELINE.collate(articles, new ArticleReader.Counts(2, 0, 0));
        assertThat(result.reports().stream().mapToInt(r -> r.story().articleIds().size()).sum()).isEqualTo(2);
        StringWriter text = new StringWriter();
        try (PrintWriter out = new PrintWriter(text)) {
            for (StoryReport report : result.reports()) {
                ReportChecks.assertSound(report);
                ReportText.print(report, out);
            }
        }
        assertThat(ReportJson.of(result.reports()).get("stories").size()).isEqualTo(result.reports().size());
        assertThat(Json.MAPPER.writeValueAsString(ReportJson.of(result.reports()))).startsWith("{");
    }
}
