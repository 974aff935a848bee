package org.collate.eval.command;

import org.collate.analyze.ArticleAnalyzer;
import org.collate.analyze.signature.SentenceEmbedder;
import org.collate.extract.DocumentExtractor;
import org.collate.extract.Extraction;
import org.collate.link.ArrivalOrder;
import org.collate.link.ClusterSettings;
import org.collate.link.StoryClusterer;
import org.collate.model.AnalyzedArticle;
import org.collate.model.RawDocument;
import org.collate.pipeline.OrderedParallelMapper;
import org.collate.source.InputReader;
import org.collate.source.SourceItem;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;

/** {@code collate bench pipeline}: extract → analyze → link end to end, articles/s and peak heap. */
@Command(name = "pipeline", mixinStandardHelpOptions = true,
        description = {"End-to-end throughput of extraction, analysis (lead embeddings on) and linking over the "
                + "story set's JSON Lines (raw records read once into memory; everything after is timed), "
                + "repeated --rounds times."})
final class BenchPipeline implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @CommandLine.Mixin
    SettingsOption tuned;

    @CommandLine.Mixin
    StorySetInput input;

    @Option(names = "--rounds", defaultValue = "2", description = "Timed passes (default: ${DEFAULT-VALUE}); one more warms up.")
    int rounds;

    @Option(names = "--no-embeddings", description = "Without the lead embedding.")
    boolean noEmbeddings;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        ClusterSettings clustering = tuned.settings().clustering();
        Path file = input.file();
        List<RawDocument> raw = new ArrayList<>();
        new InputReader().readPath(file, item -> {
            if (item instanceof SourceItem.Document d) {
                raw.add(d.document());
            }
        });
        int threads = OrderedParallelMapper.defaultThreads();
        DocumentExtractor extractor = new DocumentExtractor();
        ArticleAnalyzer analyzer = new ArticleAnalyzer(noEmbeddings ? null : SentenceEmbedder.shared());
        pass(raw, extractor, analyzer, threads, clustering); // warm-up: models loaded, code compiled
        HeapMeter.reset();
        long start = System.nanoTime();
        int stories = 0;
        for (int r = 0; r < rounds; r++) {
            stories = pass(raw, extractor, analyzer, threads, clustering);
        }
        double seconds = (System.nanoTime() - start) / 1e9;
        out.printf(Locale.ROOT, "pipeline (extract → analyze%s → link), %d threads: %d articles in %.1f s, "
                        + "%.0f articles/s, %d stories per pass, %s%n", noEmbeddings ? "" : " with lead embeddings",
                threads, raw.size() * rounds, seconds, raw.size() * rounds / seconds, stories, HeapMeter.describe());
        return CommandLine.ExitCode.OK;
    }

    private static int pass(List<RawDocument> raw, DocumentExtractor extractor, ArticleAnalyzer analyzer, int threads,
                            ClusterSettings clustering) {
        List<AnalyzedArticle> analyzed = new ArrayList<>();
        try (OrderedParallelMapper<RawDocument, AnalyzedArticle> m = new OrderedParallelMapper<>(threads, d -> {
            Extraction e = extractor.extract(d);
            return e instanceof Extraction.Extracted ok ? analyzer.analyze(ok.article()) : null;
        }, a -> {
            if (a != null) {
                analyzed.add(a);
            }
        })) {
            raw.forEach(m::accept);
        }
        analyzed.sort(ArrivalOrder.COMPARATOR);
        try (StoryClusterer clusterer = new StoryClusterer(clustering)) {
            analyzed.forEach(clusterer::add);
            return clusterer.stories().size();
        }
    }
}
