package org.collate.eval.command;

import org.collate.extract.DocumentExtractor;
import org.collate.model.Article;
import org.collate.pipeline.ArticleReader;
import org.collate.pipeline.OrderedParallelMapper;
import org.collate.source.InputReader;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import java.util.function.Function;

/** What the benchmarks share: loading real articles once, and a timed loop with a warm-up. */
final class BenchSupport {

    record Result(long count, double seconds) {
        double perSecond() {
            return count / seconds;
        }
    }

    private BenchSupport() {
    }

    static List<Article> loadArticles(Path jsonl, int threads) {
        List<Article> out = new ArrayList<>();
        new ArticleReader(new InputReader(), new DocumentExtractor(), threads)
                .read(List.of(jsonl.toString()), out::add, (origin, message, skipped) -> { });
        return out;
    }

    /** Runs {@code work} over the items for 5 s of warm-up, resets the heap meter, then for {@code seconds}. */
    static <I, O> Result measure(List<I> items, int threads, int seconds, Function<I, O> work, Consumer<O> sink) {
        long warmEnd = System.nanoTime() + 5_000_000_000L;
        while (System.nanoTime() < warmEnd) {
            pass(items, threads, work, o -> { });
        }
        HeapMeter.reset();
        long start = System.nanoTime();
        long end = start + seconds * 1_000_000_000L;
        long count = 0;
        while (System.nanoTime() < end) {
            pass(items, threads, work, sink);
            count += items.size();
        }
        return new Result(count, (System.nanoTime() - start) / 1e9);
    }

    private static <I, O> void pass(List<I> items, int threads, Function<I, O> work, Consumer<O> sink) {
        try (OrderedParallelMapper<I, O> mapper = new OrderedParallelMapper<>(threads, work, sink)) {
            items.forEach(mapper::accept);
        }
    }

    /** Removes a temporary directory and everything under it; what cannot be removed is left (it is temporary). */
    static void deleteTree(java.nio.file.Path dir) {
        try (java.util.stream.Stream<java.nio.file.Path> files = java.nio.file.Files.walk(dir)) {
            files.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (java.io.IOException ignored) {
            // a temporary directory left behind is harmless
        }
    }
}
