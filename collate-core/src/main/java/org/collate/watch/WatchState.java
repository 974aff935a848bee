package org.collate.watch;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.collate.output.Json;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.HashMap;
import java.util.Map;

/**
 * What the watcher remembers between polls, in {@code watch-state.json} beside the store: each URL's validators
 * (ETag, Last-Modified) for conditional requests, and the listed pages already ingested with the change time their
 * listing gave, so an unchanged item is not fetched again. Written to a temporary file and moved into place, so a
 * crash leaves the old state or the new one.
 */
public final class WatchState {

    private final Path file;
    private final Map<String, PoliteFetcher.Validators> validators = new HashMap<>();
    private final Map<String, String> items = new HashMap<>();

    private WatchState(Path file) {
        this.file = file;
    }

    public static WatchState load(Path file) {
        WatchState s = new WatchState(file);
        if (!Files.exists(file)) {
            return s;
        }
        try {
            JsonNode root = Json.MAPPER.readTree(file.toFile());
            root.path("validators").properties().forEach(e -> s.validators.put(e.getKey(),
                    new PoliteFetcher.Validators(text(e.getValue(), "etag"), text(e.getValue(), "last_modified"))));
            root.path("items").properties().forEach(e -> s.items.put(e.getKey(),
                    e.getValue().isNull() ? "" : e.getValue().asText()));
            return s;
        } catch (IOException e) {
            throw new IllegalStateException(file + " cannot be read: " + e.getMessage(), e);
        }
    }

    private static String text(JsonNode n, String field) {
        JsonNode v = n.get(field);
        return v == null || v.isNull() ? null : v.asText();
    }

    PoliteFetcher.Validators validators(String url) {
        return validators.getOrDefault(url, PoliteFetcher.Validators.NONE);
    }

    void remember(String url, FetchResult.Fetched f) {
        if (f.etag() != null || f.lastModified() != null) {
            validators.put(url, new PoliteFetcher.Validators(f.etag(), f.lastModified()));
        }
    }

    /** Whether the item was ingested before with this same change time (none counts as a time). */
    boolean seen(FeedParser.Item item) {
        String before = items.get(item.url().toString());
        return before != null && before.equals(item.updated() == null ? "" : item.updated());
    }

    void ingested(FeedParser.Item item) {
        items.put(item.url().toString(), item.updated() == null ? "" : item.updated());
    }

    public void save() {
        ObjectNode root = Json.MAPPER.createObjectNode();
        ObjectNode v = root.putObject("validators");
        validators.forEach((url, x) -> v.putObject(url).put("etag", x.etag()).put("last_modified", x.lastModified()));
        ObjectNode i = root.putObject("items");
        items.forEach(i::put);
        try {
            Path tmp = file.resolveSibling(file.getFileName() + ".tmp");
            Json.MAPPER.writeValue(tmp.toFile(), root);
            Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
