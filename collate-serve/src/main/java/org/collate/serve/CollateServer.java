package org.collate.serve;

import io.javalin.Javalin;
import io.javalin.http.Context;
import io.javalin.http.Handler;
import org.collate.output.Json;
import org.collate.pipeline.CollatePipeline;
import org.collate.store.StoreException;
import org.collate.store.StoryStore;

import java.util.function.UnaryOperator;

/**
 * {@code collate serve}: the JSON API ({@link StoryApi}) and the web pages ({@link WebAssets}) over one story store,
 * from one process.
 *
 * <p>Javalin on Jetty rather than the JDK's {@code HttpServer}: Jetty brings a bounded thread pool, request size
 * limits, HTTP keep-alive and careful parsing of hostile requests, which the JDK's server leaves to the application.
 *
 * <p>Binds to 127.0.0.1 unless told otherwise. Every response carries a Content-Security-Policy that allows scripts
 * and styles from this server only, none inline, so text an article smuggles in cannot run even where a page would
 * fail to escape it.
 */
public final class CollateServer implements AutoCloseable {

    /** Default cap on a {@code POST /api/articles} body. */
    public static final long DEFAULT_MAX_BODY = 10L * 1024 * 1024;

    static final String CONTENT_SECURITY_POLICY = "default-src 'none'; script-src 'self'; style-src 'self'; "
            + "img-src 'self' data:; connect-src 'self'; font-src 'self'; base-uri 'none'; form-action 'self'; "
            + "frame-ancestors 'none'";

    /**
     * Where and how to listen.
     *
     * @param host        the address to bind (127.0.0.1 by default: loopback only)
     * @param port        the port (0: any free one)
     * @param maxBodyBytes the largest body {@code POST /api/articles} takes; larger ones get 413
     * @param batchSize   articles per commit when a post holds many
     * @param readers     how many reads run at once; more wait their turn (by default one per core: fifty reads
     *                    at once would take every core from the ingest, and answer no sooner); one fewer while
     *                    articles are being posted ({@link ReadGate})
     */
    public record Options(String host, int port, long maxBodyBytes, int batchSize, int readers) {
        public Options(String host, int port, long maxBodyBytes, int batchSize) {
            this(host, port, maxBodyBytes, batchSize, defaultReaders());
        }

        /** Reads admitted at once unless told otherwise: one per core. */
        public static int defaultReaders() {
            return Runtime.getRuntime().availableProcessors();
        }

        public static Options defaults() {
            return new Options("127.0.0.1", 8080, DEFAULT_MAX_BODY, 500);
        }
    }

    private final Javalin app;
    private final ArticleIngest ingest;

    private CollateServer(Javalin app, ArticleIngest ingest) {
        this.app = app;
        this.ingest = ingest;
    }

    /**
     * Starts serving an open store (opened to write: the server ingests what is posted). The caller keeps the store
     * and closes it after the server.
     */
    public static CollateServer start(StoryStore store, CollatePipeline pipeline, Options options) {
        ReadGate reads = new ReadGate(options.readers());
        ArticleIngest ingest = new ArticleIngest(store, pipeline, options.batchSize(), reads);
        StoryApi api = new StoryApi(store, ingest, pipeline, options.maxBodyBytes());
        WebAssets web = new WebAssets();
        UnaryOperator<Handler> gated = handler -> ctx -> {
            reads.enter();
            try {
                handler.handle(ctx);
            } finally {
                reads.exit();
            }
        };
        Javalin app = Javalin.create(config -> {
            config.startup.showJavalinBanner = false;
            config.startup.showOldJavalinVersionWarning = false;
            // The API reads the body itself, bounded; Jetty's own cap sits above it as a backstop.
            config.http.maxRequestSize = options.maxBodyBytes() + 1;
            config.router.ignoreTrailingSlashes = true;
            config.jetty.host = options.host();
            config.jetty.port = options.port();
            config.routes.before(CollateServer::securityHeaders);
            config.routes.get("/api/health", api::health);
            config.routes.get("/api/stories", gated.apply(api::stories));
            config.routes.get("/api/stories/{id}", gated.apply(api::story));
            config.routes.get("/api/articles/{id}", gated.apply(api::article));
            config.routes.post("/api/articles", api::post);
            config.routes.get("/api/search", gated.apply(api::search));
            config.routes.get("/api/openapi.json", web::openApi);
            config.routes.get("/", web::page);
            config.routes.get("/stories/{id}", web::page);
            config.routes.get("/assets/{name}", web::asset);
            config.routes.exception(ApiError.class, (e, ctx) -> error(ctx, e.status(), e.getMessage()));
            config.routes.exception(StoreException.class, (e, ctx) -> error(ctx, 503, e.getMessage()));
            config.routes.exception(Exception.class, (e, ctx) -> error(ctx, 500,
                    "the server failed on this request: " + e.getClass().getSimpleName()));
            config.routes.error(404, ctx -> {
                // Javalin's own 404 (no route) gets a JSON body under /api; an ApiError's 404 has its own.
                if (ctx.path().startsWith("/api") && ctx.attribute(ERROR_WRITTEN) == null) {
                    error(ctx, 404, "no such endpoint: " + ctx.method() + " " + ctx.path());
                }
            });
            config.routes.error(405, ctx -> error(ctx, 405, ctx.method() + " is not allowed on " + ctx.path()));
            config.routes.error(413, ctx -> error(ctx, 413, ApiError.tooLarge(options.maxBodyBytes()).getMessage()));
        });
        try {
            app.start();
        } catch (RuntimeException e) {
            ingest.close();
            throw e;
        }
        return new CollateServer(app, ingest);
    }

    private static void securityHeaders(Context ctx) {
        ctx.header("Content-Security-Policy", CONTENT_SECURITY_POLICY);
        ctx.header("X-Content-Type-Options", "nosniff");
        ctx.header("Referrer-Policy", "no-referrer");
        ctx.header("X-Frame-Options", "DENY");
    }

    private static final String ERROR_WRITTEN = "collate.error";

    private static void error(Context ctx, int status, String message) {
        ctx.attribute(ERROR_WRITTEN, Boolean.TRUE);
        StoryApi.json(ctx, status, Json.MAPPER.createObjectNode().put("error", message).put("status", status));
    }

    /** The port it listens on (the one chosen when asked for 0). */
    public int port() {
        return app.port();
    }

    /** Whether posted articles are taken yet: the store's stories are restored first. */
    public boolean ready() {
        return ingest.ready();
    }

    /** Waits until posted articles are taken (the store's stories restored), or the restore failed. */
    public void awaitReady() {
        ingest.awaitReady();
    }

    @Override
    public void close() {
        app.stop();
        ingest.close();
    }
}
