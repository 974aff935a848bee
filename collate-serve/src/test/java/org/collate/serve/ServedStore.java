package org.collate.serve;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.collate.output.Json;
import org.collate.pipeline.CollatePipeline;
import org.collate.pipeline.PipelineSettings;
import org.collate.store.StoryStore;
import org.collate.testing.TestData;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/** A server on a loopback port over a new store in a temporary directory, and a client for it. */
final class ServedStore implements AutoCloseable {

    final StoryStore store;
    final CollateServer server;
    final HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();

    ServedStore(Path dir, long maxBody) {
        store = StoryStore.openForWriting(dir);
        server = CollateServer.start(store, new CollatePipeline(PipelineSettings.defaults()),
                new CollateServer.Options("127.0.0.1", 0, maxBody, 500));
    }

    String base() {
        return "http://127.0.0.1:" + server.port();
    }

    /** The bundled samples (the two seeds, six ECB+ documents) as JSON Lines, each named by its file. */
    static String sampleLines() {
        List<String> lines = new ArrayList<>();
        for (String dir : List.of("seeds", "ecbplus")) {
            try (Stream<Path> files = Files.list(TestData.sample(dir))) {
                for (Path f : files.filter(p -> p.toString().endsWith(".txt")).sorted().toList()) {
                    ObjectNode n = Json.MAPPER.createObjectNode();
                    n.put("id", f.getFileName().toString().replace(".txt", ""));
                    n.put("text", Files.readString(f, StandardCharsets.UTF_8));
                    lines.add(n.toString());
                }
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return String.join("\n", lines);
    }

    HttpResponse<String> get(String path) {
        return send(HttpRequest.newBuilder(URI.create(base() + path)).GET().build());
    }

    HttpResponse<String> post(String path, String body, String type) {
        return send(HttpRequest.newBuilder(URI.create(base() + path)).header("Content-Type", type)
                .POST(HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8)).build());
    }

    HttpResponse<String> send(HttpRequest request) {
        try {
            return client.send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    static JsonNode json(HttpResponse<String> response) {
        try {
            return Json.MAPPER.readTree(response.body());
        } catch (IOException e) {
            throw new AssertionError("not JSON (" + response.statusCode() + "): " + response.body(), e);
        }
    }

    /** The id of the listed story holding this article. */
    String storyWith(String articleId) {
        for (JsonNode s : json(get("/api/stories?per_page=100")).get("stories")) {
            for (JsonNode a : s.get("articles")) {
                if (a.get("id").asText().equals(articleId)) {
                    return s.get("id").asText();
                }
            }
        }
        throw new AssertionError("no listed story holds " + articleId);
    }

    @Override
    public void close() {
        server.close();
        store.close();
    }
}
