package org.collate.eval.command;

import org.collate.analyze.ArticleAnalyzer;
import org.collate.analyze.signature.SentenceEmbedder;
import org.collate.eval.link.ClusterEvaluator;
import org.collate.model.AnalyzedArticle;
import org.collate.model.Story;
import org.collate.model.StoryReport;
import org.collate.pipeline.OrderedParallelMapper;
import org.collate.reconcile.ReconcileSettings;
import org.collate.reconcile.StoryReconciler;
import org.collate.extract.DocumentExtractor;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;

/** {@code collate bench reconcile}: the time to reconcile a large story, with and without sentence embeddings. */
@Command(name = "reconcile", mixinStandardHelpOptions = true,
        description = {"Reconciles one large story (the articles of the largest labelled stories of the story set, up "
                + "to --articles) several times, articles analysed beforehand, and prints the best and median time, "
                + "without and with sentence embeddings."})
final class BenchReconcile implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @CommandLine.Mixin
    SettingsOption tuned;

    @Option(names = "--gold", paramLabel = "FILE", description = "Articles (default: ../shared/eval/stories/dev.jsonl).")
    Path gold;

    @Option(names = "--articles", defaultValue = "50", description = "Story size (default: ${DEFAULT-VALUE}).")
    int size;

    @Option(names = "--corpus", description = "Take the stories from this corpus only (default: giveme5w1h, whose "
            + "articles are full texts).", defaultValue = "giveme5w1h")
    String corpus;

    @Option(names = "--runs", defaultValue = "5", description = "Timed runs per mode (default: ${DEFAULT-VALUE}).")
    int runs;

    @Override
    public Integer call() throws Exception {
        ReconcileSettings reconcile = tuned.settings().reconcile();
        PrintWriter out = spec.commandLine().getOut();
        List<ClusterEvaluator.GoldArticle> all = ClusterEvaluator.read(SharedData.require(gold, "eval/stories/dev.jsonl",
                spec.commandLine()));
        // The largest labelled stories, whole, until the size is reached: one realistic, many-source story.
        Map<String, List<ClusterEvaluator.GoldArticle>> byStory = new HashMap<>();
        all.stream().filter(g -> corpus == null || corpus.isBlank() || corpus.equals(g.corpus()))
                .forEach(g -> byStory.computeIfAbsent(g.story(), k -> new ArrayList<>()).add(g));
        List<ClusterEvaluator.GoldArticle> chosen = new ArrayList<>();
        byStory.values().stream().sorted(Comparator.comparingInt((List<ClusterEvaluator.GoldArticle> l) -> -l.size())
                        .thenComparing(l -> l.get(0).story()))
                .forEach(l -> l.forEach(g -> {
                    if (chosen.size() < size) {
                        chosen.add(g);
                    }
                }));
        ClusterEvaluator loader = new ClusterEvaluator(new DocumentExtractor(), new ArticleAnalyzer(true),
                OrderedParallelMapper.defaultThreads());
        List<AnalyzedArticle> articles = loader.analyze(chosen);
        Story story = new Story("bench", articles.stream().map(AnalyzedArticle::id).toList(), "bench", null, null);
        int sentences = articles.stream().mapToInt(a -> a.sentences().size()).sum();
        out.printf(Locale.ROOT, "story of %d articles, %d sentences%n", articles.size(), sentences);
        run(out, "without embeddings", new StoryReconciler(reconcile.withEmbeddings(false), null),
                story, articles);
        run(out, "with embeddings", new StoryReconciler(reconcile, SentenceEmbedder.shared()), story,
                articles);
        return CommandLine.ExitCode.OK;
    }

    private void run(PrintWriter out, String mode, StoryReconciler reconciler, Story story,
                     List<AnalyzedArticle> articles) {
        reconciler.reconcile(story, articles); // warm-up
        List<Double> seconds = new ArrayList<>();
        StoryReport last = null;
        for (int i = 0; i < runs; i++) {
            long t0 = System.nanoTime();
            last = reconciler.reconcile(story, articles);
            seconds.add((System.nanoTime() - t0) / 1e9);
        }
        seconds.sort(Double::compare);
        out.printf(Locale.ROOT, "%s: best %.2f s, median %.2f s (%d facts, %d quote groups)%n", mode, seconds.get(0),
                seconds.get(seconds.size() / 2), last.facts().size(), last.quotes().size());
        out.flush();
    }
}
