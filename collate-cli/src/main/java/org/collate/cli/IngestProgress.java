package org.collate.cli;

import me.tongfei.progressbar.ProgressBar;
import me.tongfei.progressbar.ProgressBarBuilder;
import me.tongfei.progressbar.ProgressBarStyle;
import org.collate.store.StoreIngester;

import java.io.PrintWriter;
import java.time.Duration;

/**
 * How far an ingest has come: a progress bar with count, rate and (when the number of inputs is known) ETA on a
 * terminal; on anything else (a log, a pipe) a plain line at most every {@code every}, so a cron job's log stays
 * short.
 */
final class IngestProgress implements StoreIngester.Progress, AutoCloseable {

    private final ProgressBar bar;
    private final PrintWriter plain;
    private final Duration every;
    private final long started = System.nanoTime();
    private long lastLine = System.nanoTime();
    private int read;

    private IngestProgress(ProgressBar bar, PrintWriter plain, Duration every) {
        this.bar = bar;
        this.plain = plain;
        this.every = every;
    }

    /**
     * @param terminal whether standard error is a terminal
     * @param expected how many documents the inputs hold, or -1 when unknown
     */
    static IngestProgress of(boolean terminal, long expected, PrintWriter err, Duration every) {
        if (terminal) {
            ProgressBar bar = new ProgressBarBuilder().setTaskName("ingest").setInitialMax(expected)
                    .setStyle(ProgressBarStyle.ASCII).setUnit(" articles", 1).showSpeed()
                    .setConsumer(new me.tongfei.progressbar.ConsoleProgressBarConsumer(System.err)).build();
            return new IngestProgress(bar, null, every);
        }
        return new IngestProgress(null, err, every);
    }

    @Override
    public void read(int articlesRead) {
        read = articlesRead;
        if (bar != null) {
            bar.stepTo(articlesRead);
        }
    }

    @Override
    public void committed(StoreIngester.Counts soFar) {
        if (plain == null) {
            return;
        }
        long now = System.nanoTime();
        if (now - lastLine < every.toNanos()) {
            return;
        }
        lastLine = now;
        double seconds = Math.max(1e-9, (now - started) / 1e9);
        plain.printf("collate: ingest: %,d read, %d new, %d unchanged, %d new versions, %d skipped, %.1f articles/s%n",
                read, soFar.added(), soFar.unchanged(), soFar.versions(), soFar.skipped(), read / seconds);
        plain.flush();
    }

    @Override
    public void reporting(int stories) {
        if (bar != null) {
            bar.setExtraMessage(" reports: " + stories + " stories");
            return;
        }
        plain.printf("collate: ingest: %,d read; computing the reports of %,d changed stories%n", read, stories);
        plain.flush();
    }

    @Override
    public void close() {
        if (bar != null) {
            bar.close();
        }
    }
}
