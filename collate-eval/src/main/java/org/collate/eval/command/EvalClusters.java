package org.collate.eval.command;

import org.collate.analyze.ArticleAnalyzer;
import org.collate.analyze.signature.CachedEmbedder;
import org.collate.analyze.signature.SentenceEmbedder;
import org.collate.eval.ClusteringScores;
import org.collate.extract.DocumentExtractor;
import org.collate.eval.link.ClusterEvaluator;
import org.collate.link.ClusterSettings;
import org.collate.model.AnalyzedArticle;
import org.collate.pipeline.OrderedParallelMapper;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Callable;

/** {@code collate eval clusters}: streaming story clustering scored with B-cubed and pairwise P/R/F1. */
@Command(name = "clusters", mixinStandardHelpOptions = true,
        description = {"Streams the articles of a story-labelled JSON Lines file through extraction, analysis and "
                + "linking in publication order (the gold \"story\" field is read only to score), writes "
                + "{\"id\",\"story\"} per article, and prints B-cubed and pairwise precision/recall/F1, overall and "
                + "per corpus."})
final class EvalClusters implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Option(names = "--gold", paramLabel = "FILE", description = "Labelled articles (default: ../shared/eval/stories/dev.jsonl).")
    Path gold;

    @Option(names = "--out", paramLabel = "FILE", description = "Where to write the predictions (JSON Lines).")
    Path out;

    @Option(names = "--no-embeddings", description = "Cluster without the lead embeddings.")
    boolean noEmbeddings;

    @Option(names = "--embedding-cache", paramLabel = "FILE",
            description = "Keep lead embeddings in this file between runs (for repeated tuning runs).")
    Path embeddingCache;

    @CommandLine.Mixin
    SettingsOption tuned;

    @Option(names = "--sweep", split = ",", paramLabel = "T",
            description = "Also report these join thresholds (comma-separated), for tuning.")
    List<Double> sweep;

    @Option(names = "--through-store", paramLabel = "K",
            description = "Also ingest the articles into a new story store in K chunks, in arrival order, reopening "
                    + "the store for each, and score the store's stories: an ingest that continues the stories "
                    + "scores as one run does.")
    int throughStore;

    @Override
    public Integer call() throws IOException {
        PrintWriter o = spec.commandLine().getOut();
        Path file = SharedData.require(gold, "eval/stories/dev.jsonl", spec.commandLine());
        org.collate.pipeline.PipelineSettings settings = tuned.settings();
        ClusterSettings clustering = settings.clustering();
        List<ClusterEvaluator.GoldArticle> articles = ClusterEvaluator.read(file);
        CachedEmbedder cache = noEmbeddings ? null : new CachedEmbedder(SentenceEmbedder.shared());
        if (cache != null && embeddingCache != null) {
            cache.load(embeddingCache);
        }
        ClusterEvaluator evaluator = new ClusterEvaluator(new DocumentExtractor(settings.extraction()),
                new ArticleAnalyzer(cache),
                OrderedParallelMapper.defaultThreads());
        long t0 = System.nanoTime();
        List<AnalyzedArticle> analyzed = evaluator.analyze(articles);
        if (cache != null && embeddingCache != null) {
            cache.save(embeddingCache);
        }
        o.printf(Locale.ROOT, "%d articles extracted and analysed in %.1f s%n", analyzed.size(), (System.nanoTime() - t0) / 1e9);
        if (sweep != null) {
            for (double t : sweep) {
                ClusterEvaluator.Report r = ClusterEvaluator.evaluate(articles, analyzed,
                        clustering.withJoinThreshold(t));
                o.printf(Locale.ROOT, "  join %.3f: B-cubed F1 %.4f%s%n", t, r.overall().bcubed().f1(), perCorpusF1(r));
            }
        }
        long t1 = System.nanoTime();
        ClusterEvaluator.Report report = ClusterEvaluator.evaluate(articles, analyzed, clustering);
        double clusterSeconds = (System.nanoTime() - t1) / 1e9;
        if (out != null) {
            ClusterEvaluator.writePredictions(report, out);
            o.println("predictions written to " + out);
        }
        for (Map.Entry<String, ClusteringScores.Scores> e : report.byCorpus().entrySet()) {
            print(o, e.getKey(), e.getValue());
        }
        print(o, "all", report.overall());
        o.printf(Locale.ROOT, "clustering alone: %.1f s (%.0f articles/s)%s%n", clusterSeconds,
                analyzed.size() / clusterSeconds, report.skipped() > 0 ? "; " + report.skipped() + " unreadable" : "");
        if (throughStore > 0) {
            o.flush();
            StoreChunks.Result chunked = StoreChunks.ingest(analyzed, throughStore,
                    settings.withEmbeddings(!noEmbeddings));
            ClusterEvaluator.Report viaStore = ClusterEvaluator.score(articles, chunked.predicted(), 0);
            print(o, "store/" + throughStore, viaStore.overall());
            Map<String, String> common = new LinkedHashMap<>(report.predicted());
            common.keySet().retainAll(chunked.predicted().keySet());
            int versions = report.predicted().size() - common.size();
            o.printf(Locale.ROOT, "through the store in %d chunks (%.1f s, stories reconciled as they changed): "
                            + "B-cubed F1 %.4f against %.4f in one run (difference %+.4f); %d article(s) kept as later "
                            + "versions of an article at the same URL; the same stories as one run over the articles "
                            + "both hold: %s%n", throughStore, chunked.seconds(), viaStore.overall().bcubed().f1(),
                    report.overall().bcubed().f1(), viaStore.overall().bcubed().f1() - report.overall().bcubed().f1(),
                    versions, samePartition(common, chunked.predicted()) ? "yes" : "no");
        }
        return CommandLine.ExitCode.OK;
    }

    /** Whether two story assignments group the same articles together, whatever the stories are called. */
    static boolean samePartition(Map<String, String> a, Map<String, String> b) {
        return groups(a).equals(groups(b));
    }

    private static Set<Set<String>> groups(Map<String, String> storyOf) {
        Map<String, Set<String>> byStory = new HashMap<>();
        storyOf.forEach((article, story) -> byStory.computeIfAbsent(story, k -> new HashSet<>()).add(article));
        return new HashSet<>(byStory.values());
    }

    private static String perCorpusF1(ClusterEvaluator.Report r) {
        StringBuilder sb = new StringBuilder();
        r.byCorpus().forEach((c, s) -> sb.append(String.format(Locale.ROOT, "  %s %.4f", c, s.bcubed().f1())));
        return sb.toString();
    }

    private static void print(PrintWriter o, String name, ClusteringScores.Scores s) {
        o.printf(Locale.ROOT, "%-11s %4d articles %4d stories (gold %4d)  B-cubed P %.4f R %.4f F1 %.4f   "
                        + "pairwise P %.4f R %.4f F1 %.4f%n", name, s.items(), s.clusters(), s.classes(),
                s.bcubed().precision(), s.bcubed().recall(), s.bcubed().f1(), s.pairwise().precision(),
                s.pairwise().recall(), s.pairwise().f1());
    }
}
