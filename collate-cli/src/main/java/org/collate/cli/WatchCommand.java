package org.collate.cli;

import org.collate.eval.command.SettingsOption;
import org.collate.extract.DocumentExtractor;
import org.collate.output.TerminalSafeText;
import org.collate.pipeline.CollatePipeline;
import org.collate.pipeline.PipelineSettings;
import org.collate.store.StoreIngester;
import org.collate.store.StoryStore;
import org.collate.watch.FeedWatcher;
import org.collate.watch.FetchSettings;
import org.collate.watch.PoliteFetcher;
import org.collate.watch.WatchState;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

import java.io.IOException;
import java.io.PrintWriter;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;

/** {@code collate watch}: follows feeds and sitemaps, ingesting each new or changed page into the store. */
@Command(name = "watch", mixinStandardHelpOptions = true,
        description = {"Follows the RSS/Atom feeds and sitemaps listed in --sources FILE (one URL per line; # starts a "
                + "comment) and ingests every new or changed page they list into the story store, politely: "
                + "robots.txt, one request at a time per host with --delay between them, conditional GET "
                + "(ETag, Last-Modified), retries with backoff, a size cap. Polls every --interval until stopped, "
                + "or once with --once (for cron).",
                "Each poll ends with one line: poll TIME: S sources (U unchanged), P pages fetched, then the ingest's "
                + "counts. A page or source that fails is named on stderr with its reason and tried at the next poll."})
final class WatchCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Option(names = "--sources", paramLabel = "FILE", required = true,
            description = "Feeds and sitemaps to follow, one URL per line.")
    Path sources;

    @Mixin
    StoreOptions store;

    @Mixin
    SettingsOption tuned;

    @Option(names = "--once", description = "Poll once and exit.")
    boolean once;

    @Option(names = "--interval", paramLabel = "SECONDS", defaultValue = "900",
            description = "Seconds between polls (default: ${DEFAULT-VALUE}).")
    long interval;

    @Option(names = "--delay", paramLabel = "MS", defaultValue = "1000",
            description = "Least milliseconds between two requests to one host (default: ${DEFAULT-VALUE}; a longer "
                    + "robots.txt Crawl-delay wins).")
    long delay;

    @Option(names = "--timeout", paramLabel = "SECONDS", defaultValue = "20",
            description = "Seconds one request may take (default: ${DEFAULT-VALUE}).")
    long timeout;

    @Option(names = "--max-page-size", paramLabel = "MB", defaultValue = "16",
            description = "Largest page or feed read, in MB (default: ${DEFAULT-VALUE}).")
    int maxMegabytes;

    @Option(names = "--no-embeddings", description = "Do not load the sentence-embedding model.")
    boolean noEmbeddings;

    @Override
    public Integer call() throws IOException, InterruptedException {
        PrintWriter out = TerminalSafeText.writer(spec.commandLine().getOut());
        PrintWriter err = spec.commandLine().getErr();
        List<URI> urls = new ArrayList<>();
        for (String line : Files.readAllLines(sources)) {
            String s = line.strip();
            if (s.isEmpty() || s.startsWith("#")) {
                continue;
            }
            try {
                URI uri = URI.create(s);
                if (!"http".equals(uri.getScheme()) && !"https".equals(uri.getScheme())) {
                    throw new IllegalArgumentException("not an http(s) URL");
                }
                urls.add(uri);
            } catch (IllegalArgumentException e) {
                err.println(TerminalSafeText.escape("collate: " + sources + ": not a feed URL: " + s));
                return ExitCodes.USAGE;
            }
        }
        PipelineSettings settings = tuned.settings().withEmbeddings(!noEmbeddings);
        CollatePipeline pipeline = new CollatePipeline(settings);
        FetchSettings fetch = FetchSettings.defaults().withHostDelay(Duration.ofMillis(Math.max(0, delay)))
                .withTimeout(Duration.ofSeconds(Math.max(1, timeout)))
                .withMaxBytes(Math.max(1, maxMegabytes) * 1_048_576L);
        boolean clean = true;
        try (StoryStore s = store.openForWriting();
             StoreIngester ingester = new StoreIngester(s, pipeline, 500, Clock.systemUTC())) {
            PoliteFetcher fetcher = new PoliteFetcher(fetch);
            WatchState state = WatchState.load(store.data.resolve("watch-state.json"));
            FeedWatcher watcher = new FeedWatcher(fetcher, state, new DocumentExtractor(settings.extraction()),
                    ingester);
            while (true) {
                FeedWatcher.Poll poll = watcher.poll(urls, InputOptions.reporter(err));
                clean &= poll.problems().isEmpty();
                out.println("poll " + Instant.now() + ": " + poll.sources() + " sources (" + poll.sourcesUnchanged()
                        + " unchanged), " + poll.pagesFetched() + " pages fetched, " + poll.pagesSeenBefore()
                        + " seen before, " + poll.problems().size() + " problems; " + poll.ingested().line());
                out.flush();
                if (once) {
                    break;
                }
                Thread.sleep(Duration.ofSeconds(Math.max(1, interval)));
            }
        }
        return clean ? ExitCodes.OK : ExitCodes.BAD_INPUT;
    }
}
