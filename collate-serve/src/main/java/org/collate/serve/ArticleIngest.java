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
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.ReentrantLock;

/**
 * The server's one writer: ingests posted articles into the store as {@code collate ingest} does, one request at a
 * time (the store has one writer; requests that arrive meanwhile wait their turn), while reads go on from the last
 * commit.
 *
 * <p>A post answers once its articles are committed in their stories; the stories' reports, the costly part
 * (reconciling every article of a story again), are brought up to date by a background thread one story at a
 * time once posts pause (two seconds), so that a burst of posts reconciles each story once rather than once per
 * post, and a steady stream of posts is stored at the ingest's pace.
 * Until then a story's report is the one before, flagged stale. A client that needs the new reports asks for them
 * ({@code ?reports=now}); a story never reported is reported when it is first asked for.
 */
final class ArticleIngest implements AutoCloseable {

    /** One problem with one posted record: skipped or read with a repair. */
    record Problem(String origin, String message, boolean skipped) {
    }

    /** A version that a request stored or found stored, and the story it is in now. */
    record StoredVersion(String articleId, int version, String storyId) {
    }

    /** What one request did: the versions it stored, and those its records repeated. */
    record Outcome(List<StoredVersion> stored, List<StoredVersion> unchanged, StoreIngester.Counts counts,
                   List<Problem> problems) {
    }

    static final String ORIGIN = "POST /api/articles";

    /** Stories reported per turn of the background thread, between which posts get the writer. */
    private static final int REPORTS_PER_TURN = 1;
    /** How long after a post the background reports wait before taking the writer. */
    private static final long QUIET_NANOS = TimeUnit.SECONDS.toNanos(2);

    private final StoryStore store;
    private final CollatePipeline pipeline;
    private final ReadGate reads;
    private final ReentrantLock lock = new ReentrantLock(true);
    /** Restoring the clusterer reads the whole store: done beside the reads, before the first write needs it. */
    private final CompletableFuture<StoreIngester> ingester;
    private final Semaphore reportsWanted = new Semaphore(0);
    private final Thread reporter;
    private volatile boolean closed;
    /** When the last post ended ({@link System#nanoTime}). */
    private volatile long lastPost = System.nanoTime() - QUIET_NANOS;
    /** The ingester's count of stale stories as of the writer's last turn: read by health checks without the lock. */
    private volatile int stale = -1;

    /**
     * @param reads the gate of the reads, told when a post is in flight so that it holds a read slot back; it also
     *              keeps the count of posts in flight that the reports wait on
     */
    ArticleIngest(StoryStore store, CollatePipeline pipeline, int batchSize, ReadGate reads) {
        this.store = store;
        this.pipeline = pipeline;
        this.reads = reads;
        this.ingester = CompletableFuture.supplyAsync(
                () -> new StoreIngester(store, pipeline, batchSize, Clock.systemUTC(), false));
        this.reporter = Thread.ofPlatform().daemon().name("collate-reports").start(this::reportInBackground);
        ingester.thenRun(reportsWanted::release); // stories left stale by an earlier ingest
    }

    /** Whether the ingester is ready to take articles (it restores the store's stories first). */
    boolean ready() {
        return ingester.isDone() && !ingester.isCompletedExceptionally();
    }

    void awaitReady() {
        try {
            ingester.join();
        } catch (RuntimeException e) {
            // a failed restore is said to each post (503); waiting ends either way
        }
    }

    /** How many stories' reports are out of date, or -1 before the ingester is ready. */
    int staleStories() {
        return stale;
    }

    /**
     * Ingests records checked by {@link ArticleBatch}.
     *
     * @param reportsNow whether to bring every stale report up to date before answering
     */
    Outcome ingest(List<String> jsonLines, boolean reportsNow) {
        reads.postStarted();
        try {
            return ingestInTurn(jsonLines, reportsNow);
        } finally {
            reads.postEnded();
        }
    }

    private Outcome ingestInTurn(List<String> jsonLines, boolean reportsNow) {
        StoreIngester writer = writer();
        byte[] body = String.join("\n", jsonLines).getBytes(StandardCharsets.UTF_8);
        List<Problem> problems = new ArrayList<>();
        ArticleReader.ProblemListener listener = (origin, message, skipped) ->
                problems.add(new Problem(origin, message, skipped));
        // Extraction and analysis happen inside: parsing outside the lock would let two posts analyse at once,
        // which two cores do no faster.
        lock.lock();
        try {
            if (closed) {
                throw new ApiError(503, "the server is stopping");
            }
            List<Article> articles = new ArrayList<>();
            ArticleReader.Counts read = pipeline.reader().readStream(ORIGIN, new ByteArrayInputStream(body),
                    articles::add, listener);
            List<StoreIngester.Stored> stored = new ArrayList<>();
            StoreIngester.Counts counts = writer.ingestArticles(articles, listener, stored::add);
            if (reportsNow) {
                writer.updateReports(listener);
            }
            counts = new StoreIngester.Counts(counts.added(), counts.unchanged(), counts.versions(),
                    counts.skipped() + read.skipped(), counts.repaired() + read.repaired());
            List<StoredVersion> added = new ArrayList<>();
            List<StoredVersion> repeated = new ArrayList<>();
            for (StoreIngester.Stored s : stored) {
                (s.added() ? added : repeated).add(new StoredVersion(s.articleId(), s.version(),
                        store.storyOf(s.articleId())));
            }
            return new Outcome(added, repeated, counts, problems);
        } finally {
            stale = writer.staleStories();
            lastPost = System.nanoTime();
            lock.unlock();
            reportsWanted.release();
        }
    }

    /** Computes a story's report now if it has none yet (a story posted a moment ago); false if it is not stale. */
    boolean reportNow(String storyId) {
        if (!ready()) {
            return false;
        }
        StoreIngester writer = writer();
        lock.lock();
        try {
            if (closed) {
                return false;
            }
            return writer.updateReport(storyId, (origin, message, skipped) -> {
            });
        } finally {
            stale = writer.staleStories();
            lock.unlock();
        }
    }

    private StoreIngester writer() {
        try {
            return ingester.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new ApiError(503, "the server is stopping");
        } catch (ExecutionException e) {
            throw new ApiError(503, "the store cannot take articles: " + e.getCause().getMessage());
        }
    }

    private void reportInBackground() {
        while (!closed) {
            try {
                reportsWanted.acquire();
                reportsWanted.drainPermits();
            } catch (InterruptedException e) {
                return;
            }
            if (!ready()) {
                continue;
            }
            StoreIngester writer = ingester.join();
            while (!closed) {
                // Posts first: reports wait for a pause in them, so a steady stream of posts is stored at the
                // ingest's own pace, its stories' reports following when the stream slackens.
                long wait = reads.postsInFlight() > 0 ? QUIET_NANOS : QUIET_NANOS - (System.nanoTime() - lastPost);
                if (wait > 0) {
                    try {
                        reportsWanted.tryAcquire(wait, TimeUnit.NANOSECONDS);
                    } catch (InterruptedException e) {
                        return;
                    }
                    continue;
                }
                lock.lock();
                try {
                    if (closed || writer.staleStories() == 0) {
                        break;
                    }
                    if (reads.postsInFlight() > 0) {
                        continue; // a post came while this waited for the writer: it goes first
                    }
                    writer.updateReports((origin, message, skipped) -> {
                    }, REPORTS_PER_TURN);
                } catch (RuntimeException e) {
                    // A report that fails stays stale and is tried again after the next post; the reads go on.
                    break;
                } finally {
                    stale = writer.staleStories();
                    lock.unlock();
                }
            }
        }
    }

    @Override
    public void close() {
        // Taken to wait for a post or a report in flight; after it, none starts: the store is closed next.
        lock.lock();
        try {
            closed = true;
        } finally {
            lock.unlock();
        }
        reporter.interrupt();
        // Its clusterer's temporary index. Nothing uses the ingester once closed is set under the lock; one still
        // restoring is closed when it is done, and none is made when the restore failed.
        ingester.thenAccept(StoreIngester::close);
    }
}
