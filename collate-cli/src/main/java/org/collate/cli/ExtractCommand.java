package org.collate.cli;

import org.collate.output.ArticleJson;
import org.collate.output.ArticleText;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

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
        return input.printEach(spec, (article, out) -> {
            if (text) {
                ArticleText.print(article, out);
            } else {
                InputOptions.printJson(ArticleJson.of(article), out);
            }
        });
    }
}
