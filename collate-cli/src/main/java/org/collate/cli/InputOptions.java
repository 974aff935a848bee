package org.collate.cli;

import org.collate.model.Article;
import org.collate.output.Json;
import org.collate.output.TerminalSafeText;
import org.collate.pipeline.ArticleReader;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.util.function.BiConsumer;
import java.util.List;

/** The inputs every reading command takes, and how problems with them are reported. */
class InputOptions extends ReadOptions {

    @Parameters(paramLabel = "PATH", arity = "1..*",
            description = "Files or directories to read (HTML, plain text, JSON Lines, WARC, any of them gzip'd); "
                    + "'-' reads standard input.")
    List<String> paths;

    /**
     * Prints one line per problem: {@code collate: skipped PATH: reason} or {@code collate: warning: PATH: …}. A file
     * name, and a reason that quotes the input, may hold terminal control characters: they are escaped.
     */
    static ArticleReader.ProblemListener reporter(PrintWriter err) {
        return (origin, message, skipped) -> err.println(TerminalSafeText.escape(skipped
                ? "collate: skipped " + origin + ": " + message
                : "collate: warning: " + origin + ": " + message));
    }

    /** The exit code for a run that read these counts. */
    static int exitCode(ArticleReader.Counts counts) {
        return counts.clean() ? ExitCodes.OK : ExitCodes.BAD_INPUT;
    }

    /**
     * Reads every input and prints each article as {@code print} renders it, flushing after each so a long run
     * shows progress; problems go to stderr, one line each.
     *
     * @return the exit code: whether some inputs were skipped
     */
    int printEach(CommandSpec spec, BiConsumer<Article, PrintWriter> print) {
        PrintWriter out = spec.commandLine().getOut();
        ArticleReader.Counts counts = articleReader().read(paths, article -> {
            print.accept(article, out);
            out.flush();
        }, reporter(spec.commandLine().getErr()));
        return exitCode(counts);
    }

    /** One line of JSON, for the JSON Lines outputs. */
    static void printJson(Object value, PrintWriter out) {
        try {
            out.println(Json.MAPPER.writeValueAsString(value));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
