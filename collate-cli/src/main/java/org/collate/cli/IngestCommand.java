package org.collate.cli;

import org.collate.eval.command.SettingsOption;
import org.collate.pipeline.CollatePipeline;
import org.collate.pipeline.PipelineSettings;
import org.collate.store.StoreIngester;
import org.collate.store.StoryStore;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

import java.io.PrintWriter;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.Callable;

/** {@code collate ingest}: adds articles to the story store, continuing its stories. */
@Command(name = "ingest", mixinStandardHelpOptions = true,
        description = {"Adds articles to the story store (--data DIR, by default ./collate-data, created when absent): "
                + "each is extracted, analysed and placed in a story exactly as one long run over everything "
                + "ingested so far would place it, and every story it changes is reconciled again.",
                "The same text read again adds nothing; the same URL with another text is a new version of its "
                + "article (collate history URL). Work is committed every --batch articles: an ingest that is "
                + "interrupted loses at most the batch in flight, and running it again adds that batch without "
                + "duplicates.",
                "Ends with one line: ingested N new, M unchanged, K new versions, S skipped. Exit code 0 when every "
                + "input was read, 1 when some were skipped or repaired, 2 for a usage error."})
final class IngestCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Parameters(paramLabel = "PATH", arity = "0..*",
            description = "Files or directories to read (HTML, plain text, JSON Lines, WARC, any of them gzip'd); "
                    + "'-' reads standard input. None: only bring stale reports up to date.")
    List<String> paths = List.of();

    @Mixin
    ReadOptions input;

    @Mixin
    StoreOptions store;

    @Mixin
    SettingsOption tuned;

    @Option(names = "--batch", paramLabel = "N", defaultValue = "500",
            description = "Articles per commit (default: ${DEFAULT-VALUE}).")
    int batch;

    @Option(names = "--progress-seconds", paramLabel = "S", defaultValue = "10",
            description = "When standard error is not a terminal, a progress line at most every S seconds "
                    + "(default: ${DEFAULT-VALUE}; 0: after every batch).")
    double progressSeconds;

    @Option(names = "--no-embeddings", description = "Do not load the sentence-embedding model.")
    boolean noEmbeddings;

    /** When the changed stories' reports are computed. */
    enum Reports { now, later }

    @Option(names = "--reports", paramLabel = "WHEN", defaultValue = "now",
            description = "now (default): the ingest ends by reconciling every story it changed, once each; later: "
                    + "they are marked stale, to be reconciled by the next ingest (with or without inputs), for a "
                    + "bulk load.")
    Reports reports;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        PipelineSettings settings = tuned.settings().withThreads(input.threadCount())
                .withLimits(input.limits()).withEmbeddings(!noEmbeddings);
        CollatePipeline pipeline = new CollatePipeline(settings);
        StoreIngester.Counts counts;
        boolean terminal = Terminal.isTerminal();
        // Counting reads every JSON Lines input once more: worth it only for the bar's ETA on a terminal.
        long expected = terminal ? InputCount.estimate(paths) : -1;
        try (StoryStore s = store.openForWriting();
             IngestProgress progress = IngestProgress.of(terminal, expected, err,
                     Duration.ofMillis((long) (Math.max(0, progressSeconds) * 1000)));
             StoreIngester ingester = new StoreIngester(s, pipeline, batch, Clock.systemUTC(),
                     reports == Reports.now)) {
            counts = ingester.ingest(paths, InputOptions.reporter(err), progress);
        }
        out.println(counts.line());
        out.flush();
        return counts.clean() ? ExitCodes.OK : ExitCodes.BAD_INPUT;
    }
}
