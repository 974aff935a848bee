package org.collate.cli;

import org.collate.output.ArticleText;
import org.collate.pipeline.ArticleReader;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

import java.io.PrintWriter;
import java.util.concurrent.Callable;

/** {@code collate run}: the main job over the given inputs. */
@Command(name = "run", mixinStandardHelpOptions = true,
        description = {"Runs the pipeline over the inputs and prints a readable report.",
                "Exit code 0 when every input was read, 1 when some were skipped or repaired, 2 for a usage error."})
final class RunCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Mixin
    InputOptions input;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        ArticleReader.Counts counts = input.articleReader().read(input.paths,
                article -> ArticleText.print(article, out), InputOptions.reporter(err));
        out.println(counts.articles() + " article(s) read, " + counts.skipped() + " input(s) skipped.");
        return InputOptions.exitCode(counts);
    }
}
