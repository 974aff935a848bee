package org.collate.cli;

import com.sun.net.httpserver.HttpServer;
import org.collate.testing.TestData;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

/** {@code collate watch --once} against a loopback server: one line per poll, failures named, exit code. */
class WatchCommandTest {

    @Test
    void oneLinePerPollAndTheFailuresOnStderr(@TempDir Path dir) throws Exception {
        HttpServer server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        String base = "http://127.0.0.1:" + server.getAddress().getPort();
        server.createContext("/", x -> {
            String path = x.getRequestURI().getPath();
            String body;
            int status = 200;
            if (path.equals("/feed.xml")) {
                body = "<?xml version=\"1.0\"?><rss version=\"2.0\"><channel><title>t</title><link>" + base
                        + "</link><description>d</description><item><link>" + base + "/wire</link></item>"
                        + "<item><link>" + base + "/gone</link></item></channel></rss>";
            } else if (path.equals("/wire")) {
                body = TestData.sampleText(TestData.WIRE_SEED);
            } else {
                status = 404;
                body = "no";
            }
            byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
            x.sendResponseHeaders(status, bytes.length);
            x.getResponseBody().write(bytes);
            x.close();
        });
        server.start();
        try {
            Path sources = dir.resolve("sources.txt");
            Files.writeString(sources, "# fixtures\n" + base + "/feed.xml\n");
            String data = dir.resolve("data").toString();
            CliRun run = CliRun.of("watch", "--once", "--data", data, "--sources", sources.toString(), "--delay", "0",
                    "--no-embeddings");
            assertThat(run.exitCode()).isEqualTo(1);
            assertThat(run.out().strip()).startsWith("poll ").contains("1 sources (0 unchanged), 1 pages fetched")
                    .endsWith("ingested 1 new, 0 unchanged, 0 new versions, 0 skipped");
            assertThat(run.err()).contains(base + "/gone").contains("HTTP 404");
            assertThat(CliRun.of("stories", "--data", data, "--json").out()).contains(base + "/wire");

            Files.writeString(sources, "ftp://example.org/feed\n");
            assertThat(CliRun.of("watch", "--once", "--data", data, "--sources", sources.toString()).exitCode())
                    .isEqualTo(2);
        } finally {
            server.stop(0);
        }
    }
}
