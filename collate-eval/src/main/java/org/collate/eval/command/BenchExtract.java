package org.collate.eval.command;

import com.fasterxml.jackson.databind.JsonNode;
import org.collate.extract.DocumentExtractor;
import org.collate.extract.Extraction;
import org.collate.model.DeclaredMetadata;
import org.collate.model.RawDocument;
import org.collate.output.Json;
import org.collate.pipeline.OrderedParallelMapper;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.zip.GZIPInputStream;

/** {@code collate bench extract}: HTML pages/s and plain-text articles/s through extraction, with peak heap. */
@Command(name = "extract", mixinStandardHelpOptions = true,
        description = {"Extraction throughput: the extraction benchmark's pages and the story set's plain texts, "
                + "held in memory and extracted repeatedly.",
                "Run with JAVA_OPTS=-Xmx512m to check the heap bound."})
final class BenchExtract implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @CommandLine.Mixin
    SettingsOption tuned;

    @Option(names = "--html-dir", paramLabel = "DIR", description = "HTML pages (default: ../shared/eval/extraction/html).")
    Path htmlDir;

    @Option(names = "--texts", paramLabel = "FILE", description = "JSON Lines with a \"text\" field "
            + "(default: ../shared/eval/stories/dev.jsonl).")
    Path texts;

    @Option(names = "--seconds", defaultValue = "20", description = "Measured seconds per kind (default: ${DEFAULT-VALUE}).")
    int seconds;

    @Option(names = "--threads", description = "Worker threads (default: one per core).")
    Integer threads;

    @Override
    public Integer call() throws IOException {
        PrintWriter out = spec.commandLine().getOut();
        int t = threads != null ? threads : OrderedParallelMapper.defaultThreads();
        List<RawDocument> html = loadHtml(SharedData.require(htmlDir, "eval/extraction/html", spec.commandLine()));
        List<RawDocument> plain = loadTexts(SharedData.require(texts, "eval/stories/dev.jsonl", spec.commandLine()));
        DocumentExtractor extractor = new DocumentExtractor(tuned.settings().extraction());
        out.printf(Locale.ROOT, "threads %d, %d HTML pages, %d plain texts%n", t, html.size(), plain.size());
        run("html", html, extractor, t, out);
        run("text", plain, extractor, t, out);
        return CommandLine.ExitCode.OK;
    }

    private void run(String kind, List<RawDocument> docs, DocumentExtractor extractor, int threads, PrintWriter out) {
        // Warm-up: JIT compilation and model loading are not what is measured.
        long warmEnd = System.nanoTime() + 5_000_000_000L;
        while (System.nanoTime() < warmEnd) {
            pass(docs, extractor, threads);
        }
        HeapMeter.reset();
        long start = System.nanoTime();
        long end = start + seconds * 1_000_000_000L;
        long count = 0;
        int ok = 0;
        while (System.nanoTime() < end) {
            ok = pass(docs, extractor, threads);
            count += docs.size();
        }
        double elapsed = (System.nanoTime() - start) / 1e9;
        out.printf(Locale.ROOT, "%s: %.0f documents/s (%d documents in %.1f s, %d of %d extracted per pass), %s%n",
                kind, count / elapsed, count, elapsed, ok, docs.size(), HeapMeter.describe());
        out.flush();
    }

    private static int pass(List<RawDocument> docs, DocumentExtractor extractor, int threads) {
        AtomicInteger ok = new AtomicInteger();
        try (OrderedParallelMapper<RawDocument, Extraction> mapper = new OrderedParallelMapper<>(threads,
                extractor::extract, r -> {
                    if (r instanceof Extraction.Extracted) {
                        ok.incrementAndGet();
                    }
                })) {
            docs.forEach(mapper::accept);
        }
        return ok.get();
    }

    private static List<RawDocument> loadHtml(Path dir) throws IOException {
        List<RawDocument> docs = new ArrayList<>();
        try (DirectoryStream<Path> files = Files.newDirectoryStream(dir)) {
            for (Path f : files) {
                try (InputStream in = Files.newInputStream(f)) {
                    InputStream body = f.toString().endsWith(".gz") ? new GZIPInputStream(in) : in;
                    docs.add(RawDocument.of(f.toString(), body.readAllBytes()));
                }
            }
        }
        return docs;
    }

    private static List<RawDocument> loadTexts(Path jsonl) throws IOException {
        List<RawDocument> docs = new ArrayList<>();
        try (BufferedReader reader = Files.newBufferedReader(jsonl, StandardCharsets.UTF_8)) {
            String line;
            int n = 0;
            while ((line = reader.readLine()) != null) {
                JsonNode node = Json.MAPPER.readTree(line);
                String text = node.path("text").asText("");
                if (!text.isBlank()) {
                    docs.add(new RawDocument(jsonl + "#L" + (++n), text.getBytes(StandardCharsets.UTF_8),
                            new DeclaredMetadata(null, null, null, null, null, null, "text")));
                }
            }
        }
        return docs;
    }
}
