package org.collate.cli;

import org.collate.eval.command.SettingsOption;
import org.collate.pipeline.CollatePipeline;
import org.collate.pipeline.PipelineSettings;
import org.collate.serve.CollateServer;
import org.collate.store.StoryStore;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

import java.io.PrintWriter;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;

/** {@code collate serve}: the story store over HTTP, as a JSON API and as web pages, until stopped. */
@Command(name = "serve", mixinStandardHelpOptions = true,
        description = {"Serves the story store (--data DIR) at http://HOST:PORT/: the stories as web pages (/ lists "
                + "them, /stories/ID shows one) and a JSON API under /api (/api/openapi.json describes it), "
                + "including POST /api/articles to ingest as collate ingest does.",
                "Binds to 127.0.0.1 unless --host says otherwise. Runs until interrupted (Ctrl-C)."})
final class ServeCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Mixin
    StoreOptions store;

    @Mixin
    SettingsOption tuned;

    @Option(names = "--host", paramLabel = "ADDRESS", defaultValue = "127.0.0.1",
            description = "The address to listen on (default: ${DEFAULT-VALUE}, this machine only).")
    String host;

    @Option(names = "--port", paramLabel = "N", defaultValue = "8080",
            description = "The port to listen on (default: ${DEFAULT-VALUE}; 0: any free port).")
    int port;

    @Option(names = "--max-body", paramLabel = "BYTES", defaultValue = "" + CollateServer.DEFAULT_MAX_BODY,
            description = "The largest POST /api/articles body taken; larger ones are answered 413 "
                    + "(default: ${DEFAULT-VALUE}).")
    long maxBody;

    @Option(names = "--batch", paramLabel = "N", defaultValue = "500",
            description = "Articles per commit when one post holds many (default: ${DEFAULT-VALUE}).")
    int batch;

    @Option(names = "--readers", paramLabel = "N",
            description = "Reads answered at once, the others waiting their turn (default: one per core, leaving "
                    + "the ingest its share).")
    Integer readers;

    @Option(names = "--threads", paramLabel = "N",
            description = "Worker threads that analyse posted articles (default: one per core). More give posts a "
                    + "larger share of the CPU while many clients read, and the reads a longer tail.")
    Integer threads;

    @Option(names = "--no-embeddings", description = "Do not load the sentence-embedding model.")
    boolean noEmbeddings;

    @Override
    public Integer call() throws InterruptedException {
        PrintWriter err = spec.commandLine().getErr();
        if (port < 0 || port > 65_535 || maxBody < 1 || batch < 1 || (readers != null && readers < 1)
                || (threads != null && threads < 1)) {
            err.println("collate: --port must be 0-65535, --max-body, --batch, --readers and --threads at least 1");
            return ExitCodes.USAGE;
        }
        PipelineSettings settings = tuned.settings().withEmbeddings(!noEmbeddings);
        if (threads != null) {
            settings = settings.withThreads(threads);
        }
        CollatePipeline pipeline = new CollatePipeline(settings);
        CountDownLatch stopped = new CountDownLatch(1);
        try (StoryStore s = store.openForWriting();
             CollateServer server = startOrExplain(s, pipeline)) {
            if (server == null) {
                return ExitCodes.BAD_INPUT;
            }
            String shown = host.contains(":") ? "[" + host + "]" : host;
            err.println("collate: serving store " + store.data + " at http://" + shown + ":" + server.port()
                    + "/ (Ctrl-C stops)");
            err.flush();
            // The JVM does not wait for this thread after a signal: the hook stops the server itself, so requests
            // in flight end before the process does; what they committed is safe either way.
            Runtime.getRuntime().addShutdownHook(new Thread(() -> {
                server.close();
                stopped.countDown();
            }, "collate-serve-stop"));
            stopped.await();
        }
        return ExitCodes.OK;
    }

    private CollateServer startOrExplain(StoryStore s, CollatePipeline pipeline) {
        try {
            int concurrent = readers != null ? readers : CollateServer.Options.defaultReaders();
            return CollateServer.start(s, pipeline, new CollateServer.Options(host, port, maxBody, batch, concurrent));
        } catch (RuntimeException e) {
            // Jetty wraps a taken port in layers; the innermost message is the one a user can act on.
            Throwable cause = e;
            while (cause.getCause() != null) {
                cause = cause.getCause();
            }
            spec.commandLine().getErr().println("collate: cannot listen on " + host + ":" + port + ": "
                    + cause.getMessage());
            return null;
        }
    }
}
