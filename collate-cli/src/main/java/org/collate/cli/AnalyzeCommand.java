package org.collate.cli;

import org.collate.analyze.ArticleAnalyzer;
import org.collate.output.AnalysisJson;
import org.collate.output.AnalysisText;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

import java.util.concurrent.Callable;

/** {@code collate analyze}: entities, quotes, numbers and dates of each article. */
@Command(name = "analyze", mixinStandardHelpOptions = true,
        description = {"Analyses articles: entities with name variants and roles, quotes with speakers and "
                + "reporting verbs, numbers with what they count, dates resolved against the publication date.",
                "Prints one JSON object per article (offsets point into its \"text\"), or with --text a readable view."})
final class AnalyzeCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Mixin
    InputOptions input;

    @Option(names = "--text", description = "Print a readable view instead of JSON Lines.")
    boolean text;

    @Override
    public Integer call() {
        ArticleAnalyzer analyzer = new ArticleAnalyzer(false);
        return input.printEach(spec, (article, out) -> {
            var analyzed = analyzer.analyze(article);
            if (text) {
                AnalysisText.print(analyzed, out);
            } else {
                InputOptions.printJson(AnalysisJson.of(analyzed), out);
            }
        });
    }
}
