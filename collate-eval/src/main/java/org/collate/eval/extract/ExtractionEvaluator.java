package org.collate.eval.extract;

import org.collate.extract.ArticleExtractor;
import org.collate.extract.Extraction;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.collate.eval.PrecisionRecall;
import org.collate.eval.ShingleMatcher;
import org.collate.model.DeclaredMetadata;
import org.collate.model.RawDocument;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.zip.GZIPInputStream;

/**
 * Scores body extraction on the article-extraction benchmark's layout: {@code html/<key>.html.gz} pages and a
 * {@code ground-truth.json} of {@code {"<key>": {"articleBody", "url"}}}, with the benchmark's shingle metric.
 */
public final class ExtractionEvaluator {

    private static final ObjectMapper JSON = JsonMapper.builder().build();

    /** One page's outcome. */
    public record PageResult(String key, ShingleMatcher.Counts counts, String prediction, String skipReason) {
        public double f1() {
            return PrecisionRecall.ofCounts(counts.tp(), counts.fp(), counts.fn()).f1();
        }
    }

    /** All pages' outcomes and the benchmark's averaged figures. */
    public record Report(List<PageResult> pages, PrecisionRecall overall) {
        /** The pages with the lowest F1 first. */
        public List<PageResult> worst(int n) {
            return pages.stream().sorted(Comparator.comparingDouble(PageResult::f1)).limit(n).toList();
        }
    }

    private final ArticleExtractor extractor;

    public ExtractionEvaluator(ArticleExtractor extractor) {
        this.extractor = extractor;
    }

    public Report evaluate(Path htmlDir, Path truthFile) throws IOException {
        JsonNode truth = JSON.readTree(truthFile.toFile());
        List<PageResult> pages = new ArrayList<>();
        for (Iterator<Map.Entry<String, JsonNode>> it = truth.fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> entry = it.next();
            String key = entry.getKey();
            String url = entry.getValue().path("url").asText(null);
            String expected = entry.getValue().path("articleBody").asText("");
            Path page = pagePath(htmlDir, key);
            byte[] bytes = read(page);
            Extraction result = extractor.extract(new RawDocument(page.toString(), bytes,
                    new DeclaredMetadata(null, url, null, null, null, null, "html")));
            String predicted = result instanceof Extraction.Extracted ok ? ok.article().text() : "";
            String skip = result instanceof Extraction.Skipped s ? s.reason() : null;
            pages.add(new PageResult(key, ShingleMatcher.match(expected, predicted), predicted, skip));
        }
        return new Report(pages, ShingleMatcher.average(pages.stream().map(PageResult::counts).toList()));
    }

    /** Writes predictions in the ground truth's shape: {@code {"<key>": {"articleBody": "…"}}}. */
    public static void writePredictions(Report report, Path out) throws IOException {
        ObjectNode root = JSON.createObjectNode();
        for (PageResult page : report.pages()) {
            root.putObject(page.key()).put("articleBody", page.prediction());
        }
        JSON.writerWithDefaultPrettyPrinter().writeValue(out.toFile(), root);
    }

    private static Path pagePath(Path dir, String key) {
        Path gz = dir.resolve(key + ".html.gz");
        return Files.exists(gz) ? gz : dir.resolve(key + ".html");
    }

    private static byte[] read(Path page) throws IOException {
        try (InputStream in = Files.newInputStream(page)) {
            InputStream body = page.toString().endsWith(".gz") ? new GZIPInputStream(in) : in;
            return body.readAllBytes();
        }
    }
}
