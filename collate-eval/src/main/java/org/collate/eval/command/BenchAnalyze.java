package org.collate.eval.command;

import org.collate.analyze.ArticleAnalyzer;
import org.collate.model.AnalyzedArticle;
import org.collate.model.Article;
import org.collate.pipeline.OrderedParallelMapper;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.concurrent.atomic.AtomicLong;

/** {@code collate bench analyze}: articles/s through analysis, without and with the lead embedding. */
@Command(name = "analyze", mixinStandardHelpOptions = true,
        description = {"Analysis throughput on the story set's articles (extracted once, held in memory), without "
                + "and with the title-and-lead embedding.", "Run with JAVA_OPTS=-Xmx1g to check the heap bound."})
final class BenchAnalyze implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Option(names = "--articles", paramLabel = "FILE", description = "JSON Lines articles "
            + "(default: ../shared/eval/stories/dev.jsonl).")
    Path articles;

    @Option(names = "--seconds", defaultValue = "20", description = "Measured seconds per mode (default: ${DEFAULT-VALUE}).")
    int seconds;

    @Option(names = "--threads", description = "Worker threads (default: one per core).")
    Integer threads;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        int t = threads != null ? threads : OrderedParallelMapper.defaultThreads();
        List<Article> docs = BenchSupport.loadArticles(SharedData.require(articles, "eval/stories/dev.jsonl",
                spec.commandLine()), t);
        out.printf(Locale.ROOT, "threads %d, %d articles%n", t, docs.size());
        run("without embeddings", docs, new ArticleAnalyzer(false), t, out);
        run("with lead embeddings", docs, new ArticleAnalyzer(true), t, out);
        return CommandLine.ExitCode.OK;
    }

    private void run(String mode, List<Article> docs, ArticleAnalyzer analyzer, int threads, PrintWriter out) {
        AtomicLong sentences = new AtomicLong();
        BenchSupport.Result r = BenchSupport.measure(docs, threads, seconds, analyzer::analyze,
                (AnalyzedArticle a) -> sentences.addAndGet(a.sentences().size()));
        out.printf(Locale.ROOT, "%s: %.0f articles/s (%d articles in %.1f s), %s%n", mode, r.perSecond(), r.count(),
                r.seconds(), HeapMeter.describe());
        out.flush();
    }
}
