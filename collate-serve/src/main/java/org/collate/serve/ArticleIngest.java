package org.collate.serve;

import org.collate.model.Article;
import org.collate.pipeline.ArticleReader;
import org.collate.pipeline.CollatePipeline;
import org.collate.store.StoreIngester;
import org.collate.store.StoryStore;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.locks.ReentrantLock;

/**
 * The server's one writer: ingests posted articles into the store as {@code collate ingest} does, one request at a
 * time (the store has one writer; requests that arrive meanwhile wait their turn), while reads go on from the last
 * commit. Each request's articles end committed with their stories' reports, so a client that got its answer can
 * read the stories at once.
 */
final class ArticleIngest {

    /** One problem with one posted record: skipped or read with a repair. */
    record Problem(String origin, String message, boolean skipped) {
    }

    /** A version that a request stored, and the story it is in now. */
    record StoredVersion(String articleId, int version, String storyId) {
    }

    /** What one request did. */
    record Outcome(List<StoredVersion> stored, StoreIngester.Counts counts, List<Problem> problems) {
    }

    static final String ORIGIN = "POST /api/articles";

    private final StoryStore store;
    private final CollatePipeline pipeline;
    private final ReentrantLock lock = new ReentrantLock(true);
    /** Restoring the clusterer reads the whole store: done beside the reads, before the first write needs it. */
    private final CompletableFuture<StoreIngester> ingester;

    ArticleIngest(StoryStore store, CollatePipeline pipeline, int batchSize) {
        this.store = store;
        this.pipeline = pipeline;
        this.ingester = CompletableFuture.supplyAsync(
                () -> new StoreIngester(store, pipeline, batchSize, Clock.systemUTC(), true));
    }

    /** Whether the ingester is ready to take articles (it restores the store's stories first). */
    boolean ready() {
        return ingester.isDone() && !ingester.isCompletedExceptionally();
    }

    /** Ingests records checked by {@link ArticleBatch}. */
    Outcome ingest(List<String> jsonLines) {
        StoreIngester writer;
        try {
            writer = ingester.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new ApiError(503, "the server is stopping");
        } catch (ExecutionException e) {
            throw new ApiError(503, "the store cannot take articles: " + e.getCause().getMessage());
        }
        byte[] body = String.join("\n", jsonLines).getBytes(StandardCharsets.UTF_8);
        List<Problem> problems = new ArrayList<>();
        ArticleReader.ProblemListener listener = (origin, message, skipped) ->
                problems.add(new Problem(origin, message, skipped));
        lock.lock();
        try {
            List<Article> articles = new ArrayList<>();
            ArticleReader.Counts read = pipeline.reader().readStream(ORIGIN, new ByteArrayInputStream(body),
                    articles::add, listener);
            List<StoreIngester.Stored> stored = new ArrayList<>();
            StoreIngester.Counts counts = writer.ingestArticles(articles, listener, stored::add);
            counts = new StoreIngester.Counts(counts.added(), counts.unchanged(), counts.versions(),
                    counts.skipped() + read.skipped(), counts.repaired() + read.repaired());
            List<StoredVersion> out = new ArrayList<>(stored.size());
            for (StoreIngester.Stored s : stored) {
                out.add(new StoredVersion(s.articleId(), s.version(), store.storyOf(s.articleId())));
            }
            return new Outcome(out, counts, problems);
        } finally {
            lock.unlock();
        }
    }
}
