package org.collate.pipeline;

import org.collate.extract.ArticleExtractor;
import org.collate.extract.Extraction;
import org.collate.limit.Deadline;
import org.collate.model.Article;
import org.collate.source.InputReader;
import org.collate.source.SourceItem;

import java.time.Duration;
import java.util.List;
import java.util.function.Consumer;

/**
 * Sources and extraction together: reads the inputs, extracts every document on worker threads, and hands the
 * articles, in input order, to a consumer. Problems never stop the run: each one goes to a {@link ProblemListener}
 * as one line, and the counts say how many inputs were skipped or repaired.
 */
public final class ArticleReader {

    /** Receives a one-line account of each input that was skipped or read with a repair. */
    public interface ProblemListener {
        void problem(String origin, String message, boolean skipped);
    }

    /** What a run read. */
    public record Counts(int articles, int skipped, int repaired) {
        public boolean clean() {
            return skipped == 0 && repaired == 0;
        }
    }

    private final InputReader inputs;
    private final ArticleExtractor extractor;
    private final int threads;
    private final Duration budget;

    public ArticleReader(InputReader inputs, ArticleExtractor extractor, int threads) {
        this(inputs, extractor, threads, RunLimits.DEFAULT.extractBudget());
    }

    /** @param budget the time one document may take to extract before it is set aside */
    public ArticleReader(InputReader inputs, ArticleExtractor extractor, int threads, Duration budget) {
        this.inputs = inputs;
        this.extractor = extractor;
        this.threads = threads;
        this.budget = budget;
    }

    public Counts read(List<String> paths, Consumer<Article> articles, ProblemListener problems) {
        return read(sink -> inputs.read(paths, sink), articles, problems);
    }

    /** Reads one stream of unknown length (a request body), as {@link #read(List, Consumer, ProblemListener)} reads files. */
    public Counts readStream(String origin, java.io.InputStream in, Consumer<Article> articles, ProblemListener problems) {
        return read(sink -> inputs.readStream(origin, in, sink), articles, problems);
    }

    private Counts read(Consumer<Consumer<SourceItem>> source, Consumer<Article> articles, ProblemListener problems) {
        int[] counts = new int[3];
        Consumer<Extraction> deliver = result -> {
            switch (result) {
                case Extraction.Extracted ok -> {
                    for (String warning : ok.warnings()) {
                        problems.problem(ok.origin(), warning, false);
                    }
                    if (!ok.warnings().isEmpty()) {
                        counts[2]++;
                    }
                    counts[0]++;
                    articles.accept(ok.article());
                }
                case Extraction.Skipped skipped -> {
                    counts[1]++;
                    problems.problem(skipped.origin(), skipped.reason(), true);
                }
            }
        };
        try (OrderedParallelMapper<SourceItem, Extraction> mapper =
                     new OrderedParallelMapper<>(threads, this::extract, deliver)) {
            source.accept(mapper::accept);
        }
        return new Counts(counts[0], counts[1], counts[2]);
    }

    private Extraction extract(SourceItem item) {
        return switch (item) {
            case SourceItem.Document d -> {
                try {
                    yield Deadline.within(budget, () -> extractor.extract(d.document()));
                } catch (Deadline.Exceeded e) {
                    yield new Extraction.Skipped(d.origin(), "set aside: extraction went " + e.getMessage());
                }
            }
            case SourceItem.Failure f -> new Extraction.Skipped(f.origin(), f.reason());
        };
    }
}
