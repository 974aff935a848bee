package org.collate.eval.command;

import org.collate.link.ArrivalOrder;
import org.collate.model.AnalyzedArticle;
import org.collate.output.StorySummary;
import org.collate.pipeline.CollatePipeline;
import org.collate.pipeline.PipelineSettings;
import org.collate.store.StoreIngester;
import org.collate.store.StoredStory;
import org.collate.store.StoryStore;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Analysed articles ingested into a new, temporary story store in K chunks of the arrival order, the store closed
 * and opened again between chunks (so each chunk continues from what was stored, as an hourly ingest does): what
 * {@code eval clusters --through-store K} scores.
 */
final class StoreChunks {

    record Result(Map<String, String> predicted, double seconds) {
    }

    private StoreChunks() {
    }

    static Result ingest(List<AnalyzedArticle> analyzed, int chunks, PipelineSettings settings) {
        List<AnalyzedArticle> ordered = ArrivalOrder.sort(analyzed);
        CollatePipeline pipeline = new CollatePipeline(settings);
        Path dir;
        try {
            dir = Files.createTempDirectory("collate-store-chunks");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        long t0 = System.nanoTime();
        try {
            int n = ordered.size();
            for (int k = 0; k < chunks; k++) {
                List<AnalyzedArticle> chunk = ordered.subList(k * n / chunks, (k + 1) * n / chunks);
                try (StoryStore store = StoryStore.openForWriting(dir);
                     StoreIngester ingester = new StoreIngester(store, pipeline, Math.max(1, chunk.size()),
                             Clock.systemUTC())) {
                    ingester.ingestAnalyzed(chunk, (origin, message, skipped) -> {
                    });
                }
            }
            Map<String, String> predicted = new LinkedHashMap<>();
            try (StoryStore store = StoryStore.openForReading(dir)) {
                for (StoredStory s : store.stories(null, null, null, 0, Integer.MAX_VALUE / 2)) {
                    for (StorySummary.Member m : s.summary().articles()) {
                        predicted.put(m.id(), s.summary().id());
                    }
                }
            }
            return new Result(predicted, (System.nanoTime() - t0) / 1e9);
        } finally {
            BenchSupport.deleteTree(dir);
        }
    }
}
