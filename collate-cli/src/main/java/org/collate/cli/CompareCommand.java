package org.collate.cli;

import org.collate.eval.command.SettingsOption;
import org.collate.model.Article;
import org.collate.model.StoryReport;
import org.collate.output.Json;
import org.collate.output.ReportJson;
import org.collate.output.ReportText;
import org.collate.pipeline.ArticleReader;
import org.collate.pipeline.CollatePipeline;
import org.collate.pipeline.PipelineSettings;
import org.collate.reconcile.PairSimilarity;
import com.fasterxml.jackson.databind.node.ObjectNode;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;

/** {@code collate compare A B}: two given articles reconciled as one story, with similarity scores. */
@Command(name = "compare", mixinStandardHelpOptions = true,
        description = {"Compares two articles as if they reported one story (whatever the linking stage would say): "
                + "the report of collate run for the pair, then similarity on the seven dimensions of SemEval-2022 "
                + "Task 8 (geography, entities, time, narrative, overall, style, tone), each from 1 (very similar) to "
                + "4 (very dissimilar)."})
final class CompareCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Parameters(index = "0", paramLabel = "A", description = "The first article (a file holding one article).")
    String first;

    @Parameters(index = "1", paramLabel = "B", description = "The second article.")
    String second;

    @Option(names = "--json", description = "Print the report and the scores as one JSON object instead.")
    boolean json;

    @Option(names = "--no-embeddings", description = "Do not load the sentence-embedding model.")
    boolean noEmbeddings;

    @CommandLine.Mixin
    SettingsOption tuned;

    @Override
    public Integer call() throws Exception {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        PipelineSettings settings = tuned.settings().withEmbeddings(!noEmbeddings);
        List<Article> articles = new ArrayList<>();
        ArticleReader.Counts counts = new ArticleReader(new org.collate.source.InputReader(settings.limits()),
                new org.collate.extract.DocumentExtractor(), settings.threads())
                .read(List.of(first, second), articles::add, InputOptions.reporter(err));
        if (articles.size() != 2) {
            throw new CommandLine.ParameterException(spec.commandLine(), "compare needs exactly two articles; "
                    + articles.size() + " could be read from " + first + " and " + second);
        }
        StoryReport report = new CollatePipeline(settings).compare(articles);
        PairSimilarity.Scores scores = PairSimilarity.of(report);
        if (json) {
            ObjectNode node = ReportJson.story(report);
            ObjectNode s = node.putObject("similarity");
            s.put("geography", scores.geography()).put("entities", scores.entities()).put("time", scores.time())
                    .put("narrative", scores.narrative()).put("overall", scores.overall()).put("style", scores.style())
                    .put("tone", scores.tone());
            out.println(Json.MAPPER.writerWithDefaultPrettyPrinter().writeValueAsString(node));
        } else {
            ReportText.print(report, out);
            out.println("SIMILARITY (SemEval-2022 Task 8 scale: 1 very similar … 4 very dissimilar)");
            out.println("  " + scores);
        }
        return InputOptions.exitCode(counts);
    }
}
