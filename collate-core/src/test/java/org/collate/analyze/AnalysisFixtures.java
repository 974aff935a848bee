package org.collate.analyze;

import org.collate.extract.DocumentExtractor;
import org.collate.extract.Extraction;
import org.collate.model.AnalyzedArticle;
import org.collate.model.Article;
import org.collate.model.PublicationDate;
import org.collate.model.RawDocument;
import org.collate.testing.TestData;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.time.LocalDate;
import java.util.List;

/** Articles for analysis tests: the seeds as the extractor reads them, and small texts written in the tests. */
public final class AnalysisFixtures {

    private static final ArticleAnalyzer ANALYZER = new ArticleAnalyzer(false);

    private AnalysisFixtures() {
    }

    public static Article seed(String relative) {
        try {
            byte[] bytes = Files.readAllBytes(TestData.sample(relative));
            Extraction e = new DocumentExtractor().extract(RawDocument.of(relative, bytes));
            return ((Extraction.Extracted) e).article();
        } catch (IOException ex) {
            throw new UncheckedIOException(ex);
        }
    }

    public static AnalyzedArticle analyzedSeed(String relative) {
        return ANALYZER.analyze(seed(relative));
    }

    public static Article article(String text, LocalDate published) {
        return new Article("t", "test", null, null, null, published == null ? null : PublicationDate.ofDay(published, "declared"),
                "en", null, text, List.of(), "text");
    }

    public static AnalyzedArticle analyze(String text, LocalDate published) {
        return ANALYZER.analyze(article(text, published));
    }
}
