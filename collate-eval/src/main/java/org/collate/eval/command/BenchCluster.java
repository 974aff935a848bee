package org.collate.eval.command;

import org.collate.analyze.ArticleAnalyzer;
import org.collate.analyze.signature.CachedEmbedder;
import org.collate.analyze.signature.SentenceEmbedder;
import org.collate.link.ArrivalOrder;
import org.collate.link.ClusterSettings;
import org.collate.link.LinkFeatureExtractor;
import org.collate.link.LinkFeatures;
import org.collate.link.StoryClusterer;
import org.collate.model.AnalyzedArticle;
import org.collate.model.Article;
import org.collate.model.MinHashSignature;
import org.collate.pipeline.OrderedParallelMapper;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Callable;

/** {@code collate bench cluster}: streaming clustering cost per article as the corpus grows to 100,000 articles. */
@Command(name = "cluster", mixinStandardHelpOptions = true,
        description = {"Clustering throughput and cost per article at scale: the story set's articles are analysed "
                + "once, then streamed through the clusterer again and again, each round shifted "
                + "--shift-days later and made new (its ids, entities, quotes and MinHash values salted, so a round "
                + "is a new set of stories, not copies of the last), until --articles have passed.",
                "Prints the mean time per article around the 1,000th, 10,000th, … article, articles/s, the live heap "
                        + "after a full collection at each of those marks, and peak heap.",
                "Run with JAVA_OPTS=-Xmx2g to check the heap bound."})
final class BenchCluster implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @CommandLine.Mixin
    SettingsOption tuned;

    @Option(names = "--articles", defaultValue = "100000", description = "Articles to stream (default: ${DEFAULT-VALUE}).")
    int total;

    @Option(names = "--shift-days", defaultValue = "60", description = "Days each round is shifted by (default: ${DEFAULT-VALUE}).")
    int shiftDays;

    @Option(names = "--gold", paramLabel = "FILE", description = "Articles (default: ../shared/eval/stories/dev.jsonl).")
    Path gold;

    @Option(names = "--embedding-cache", paramLabel = "FILE", description = "Keep lead embeddings between runs.")
    Path embeddingCache;

    @Override
    public Integer call() throws Exception {
        ClusterSettings clustering = tuned.settings().clustering();
        PrintWriter out = spec.commandLine().getOut();
        Path file = SharedData.require(gold, "eval/stories/dev.jsonl", spec.commandLine());
        int threads = OrderedParallelMapper.defaultThreads();
        CachedEmbedder embedder = new CachedEmbedder(SentenceEmbedder.shared());
        if (embeddingCache != null) {
            embedder.load(embeddingCache);
        }
        List<Article> articles = BenchSupport.loadArticles(file, threads);
        ArticleAnalyzer analyzer = new ArticleAnalyzer(embedder);
        List<AnalyzedArticle> analyzed = new ArrayList<>();
        try (OrderedParallelMapper<Article, AnalyzedArticle> m = new OrderedParallelMapper<>(threads, analyzer::analyze,
                analyzed::add)) {
            articles.forEach(m::accept);
        }
        if (embeddingCache != null) {
            embedder.save(embeddingCache);
        }
        analyzed.sort(ArrivalOrder.COMPARATOR);
        LinkFeatureExtractor extractor = new LinkFeatureExtractor(clustering);
        List<LinkFeatures> base = analyzed.stream().map(extractor::extract).toList();
        out.printf(Locale.ROOT, "%d distinct articles, streamed to %d; rounds shifted by %d days%n", base.size(), total,
                shiftDays);
        HeapMeter.reset();
        List<Integer> marks = new ArrayList<>(List.of(1_000, 10_000, 50_000, 100_000, 200_000, 500_000));
        long blockNanos = 0;
        long blockCpuNanos = 0;
        int blockCount = 0;
        // CPU time of this thread as well as wall time: on a shared machine the wall time measures the neighbours
        // too. Lucene's merges run on threads of their own and are in neither figure's per-article part.
        java.lang.management.ThreadMXBean cpu = java.lang.management.ManagementFactory.getThreadMXBean();
        long cpuStart = cpu.getCurrentThreadCpuTime();
        long start = System.nanoTime();
        int n = 0;
        try (StoryClusterer clusterer = new StoryClusterer(clustering)) {
            for (int round = 0; n < total; round++) {
                for (LinkFeatures f : base) {
                    if (n >= total) {
                        break;
                    }
                    LinkFeatures g = round == 0 ? f : salted(f, round, (long) round * shiftDays);
                    long t0 = System.nanoTime();
                    long c0 = cpu.getCurrentThreadCpuTime();
                    clusterer.add(g);
                    long dt = System.nanoTime() - t0;
                    long dc = cpu.getCurrentThreadCpuTime() - c0;
                    n++;
                    // The mean over the 1,000 articles ending at each mark.
                    if (!marks.isEmpty() && n > marks.get(0) - 1000) {
                        blockNanos += dt;
                        blockCpuNanos += dc;
                        blockCount++;
                        if (n == marks.get(0)) {
                            String peak = HeapMeter.describe();
                            HeapMeter.Live live = HeapMeter.live();
                            start += live.nanos(); // the collection is the meter's, not the clusterer's
                            out.printf(Locale.ROOT, "  article %,9d: %.3f ms per article (CPU %.3f ms; mean of the "
                                            + "last %d), %.1f candidate stories per article so far, %s, %s%n",
                                    n, blockNanos / 1e6 / blockCount, blockCpuNanos / 1e6 / blockCount, blockCount,
                                    clusterer.candidatesPerArticle(), live.describe(), peak);
                            out.flush();
                            marks.remove(0);
                            blockNanos = 0;
                            blockCpuNanos = 0;
                            blockCount = 0;
                        }
                    }
                }
            }
            double seconds = (System.nanoTime() - start) / 1e9;
            double cpuSeconds = (cpu.getCurrentThreadCpuTime() - cpuStart) / 1e9;
            out.printf(Locale.ROOT, "clustering: %,d articles in %.1f s, %.0f articles/s (%.0f per CPU-second of the "
                            + "clustering thread), %d stories; %s%n", n, seconds, n / seconds, n / cpuSeconds,
                    clusterer.stories().size(), HeapMeter.describe());
        }
        return CommandLine.ExitCode.OK;
    }

    /**
     * A copy of the features that is a different article: new id ({@code ID#round}), later day, salted entities,
     * quotes and MinHash. {@code bench ingest} salts its rounds the same way.
     */
    static LinkFeatures salted(LinkFeatures f, int round, long shift) {
        String salt = "#" + round;
        Map<String, Integer> entities = new HashMap<>();
        f.entities().forEach((k, v) -> entities.put(k + salt, v));
        Set<String> quotes = new HashSet<>();
        f.quoteWords().forEach(q -> quotes.add(q + salt));
        int[] values = f.minHash().values();
        int mix = round * 0x9E3779B1;
        for (int i = 0; i < values.length; i++) {
            values[i] = (values[i] ^ mix) & 0x7fffffff;
        }
        LocalDate day = f.day() == null ? null : f.day().plusDays(shift);
        return new LinkFeatures(f.id() + salt, day, f.title(), f.titleWords(), f.terms(), entities, f.years(), quotes,
                f.embedding(), new MinHashSignature(values), f.length());
    }
}
