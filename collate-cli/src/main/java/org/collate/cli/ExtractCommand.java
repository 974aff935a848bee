package org.collate.cli;

import org.collate.output.ArticleJson;
import org.collate.output.ArticleText;
import org.collate.output.Json;
import org.collate.pipeline.ArticleReader;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.util.concurrent.Callable;

/** {@code collate extract}: clean articles out, one JSON object per line, or a readable view. */
@Command(name = "extract", mixinStandardHelpOptions = true,
        description = {"Extracts clean articles: title, date, outlet, language, author, body, and what was removed.",
                "Prints one JSON object per article (JSON Lines), or with --text a readable view.",
                "Exit code 0 when every input was read, 1 when some were skipped or repaired (one line each on "
                        + "stderr), 2 for a usage error."})
final class ExtractCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Mixin
    InputOptions input;

    @Option(names = "--text", description = "Print a readable view instead of JSON Lines.")
    boolean text;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        ArticleReader.Counts counts = input.articleReader().read(input.paths, article -> {
            if (text) {
                ArticleText.print(article, out);
            } else {
                try {
                    out.println(Json.MAPPER.writeValueAsString(ArticleJson.of(article)));
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            }
            out.flush();
        }, InputOptions.reporter(err));
        return InputOptions.exitCode(counts);
    }
}
