package org.collate.cli;

import org.collate.model.StoryReport;
import org.collate.output.Json;
import org.collate.output.ReportJson;
import org.collate.output.ReportText;
import org.collate.eval.command.SettingsOption;
import org.collate.pipeline.CollatePipeline;
import org.collate.pipeline.PipelineSettings;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.concurrent.Callable;

/** {@code collate run}: the main job, from raw inputs to story reports. */
@Command(name = "run", mixinStandardHelpOptions = true,
        description = {"Runs the whole pipeline: extracts the articles, analyses them, groups them into stories, and "
                + "reconciles each story: sources and provenance, conflicts, agreed facts, single-source claims, quotes "
                + "and entities, every line with its evidence.",
                "Prints a readable report; --json FILE also writes the report document (report.schema.json).",
                "Exit code 0 when every input was read, 1 when some were skipped or repaired, 2 for a usage error."})
final class RunCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Mixin
    InputOptions input;

    @Mixin
    SettingsOption tuned;

    @Option(names = "--json", paramLabel = "FILE", description = "Also write the report as JSON to FILE ('-' for stdout "
            + "instead of the readable report).")
    Path json;

    @Option(names = "--no-embeddings", description = "Do not load the sentence-embedding model (faster, less recall "
            + "for reworded sentences and quotes).")
    boolean noEmbeddings;

    @Override
    public Integer call() throws IOException {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        PipelineSettings settings = tuned.settings().withThreads(input.threadCount())
                .withLimits(input.limits()).withEmbeddings(!noEmbeddings);
        CollatePipeline.Result result = new CollatePipeline(settings).run(input.paths, InputOptions.reporter(err));
        boolean jsonToStdout = json != null && json.toString().equals("-");
        if (json != null) {
            if (jsonToStdout) {
                out.println(Json.MAPPER.writerWithDefaultPrettyPrinter().writeValueAsString(ReportJson.of(result.reports())));
            } else {
                Json.MAPPER.writerWithDefaultPrettyPrinter().writeValue(json.toFile(), ReportJson.of(result.reports()));
            }
        }
        if (!jsonToStdout) {
            for (StoryReport report : result.reports()) {
                ReportText.print(report, out);
            }
            out.println(result.counts().articles() + " article(s) in " + result.reports().size() + " stor"
                    + (result.reports().size() == 1 ? "y" : "ies") + "; " + result.counts().skipped()
                    + " input(s) skipped" + (json != null ? "; report written to " + json : "") + ".");
        }
        return InputOptions.exitCode(result.counts());
    }
}
