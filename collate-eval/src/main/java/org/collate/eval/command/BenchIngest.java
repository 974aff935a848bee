package org.collate.eval.command;

import org.collate.link.LinkFeatureExtractor;
import org.collate.link.LinkFeatures;
import org.collate.model.AnalyzedArticle;
import org.collate.model.Article;
import org.collate.model.PublicationDate;
import org.collate.pipeline.CollatePipeline;
import org.collate.pipeline.PipelineSettings;
import org.collate.store.StoreIngester;
import org.collate.store.StoredStory;
import org.collate.store.StoryStore;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.Callable;
import java.util.stream.Stream;

/**
 * {@code collate bench ingest}: the story store's costs. On the story set: ingest from the raw records (extract →
 * analyze → link → store, reports later) against {@code bench pipeline}'s pass over the same records, then the
 * reports' cost, and the store's size. At scale: the analysed set streamed into a store again and again (each round
 * shifted in time, its ids, entities, quotes and MinHash salted, as {@code bench cluster} does) up to --articles,
 * with peak heap; then the time to open the store, list stories and show one, and to reopen it for an ingest.
 */
@Command(name = "ingest", mixinStandardHelpOptions = true,
        description = {"The story store: ingest rate against bench pipeline on the same records, the reports' cost, "
                + "store size per 1,000 articles; with --articles N, a store of N articles built from the set streamed "
                + "again and again, then the time to open it, list stories, show one, and reopen it to ingest."})
final class BenchIngest implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @CommandLine.Mixin
    SettingsOption tuned;

    @CommandLine.Mixin
    StorySetInput input;

    @Option(names = "--articles", paramLabel = "N", defaultValue = "0",
            description = "Also build a store of N articles from the set streamed again and again (default: none).")
    int articles;

    @Option(names = "--shift-days", defaultValue = "60", description = "Days each round is shifted by (default: ${DEFAULT-VALUE}).")
    int shiftDays;

    @Option(names = "--batch", defaultValue = "500", description = "Articles per commit (default: ${DEFAULT-VALUE}).")
    int batch;

    @Option(names = "--no-embeddings", description = "Without the lead embedding.")
    boolean noEmbeddings;

    @Option(names = "--scale-only", description = "With --articles: only the store at scale (the set analysed once, "
            + "untimed).")
    boolean scaleOnly;

    @Override
    public Integer call() throws IOException {
        PrintWriter out = spec.commandLine().getOut();
        Path file = input.file();
        PipelineSettings settings = tuned.settings().withEmbeddings(!noEmbeddings);
        CollatePipeline pipeline = new CollatePipeline(settings);
        Path dir = Files.createTempDirectory("collate-bench-ingest");
        try {
            // bench pipeline's pass, over the same records, once to warm up and once timed.
            List<AnalyzedArticle> analyzed = pipelinePass(pipeline, file);
            if (scaleOnly && articles > 0) {
                scale(out, pipeline, analyzed, dir.resolve("scale"));
                return CommandLine.ExitCode.OK;
            }
            long t0 = System.nanoTime();
            analyzed = pipelinePass(pipeline, file);
            double pipelineSeconds = (System.nanoTime() - t0) / 1e9;
            out.printf(Locale.ROOT, "pipeline (extract → analyze → link): %d articles in %.1f s, %.1f articles/s%n",
                    analyzed.size(), pipelineSeconds, analyzed.size() / pipelineSeconds);
            out.flush();

            Path small = dir.resolve("set");
            long t1 = System.nanoTime();
            StoreIngester.Counts counts;
            try (StoryStore store = StoryStore.openForWriting(small);
                 StoreIngester ingester = new StoreIngester(store, pipeline, batch, Clock.systemUTC(), false)) {
                counts = ingester.ingest(List.of(file.toString()), (o, m, s) -> {
                }, StoreIngester.Progress.NONE);
            }
            double ingestSeconds = (System.nanoTime() - t1) / 1e9;
            out.printf(Locale.ROOT, "ingest (extract → analyze → link → store, reports later): %d articles in %.1f s, "
                            + "%.1f articles/s = %.0f%% of the pipeline's rate%n", counts.added(), ingestSeconds,
                    counts.added() / ingestSeconds, 100 * (counts.added() / ingestSeconds)
                            / (analyzed.size() / pipelineSeconds));
            out.flush();
            long t2 = System.nanoTime();
            int stories;
            try (StoryStore store = StoryStore.openForWriting(small);
                 StoreIngester ingester = new StoreIngester(store, pipeline, batch, Clock.systemUTC(), true)) {
                ingester.updateReports((o, m, s) -> {
                });
                stories = store.size().stories();
            }
            double reportSeconds = (System.nanoTime() - t2) / 1e9;
            long bytes = size(small);
            out.printf(Locale.ROOT, "reports of its %d stories (reconcile, once each): %.1f s; with them, ingest end to "
                            + "end %.1f articles/s; store %.1f MB, %.2f MB per 1,000 articles%n", stories, reportSeconds,
                    counts.added() / (ingestSeconds + reportSeconds), bytes / 1e6, bytes / 1e6 / counts.added() * 1000);
            out.flush();

            if (articles > 0) {
                scale(out, pipeline, analyzed, dir.resolve("scale"));
            }
        } finally {
            BenchSupport.deleteTree(dir);
        }
        return CommandLine.ExitCode.OK;
    }

    static List<AnalyzedArticle> pipelinePass(CollatePipeline pipeline, Path file) {
        List<Article> read = new ArrayList<>();
        pipeline.reader().read(List.of(file.toString()), read::add, (o, m, s) -> {
        });
        List<AnalyzedArticle> analyzed = pipeline.analyzeAll(read, (o, m, s) -> {
        }).articles();
        List<AnalyzedArticle> ordered = org.collate.link.ArrivalOrder.sort(analyzed);
        try (org.collate.link.StoryClusterer clusterer = new org.collate.link.StoryClusterer(
                pipeline.settings().clustering())) {
            ordered.forEach(clusterer::add);
        }
        return ordered;
    }

    private void scale(PrintWriter out, CollatePipeline pipeline, List<AnalyzedArticle> base, Path dir) {
        LinkFeatureExtractor extractor = new LinkFeatureExtractor(pipeline.settings().clustering());
        Map<String, LinkFeatures> baseFeatures = new HashMap<>();
        base.forEach(a -> baseFeatures.put(a.id(), extractor.extract(a)));
        HeapMeter.reset();
        long t0 = System.nanoTime();
        int done = 0;
        int round = 0;
        int nextMark = 10_000;
        try (StoryStore store = StoryStore.openForWriting(dir);
             StoreIngester ingester = new StoreIngester(store, pipeline, batch, Clock.systemUTC(), false)) {
            while (done < articles) {
                done += ingestRound(ingester, base, baseFeatures, round, shiftDays, articles - done);
                round++;
                if (done >= nextMark || done >= articles) {
                    double seconds = (System.nanoTime() - t0) / 1e9;
                    String peak = HeapMeter.describe();
                    HeapMeter.Live live = HeapMeter.live();
                    t0 += live.nanos(); // the collection is the meter's, not the ingest's
                    out.printf(Locale.ROOT, "  %,d articles stored in %.1f s (%.0f articles/s), %s, %s%n", done,
                            seconds, done / seconds, live.describe(), peak);
                    out.flush();
                    nextMark += 10_000;
                }
            }
        }
        long bytes = size(dir);
        out.printf(Locale.ROOT, "store of %,d articles: %.0f MB, %.2f MB per 1,000 articles%n", done, bytes / 1e6,
                bytes / 1e6 / done * 1000);

        long t1 = System.nanoTime();
        try (StoryStore store = StoryStore.openForReading(dir)) {
            double open = (System.nanoTime() - t1) / 1e6;
            long t2 = System.nanoTime();
            List<StoredStory> first = store.stories(null, null, null, 0, 20);
            double list = (System.nanoTime() - t2) / 1e6;
            StoryStore.Size size = store.size();
            List<StoredStory> all = store.stories(null, null, null, 0, size.stories());
            Random random = new Random(7);
            double[] shows = new double[100];
            for (int i = 0; i < shows.length; i++) {
                String id = all.get(random.nextInt(all.size())).summary().id();
                long t = System.nanoTime();
                store.story(id);
                shows[i] = (System.nanoTime() - t) / 1e6;
            }
            Arrays.sort(shows);
            double[] lists = new double[20];
            for (int i = 0; i < lists.length; i++) {
                long t = System.nanoTime();
                store.stories(null, null, null, 0, 20);
                lists[i] = (System.nanoTime() - t) / 1e6;
            }
            Arrays.sort(lists);
            out.printf(Locale.ROOT, "open %.0f ms; first page of stories (20 of %,d) %.1f ms, then median %.1f ms; show a "
                            + "story: median %.1f ms, 99th of 100 %.1f ms%n", open, size.stories(), list,
                    lists[lists.length / 2], shows[shows.length / 2], shows[98]);
            if (first.isEmpty()) {
                out.println("(no stories)");
            }
        }
        long t3 = System.nanoTime();
        try (StoryStore store = StoryStore.openForWriting(dir);
             StoreIngester restored = new StoreIngester(store, pipeline, batch, Clock.systemUTC(), false)) {
            // opened to be timed: restoring the clusterer is the cost of reopening
        }
        out.printf(Locale.ROOT, "reopen to ingest (the clusterer restored from the placements of %,d articles): "
                + "%.1f s%n", done, (System.nanoTime() - t3) / 1e9);
    }

    /**
     * Ingests one round of the set (round 0 as it is, each later one as copies shifted {@code round × shiftDays}
     * and salted: other articles, other stories), at most {@code most} articles; returns how many.
     */
    static int ingestRound(StoreIngester ingester, List<AnalyzedArticle> base, Map<String, LinkFeatures> baseFeatures,
                           int round, long shiftDays, int most) {
        List<AnalyzedArticle> copies = new ArrayList<>();
        Map<String, LinkFeatures> features = new HashMap<>();
        for (AnalyzedArticle a : base) {
            if (copies.size() >= most) {
                break;
            }
            AnalyzedArticle copy = round == 0 ? a : shifted(a, round, round * shiftDays);
            features.put(copy.id(), round == 0 ? baseFeatures.get(a.id())
                    : BenchCluster.salted(baseFeatures.get(a.id()), round, round * shiftDays));
            copies.add(copy);
        }
        ingester.ingestAnalyzed(copies, a -> features.get(a.id()), (o, m, s) -> {
        });
        return copies.size();
    }

    /** A later copy of an article that is another article: its id and URL salted, its day shifted. */
    static AnalyzedArticle shifted(AnalyzedArticle a, int round, long days) {
        Article x = a.article();
        String salt = "#" + round;
        PublicationDate published = x.published() == null ? null
                : PublicationDate.ofDay(x.published().day().plusDays(days), x.published().source());
        Article copy = new Article(x.id() + salt, x.origin(), (x.url() == null ? "bench:" + x.id() : x.url()) + salt,
                x.outlet(), x.title(), published, x.language(), x.author(), x.text(), x.removed(), x.format());
        return new AnalyzedArticle(copy, a.sentences(), a.entities(), a.quotes(), a.numbers(), a.dates(), a.minHash(),
                a.embedding(), a.notes());
    }

    static long size(Path dir) {
        try (Stream<Path> files = Files.walk(dir)) {
            return files.filter(Files::isRegularFile).mapToLong(p -> p.toFile().length()).sum();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
