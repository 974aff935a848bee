package org.collate.eval.link;

import org.collate.link.ArrivalOrder;
import org.collate.link.ClusterSettings;
import org.collate.link.StoryClusterer;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import org.collate.analyze.ArticleAnalyzer;
import org.collate.eval.ClusteringScores;
import org.collate.extract.ArticleExtractor;
import org.collate.extract.Extraction;
import org.collate.model.AnalyzedArticle;
import org.collate.model.DeclaredMetadata;
import org.collate.model.RawDocument;
import org.collate.pipeline.OrderedParallelMapper;

import java.io.BufferedReader;
import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Scores streaming story clustering on a story-labelled JSON Lines file ({@code {"id","story","corpus","outlet",
 * "published","title","text","url"}}): the articles go through extraction and analysis, then through the
 * clusterer one by one in publication order (undated first, file order among equals). The gold {@code story} and
 * {@code corpus} fields are read only to score; the clusterer never sees them.
 */
public final class ClusterEvaluator {

    private static final ObjectMapper JSON = JsonMapper.builder().build();

    /** One gold record: what the pipeline may see, and the labels it may not. */
    public record GoldArticle(RawDocument document, String published, String story, String corpus) {
    }

    /** The outcome: predicted story per article, and the scores overall and per corpus. */
    public record Report(Map<String, String> predicted, ClusteringScores.Scores overall,
                         Map<String, ClusteringScores.Scores> byCorpus, int skipped, double candidatesPerArticle) {
    }

    private final ArticleExtractor extractor;
    private final ArticleAnalyzer analyzer;
    private final int threads;

    public ClusterEvaluator(ArticleExtractor extractor, ArticleAnalyzer analyzer, int threads) {
        this.extractor = extractor;
        this.analyzer = analyzer;
        this.threads = threads;
    }

    public static List<GoldArticle> read(Path jsonl) throws IOException {
        List<GoldArticle> out = new ArrayList<>();
        try (BufferedReader reader = Files.newBufferedReader(jsonl, StandardCharsets.UTF_8)) {
            String line;
            int n = 0;
            while ((line = reader.readLine()) != null) {
                n++;
                if (line.isBlank()) {
                    continue;
                }
                JsonNode r = JSON.readTree(line);
                String published = text(r, "published");
                DeclaredMetadata declared = new DeclaredMetadata(text(r, "id"), text(r, "url"), text(r, "title"),
                        published, text(r, "outlet"), null, "text");
                byte[] body = r.path("text").asText("").getBytes(StandardCharsets.UTF_8);
                out.add(new GoldArticle(new RawDocument(jsonl + "#L" + n, body, declared), published,
                        text(r, "story"), text(r, "corpus")));
            }
        }
        return out;
    }

    /** Extracts and analyses every article (in parallel), in the clusterer's arrival order ({@link ArrivalOrder}). */
    public List<AnalyzedArticle> analyze(List<GoldArticle> gold) {
        List<AnalyzedArticle> out = new ArrayList<>();
        try (OrderedParallelMapper<GoldArticle, AnalyzedArticle> mapper = new OrderedParallelMapper<>(threads, g -> {
            Extraction e = extractor.extract(g.document());
            return e instanceof Extraction.Extracted ok ? analyzer.analyze(ok.article()) : null;
        }, a -> {
            if (a != null) {
                out.add(a);
            }
        })) {
            gold.forEach(mapper::accept);
        }
        return ArrivalOrder.sort(out);
    }

    /**
     * Clusters the analysed articles in {@link ArrivalOrder} (a stable sort: the given order decides among articles
     * of one day) and scores the result against the gold labels.
     */
    public static Report evaluate(List<GoldArticle> gold, List<AnalyzedArticle> analyzed, ClusterSettings settings) {
        Map<String, String> predicted = new LinkedHashMap<>();
        double candidates;
        try (StoryClusterer clusterer = new StoryClusterer(settings)) {
            for (AnalyzedArticle a : ArrivalOrder.sort(analyzed)) {
                clusterer.add(a);
            }
            candidates = clusterer.candidatesPerArticle();
            for (AnalyzedArticle a : analyzed) {
                predicted.put(a.id(), clusterer.storyOfArticle(a.id()));
            }
        }
        return score(gold, predicted, candidates);
    }

    /**
     * Scores predicted stories (article id to story id) against the gold labels; an article without a prediction
     * (unreadable) stands alone.
     */
    public static Report score(List<GoldArticle> gold, Map<String, String> predictedStories, double candidates) {
        Map<String, String> predicted = new LinkedHashMap<>(predictedStories);
        int skipped = 0;
        Map<String, String> goldStory = new LinkedHashMap<>();
        Map<String, Map<String, String>> goldByCorpus = new TreeMap<>();
        for (GoldArticle g : gold) {
            String id = g.document().declared().id();
            if (!predicted.containsKey(id)) {
                predicted.put(id, "unread:" + id); // an article that could not be read stands alone
                skipped++;
            }
            goldStory.put(id, g.story());
            goldByCorpus.computeIfAbsent(g.corpus() == null ? "all" : g.corpus(), k -> new LinkedHashMap<>())
                    .put(id, g.story());
        }
        Map<String, ClusteringScores.Scores> byCorpus = new TreeMap<>();
        goldByCorpus.forEach((corpus, labels) -> byCorpus.put(corpus, ClusteringScores.score(predicted, labels)));
        return new Report(predicted, ClusteringScores.score(predicted, goldStory), byCorpus, skipped, candidates);
    }

    /** Writes {@code {"id","story"}} per article, keys in that order (a record keeps its components' order). */
    public static void writePredictions(Report report, Path out) throws IOException {
        try (BufferedWriter w = Files.newBufferedWriter(out, StandardCharsets.UTF_8)) {
            for (Map.Entry<String, String> e : report.predicted().entrySet()) {
                w.write(JSON.writeValueAsString(new Prediction(e.getKey(), e.getValue())));
                w.newLine();
            }
        }
    }

    private record Prediction(String id, String story) {
    }

    private static String text(JsonNode node, String field) {
        JsonNode v = node.get(field);
        return v == null || v.isNull() ? null : v.asText();
    }
}
