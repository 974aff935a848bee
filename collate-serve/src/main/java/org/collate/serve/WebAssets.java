package org.collate.serve;

import io.javalin.http.Context;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Map;

/**
 * The web pages: one HTML shell for every page ({@code /} lists the stories, {@code /stories/{id}} shows one), a
 * script that draws them from the API, and a style sheet, all packed in the jar. Plain files, no build step: the
 * script writes article text with {@code textContent} only, never as markup.
 */
final class WebAssets {

    private static final String ROOT = "/org/collate/serve/web/";

    /** The files served under {@code /assets/}, with their types: nothing else on the class path is reachable. */
    private static final Map<String, String> ASSETS = Map.of(
            "app.js", "text/javascript; charset=utf-8",
            "app.css", "text/css; charset=utf-8",
            "openapi.json", "application/json; charset=utf-8");

    private final byte[] page;
    private final Map<String, byte[]> assets;

    WebAssets() {
        page = read("index.html");
        Map<String, byte[]> loaded = new java.util.HashMap<>();
        ASSETS.keySet().forEach(name -> loaded.put(name, read(name)));
        assets = Map.copyOf(loaded);
    }

    void page(Context ctx) {
        ctx.contentType("text/html; charset=utf-8");
        ctx.header("Cache-Control", "no-cache");
        ctx.result(page);
    }

    void asset(Context ctx) {
        String name = ctx.pathParam("name");
        byte[] body = assets.get(name);
        if (body == null) {
            ctx.status(404).contentType("text/plain; charset=utf-8").result("not found");
            return;
        }
        ctx.contentType(ASSETS.get(name));
        ctx.header("Cache-Control", "no-cache");
        ctx.result(body);
    }

    void openApi(Context ctx) {
        ctx.contentType(ASSETS.get("openapi.json"));
        ctx.result(assets.get("openapi.json"));
    }

    private static byte[] read(String name) {
        try (InputStream in = WebAssets.class.getResourceAsStream(ROOT + name)) {
            if (in == null) {
                throw new IllegalStateException("the jar lacks " + ROOT + name);
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
