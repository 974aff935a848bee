package org.collate.eval.extract;

import org.collate.extract.html.HtmlArticleExtractor;
import org.collate.extract.ArticleExtractor;
import org.collate.extract.DecodedDocument;
import org.collate.extract.DocumentDecoder;
import org.collate.extract.ExtractedContent;
import org.collate.extract.Extraction;
import org.collate.eval.extract.ExtractionEvaluator;
import org.collate.extract.RejectedDocumentException;
import org.collate.model.Article;
import org.collate.testing.TestData;
import org.junit.jupiter.api.Test;

import java.nio.file.Path;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The development set of the article-extraction benchmark (88 pages): body F1 must not fall back. Only the body is
 * scored, so the test runs the HTML extractor alone (no language identification), in a few seconds.
 */
class ExtractionBenchmarkFloorTest {

    /** Decoding and the HTML extractor, nothing else: what the benchmark's metric scores. */
    private static final ArticleExtractor BODY_ONLY = document -> {
        try {
            DecodedDocument decoded = new DocumentDecoder().decode(document.content(), null,
                    DecodedDocument.Kind.HTML);
            ExtractedContent c = new HtmlArticleExtractor().extract(decoded.text(), document.declared());
            return new Extraction.Extracted(new Article("id", document.origin(), null, null, c.title(), null, "und",
                    null, Article.joinParagraphs(c.paragraphs()), c.removed(), "html"), List.of());
        } catch (RejectedDocumentException e) {
            return new Extraction.Skipped(document.origin(), e.getMessage());
        }
    };

    @Test
    void developmentSetF1StaysAboveTheFloor() throws Exception {
        Path html = TestData.shared("eval/extraction/html");
        Path truth = TestData.shared("eval/extraction/ground-truth.json");
        ExtractionEvaluator.Report report = new ExtractionEvaluator(BODY_ONLY).evaluate(html, truth);

        assertThat(report.pages()).hasSize(88);
        assertThat(report.overall().f1()).isGreaterThanOrEqualTo(0.98);
    }
}
