package org.collate.watch;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import org.collate.extract.DocumentExtractor;
import org.collate.pipeline.CollatePipeline;
import org.collate.pipeline.PipelineSettings;
import org.collate.store.StoreIngester;
import org.collate.store.StoryStore;
import org.collate.testing.TestData;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The watcher against a local HTTP server (loopback only) serving an RSS feed, a sitemap, pages, a 404, a 500, a
 * host that never answers in time and a robots.txt that disallows a path.
 */
class FeedWatcherTest {

    private static final CollatePipeline PIPELINE =
            new CollatePipeline(PipelineSettings.defaults().withEmbeddings(false).withThreads(1));

    private HttpServer server;
    private String base;
    private final Map<String, AtomicInteger> hits = new ConcurrentHashMap<>();
    private final CountDownLatch release = new CountDownLatch(1);
    private volatile String feed;

    @BeforeEach
    void start() throws IOException {
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        base = "http://127.0.0.1:" + server.getAddress().getPort();
        server.createContext("/", this::serve);
        server.setExecutor(java.util.concurrent.Executors.newFixedThreadPool(16));
        server.start();
        feed = rss("wire", "spun", "missing", "broken", "slow", "private/secret");
    }

    @AfterEach
    void stop() {
        release.countDown();
        server.stop(0);
    }

    private String rss(String... pages) {
        StringBuilder items = new StringBuilder();
        for (String p : pages) {
            items.append("<item><title>").append(p).append("</title><link>").append(base).append('/').append(p)
                    .append("</link><pubDate>Fri, 16 Sep 2022 10:00:00 GMT</pubDate></item>");
        }
        return "<?xml version=\"1.0\"?><rss version=\"2.0\"><channel><title>Fixture</title><link>" + base
                + "</link><description>d</description>" + items + "</channel></rss>";
    }

    private void serve(HttpExchange x) throws IOException {
        String path = x.getRequestURI().getPath();
        hits.computeIfAbsent(path, k -> new AtomicInteger()).incrementAndGet();
        switch (path) {
            case "/robots.txt" -> send(x, 200, "text/plain", "User-agent: *\nDisallow: /private/\n", null);
            case "/feed.xml" -> send(x, 200, "application/rss+xml", feed, "\"" + feed.hashCode() + "\"");
            case "/sitemap.xml" -> send(x, 200, "application/xml", "<?xml version=\"1.0\"?><urlset "
                    + "xmlns=\"http://www.sitemaps.org/schemas/sitemap/0.9\"><url><loc>" + base + "/wire</loc>"
                    + "<lastmod>2022-09-16</lastmod></url></urlset>", null);
            case "/wire" -> send(x, 200, "text/plain; charset=utf-8", TestData.sampleText(TestData.WIRE_SEED), null);
            case "/spun" -> send(x, 200, "text/plain; charset=utf-8", TestData.sampleText(TestData.SPUN_SEED), null);
            case "/extra" -> send(x, 200, "text/plain; charset=utf-8", TestData.sampleText("ecbplus/37_1ecb.txt"), null);
            case "/broken" -> send(x, 500, "text/plain", "oops", null);
            case "/slow" -> {
                try {
                    release.await(5, TimeUnit.SECONDS); // a host that answers after the client gave up
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
                send(x, 200, "text/plain", "late", null);
            }
            default -> send(x, 404, "text/plain", "not here", null);
        }
    }

    private static void send(HttpExchange x, int status, String type, String body, String etag) throws IOException {
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        x.getResponseHeaders().set("Content-Type", type);
        if (etag != null) {
            x.getResponseHeaders().set("ETag", etag);
            if (etag.equals(x.getRequestHeaders().getFirst("If-None-Match"))) {
                x.sendResponseHeaders(304, -1);
                x.close();
                return;
            }
        }
        x.sendResponseHeaders(status, bytes.length);
        x.getResponseBody().write(bytes);
        x.close();
    }

    private FeedWatcher.Poll poll(Path data, List<String> sources) {
        FetchSettings settings = FetchSettings.defaults().withHostDelay(Duration.ZERO)
                .withTimeout(Duration.ofMillis(400)).withBackoff(Duration.ofMillis(5));
        try (StoryStore store = StoryStore.openForWriting(data);
             StoreIngester ingester = new StoreIngester(store, PIPELINE, 50, Clock.systemUTC())) {
            FeedWatcher watcher = new FeedWatcher(new PoliteFetcher(settings), WatchState.load(data.resolve(
                    "watch-state.json")), new DocumentExtractor(), ingester);
            return watcher.poll(sources.stream().map(s -> URI.create(base + s)).toList(), (o, m, s) -> {
            });
        }
    }

    @Test
    void newItemsAreIngestedUnchangedOnesNotFetchedAndEveryFailureNamed(@TempDir Path data) {
        FeedWatcher.Poll first = poll(data, List.of("/feed.xml"));
        assertThat(first.ingested().added()).isEqualTo(2);
        assertThat(first.problems()).hasSize(4)
                .anyMatch(p -> p.contains("/missing") && p.contains("HTTP 404"))
                .anyMatch(p -> p.contains("/broken") && p.contains("HTTP 500") && p.contains("3 tries"))
                .anyMatch(p -> p.contains("/slow") && p.contains("timed out"))
                .anyMatch(p -> p.contains("/private/secret") && p.contains("robots.txt disallows"));
        assertThat(hits.get("/private/secret")).isNull();
        assertThat(hits.get("/broken").get()).isEqualTo(3); // tried, then retried twice with backoff
        assertThat(hits.get("/robots.txt").get()).isEqualTo(1);

        // The feed has not changed: a conditional GET answers 304, and no page is requested again.
        FeedWatcher.Poll second = poll(data, List.of("/feed.xml"));
        assertThat(second.sourcesUnchanged()).isEqualTo(1);
        assertThat(second.pagesFetched()).isZero();
        assertThat(hits.get("/wire").get()).isEqualTo(1);
        assertThat(hits.get("/feed.xml").get()).isEqualTo(2);

        // A new item appears: only it is fetched; the pages ingested before are not asked for again.
        feed = rss("wire", "spun", "extra");
        FeedWatcher.Poll third = poll(data, List.of("/feed.xml"));
        assertThat(third.pagesFetched()).isEqualTo(1);
        assertThat(third.pagesSeenBefore()).isEqualTo(2);
        assertThat(third.ingested().added()).isEqualTo(1);
        assertThat(hits.get("/extra").get()).isEqualTo(1);
        try (StoryStore store = StoryStore.openForReading(data)) {
            assertThat(store.size().articles()).isEqualTo(3);
            assertThat(store.versionsOf(base + "/wire")).hasSize(1);
        }
    }

    @Test
    void aFeedCannotPointTheWatcherAtLocalFiles(@TempDir Path data) {
        feed = "<?xml version=\"1.0\"?><rss version=\"2.0\"><channel><title>t</title><link>" + base
                + "</link><description>d</description><item><link>file:///etc/passwd</link></item>"
                + "<item><link>" + base + "/wire</link></item></channel></rss>";
        FeedWatcher.Poll poll = poll(data, List.of("/feed.xml"));
        assertThat(poll.ingested().added()).isEqualTo(1);
        assertThat(poll.problems()).singleElement().satisfies(p -> assertThat(p).contains("file:///etc/passwd")
                .contains("not an http(s) link"));
    }

    @Test
    void aSitemapListsPagesToo(@TempDir Path data) {
        FeedWatcher.Poll poll = poll(data, List.of("/sitemap.xml", "/nothing.xml"));
        assertThat(poll.ingested().added()).isEqualTo(1);
        assertThat(poll.problems()).singleElement().satisfies(p -> assertThat(p).contains("/nothing.xml")
                .contains("HTTP 404"));
    }
}
