package org.collate.eval.command;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.collate.link.LinkFeatureExtractor;
import org.collate.link.LinkFeatures;
import org.collate.model.AnalyzedArticle;
import org.collate.output.Json;
import org.collate.pipeline.CollatePipeline;
import org.collate.pipeline.PipelineSettings;
import org.collate.serve.CollateServer;
import org.collate.store.StoreIngester;
import org.collate.store.StoryStore;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.net.HttpURLConnection;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * {@code collate bench serve}: {@code collate serve} under load on loopback. A store of N articles (the story set
 * streamed again and again, as {@code bench ingest} builds it, every story reported) is served; C clients read
 * stories and pages of the list as fast as answers come while one client posts new articles in batches. Prints the
 * latency percentiles of each read and the ingest rate reached meanwhile.
 */
@Command(name = "serve", mixinStandardHelpOptions = true,
        description = "Load on collate serve: concurrent readers of GET /api/stories/{id} and GET /api/stories while "
                + "a writer posts articles; latency percentiles and the ingest rate.")
final class BenchServe implements java.util.concurrent.Callable<Integer> {

    @Spec
    CommandSpec spec;

    @CommandLine.Mixin
    SettingsOption tuned;

    @CommandLine.Mixin
    StorySetInput input;

    @Option(names = "--data", paramLabel = "DIR", description = "The store to serve: built there when it holds none "
            + "(default: a temporary directory, removed after).")
    Path data;

    @Option(names = "--articles", paramLabel = "N", defaultValue = "10000",
            description = "Articles in the store built (default: ${DEFAULT-VALUE}).")
    int articles;

    @Option(names = "--clients", paramLabel = "N", defaultValue = "50",
            description = "Concurrent readers (default: ${DEFAULT-VALUE}).")
    int clients;

    @Option(names = "--seconds", paramLabel = "S", defaultValue = "60",
            description = "How long the measured load runs (default: ${DEFAULT-VALUE}), after 10 s of warm-up.")
    int seconds;

    @Option(names = "--post-batch", paramLabel = "N", defaultValue = "25",
            description = "Articles per POST (default: ${DEFAULT-VALUE}).")
    int postBatch;

    @Option(names = "--readers", paramLabel = "N", description = "Reads the server answers at once (default: "
            + "one per core, as collate serve).")
    Integer readers;

    @Option(names = "--threads", paramLabel = "N", description = "Worker threads that analyse posted articles "
            + "(default: one per core, as collate serve).")
    Integer threads;

    @Option(names = "--no-embeddings", description = "Without the lead embedding, in building and in serving.")
    boolean noEmbeddings;

    @Override
    public Integer call() throws Exception {
        PrintWriter out = spec.commandLine().getOut();
        Path file = input.file();
        PipelineSettings settings = tuned.settings().withEmbeddings(!noEmbeddings);
        if (threads != null) {
            settings = settings.withThreads(Math.max(1, threads));
        }
        CollatePipeline pipeline = new CollatePipeline(settings);
        Path dir = data != null ? data : Files.createTempDirectory("collate-bench-serve");
        try {
            if (!Files.isDirectory(dir.resolve("index"))) {
                build(out, pipeline, file, dir);
            }
            List<String> posts = postRecords(file);
            try (StoryStore store = StoryStore.openForWriting(dir)) {
                StoryStore.Size size = store.size();
                out.printf(Locale.ROOT, "serving %,d articles in %,d stories (%s); %d readers, a writer posting "
                        + "%d articles a request; %d s measured after 10 s of warm-up%n", size.articles(),
                        size.stories(), readers == null ? "reads one per core at once" : readers + " reads at once",
                        clients, postBatch, seconds);
                out.flush();
                List<String> ids = store.stories(null, null, null, 0, size.stories()).stream()
                        .map(s -> s.summary().id()).toList();
                int pages = Math.max(1, Math.min(50, size.stories() / 20));
                try (CollateServer server = CollateServer.start(store, pipeline,
                        new CollateServer.Options("127.0.0.1", 0, CollateServer.DEFAULT_MAX_BODY, 500,
                                readers != null ? readers : CollateServer.Options.defaultReaders()))) {
                    server.awaitReady();
                    load(out, "http://127.0.0.1:" + server.port(), ids, pages, posts);
                }
            }
        } finally {
            if (data == null) {
                deleteTree(dir);
            }
        }
        return CommandLine.ExitCode.OK;
    }

    /** The store: the set analysed once, then streamed in rounds (each a later copy), every story reported. */
    private void build(PrintWriter out, CollatePipeline pipeline, Path file, Path dir) {
        long t0 = System.nanoTime();
        List<AnalyzedArticle> base = BenchIngest.pipelinePass(pipeline, file);
        LinkFeatureExtractor extractor = new LinkFeatureExtractor(pipeline.settings().clustering());
        Map<String, LinkFeatures> baseFeatures = new HashMap<>();
        base.forEach(a -> baseFeatures.put(a.id(), extractor.extract(a)));
        int done = 0;
        try (StoryStore store = StoryStore.openForWriting(dir);
             StoreIngester ingester = new StoreIngester(store, pipeline, 500, Clock.systemUTC(), false)) {
            for (int round = 0; done < articles; round++) {
                done += BenchIngest.ingestRound(ingester, base, baseFeatures, round, 60, articles - done);
            }
            out.printf(Locale.ROOT, "built a store of %,d articles in %.0f s; reporting its %,d stories…%n", done,
                    (System.nanoTime() - t0) / 1e9, store.size().stories());
            out.flush();
            long t1 = System.nanoTime();
            ingester.updateReports((o, m, s) -> {
            });
            out.printf(Locale.ROOT, "reports computed in %.0f s; store %.0f MB%n", (System.nanoTime() - t1) / 1e9,
                    BenchIngest.size(dir) / 1e6);
            out.flush();
        }
    }

    /** The set's records made new: each POST round gives them other ids, URLs and titles, so each is stored. */
    private static List<String> postRecords(Path file) throws IOException {
        List<String> out = new ArrayList<>();
        for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
            if (!line.isBlank()) {
                out.add(line);
            }
        }
        return out;
    }

    /** Salts the posted records' ids: a store served again takes each run's posts as new articles. */
    private static final String RUN = Long.toString(System.currentTimeMillis(), 36);

    private static String renamed(String line, int n) {
        try {
            ObjectNode node = (ObjectNode) Json.MAPPER.readTree(line);
            String id = node.path("id").asText("post") + "~" + RUN + "." + n;
            node.put("id", id);
            node.put("url", "https://bench.invalid/" + id);
            node.put("title", node.path("title").asText("") + " (" + n + ")");
            return node.toString();
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    private void load(PrintWriter out, String base, List<String> ids, int pages, List<String> posts)
            throws Exception {
        // One kept-alive connection per reader (the JDK keeps 5 per server unless told), set before its first use.
        if (System.getProperty("http.maxConnections") == null) {
            System.setProperty("http.maxConnections", Integer.toString(Math.max(5, clients + 1)));
        }
        HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10))
                .executor(Executors.newFixedThreadPool(4)).build();
        ExecutorService pool = Executors.newFixedThreadPool(clients + 1);
        long warmEnd = System.nanoTime() + 10_000_000_000L;
        long end = warmEnd + seconds * 1_000_000_000L;
        AtomicInteger errors = new AtomicInteger();
        List<Future<long[][]>> readers = new ArrayList<>();
        for (int c = 0; c < clients; c++) {
            Random random = new Random(c);
            readers.add(pool.submit(() -> {
                List<Long> story = new ArrayList<>();
                List<Long> list = new ArrayList<>();
                while (System.nanoTime() < end) {
                    boolean one = random.nextBoolean();
                    String path = one ? "/api/stories/" + ids.get(random.nextInt(ids.size()))
                            : "/api/stories?page=" + (1 + random.nextInt(pages));
                    long t = System.nanoTime();
                    Answer r = get(base + path);
                    long took = System.nanoTime() - t;
                    if (r.status() != 200) {
                        if (errors.incrementAndGet() <= 3) {
                            synchronized (out) {
                                out.println("  " + r.status() + " on " + path + ": "
                                        + new String(r.body(), StandardCharsets.UTF_8));
                            }
                        }
                    } else if (t > warmEnd) {
                        (one ? story : list).add(took);
                    }
                }
                return new long[][]{story.stream().mapToLong(Long::longValue).toArray(),
                        list.stream().mapToLong(Long::longValue).toArray()};
            }));
        }
        Future<double[]> writer = pool.submit(() -> {
            int n = 0;
            int stored = 0;
            long measuredStart = 0;
            int measuredStored = 0;
            while (System.nanoTime() < end) {
                StringBuilder body = new StringBuilder();
                for (int i = 0; i < postBatch; i++) {
                    body.append(renamed(posts.get(n % posts.size()), n)).append('\n');
                    n++;
                }
                HttpResponse<String> r = client.send(HttpRequest.newBuilder(URI.create(base + "/api/articles"))
                        .header("Content-Type", "application/x-ndjson")
                        .POST(HttpRequest.BodyPublishers.ofString(body.toString(), StandardCharsets.UTF_8)).build(),
                        HttpResponse.BodyHandlers.ofString());
                if (r.statusCode() / 100 != 2) {
                    if (errors.incrementAndGet() <= 3) {
                        synchronized (out) {
                            out.println("  " + r.statusCode() + " on POST: " + r.body());
                        }
                    }
                    continue;
                }
                JsonNode answer = Json.MAPPER.readTree(r.body());
                int added = answer.path("stored").size();
                stored += added;
                long now = System.nanoTime();
                if (now > warmEnd) {
                    if (measuredStart == 0) {
                        measuredStart = now;
                    } else {
                        measuredStored += added;
                    }
                }
            }
            double secs = measuredStart == 0 ? 0 : (System.nanoTime() - measuredStart) / 1e9;
            return new double[]{measuredStored, secs, stored};
        });
        long[] story = new long[0];
        long[] list = new long[0];
        for (Future<long[][]> f : readers) {
            long[][] r = f.get();
            story = concat(story, r[0]);
            list = concat(list, r[1]);
        }
        double[] w = writer.get();
        pool.shutdown();
        out.printf(Locale.ROOT, "GET /api/stories/{id}: %s%n", percentiles(story, seconds));
        out.printf(Locale.ROOT, "GET /api/stories:      %s%n", percentiles(list, seconds));
        out.printf(Locale.ROOT, "POST /api/articles:    %.0f articles stored in the measured %.1f s (between the "
                        + "first and the last answer), %.1f articles/s; %.0f in all%n", w[0], w[1],
                w[1] == 0 ? 0 : w[0] / w[1], w[2]);
        out.printf(Locale.ROOT, "non-2xx answers: %d%n", errors.get());
        out.flush();
    }

    private record Answer(int status, byte[] body) {
    }

    /**
     * One read, on the calling thread, over a kept-alive connection. The readers use the JDK's blocking
     * {@link HttpURLConnection}, not {@link HttpClient}: the clients share the server's two cores, and the
     * asynchronous client's hand-offs between threads took a fifth of all the CPU (profiled), CPU that clients on
     * other machines would not take from the server.
     */
    private static Answer get(String url) throws IOException {
        HttpURLConnection c = (HttpURLConnection) URI.create(url).toURL().openConnection();
        c.setConnectTimeout(10_000);
        int status = c.getResponseCode();
        try (InputStream in = status < 400 ? c.getInputStream() : c.getErrorStream()) {
            return new Answer(status, in == null ? new byte[0] : in.readAllBytes()); // read to the end: kept alive
        }
    }

    private static long[] concat(long[] a, long[] b) {
        long[] c = Arrays.copyOf(a, a.length + b.length);
        System.arraycopy(b, 0, c, a.length, b.length);
        return c;
    }

    private static String percentiles(long[] nanos, int seconds) {
        if (nanos.length == 0) {
            return "no answer";
        }
        Arrays.sort(nanos);
        return String.format(Locale.ROOT, "%,d requests (%.0f/s), p50 %.1f ms, p90 %.1f ms, p99 %.1f ms, max %.1f ms",
                nanos.length, nanos.length / (double) seconds, at(nanos, 0.50), at(nanos, 0.90), at(nanos, 0.99),
                nanos[nanos.length - 1] / 1e6);
    }

    private static double at(long[] sorted, double q) {
        return sorted[(int) Math.min(sorted.length - 1, Math.floor(q * sorted.length))] / 1e6;
    }

    private static void deleteTree(Path dir) {
        try (var files = Files.walk(dir)) {
            files.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException e) {
            // a temporary directory left behind is no failure of the benchmark
        }
    }
}
