package org.collate.cli;

import org.collate.eval.command.SettingsOption;
import org.collate.model.AnalyzedArticle;
import org.collate.model.ArticleFlag;
import org.collate.model.ProvenanceLink;
import org.collate.model.StoryReport;
import org.collate.output.TerminalSafeText;
import org.collate.pipeline.CollatePipeline;
import org.collate.pipeline.PipelineSettings;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

import java.io.PrintWriter;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.function.Function;
import java.util.stream.Collectors;

/** {@code collate stories}: the stories, largest first, and each article's relation to its original. */
@Command(name = "stories", mixinStandardHelpOptions = true,
        description = {"Groups the articles into stories and lists them, largest first: title, date range, outlets, "
                + "article count, and for each article its relation to the story's original (original, copy, "
                + "rewrite, same-source, independent) and its flags."})
final class StoriesCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Mixin
    InputOptions input;

    @Mixin
    SettingsOption tuned;

    @Option(names = "--no-embeddings", description = "Do not load the sentence-embedding model.")
    boolean noEmbeddings;

    @Override
    public Integer call() {
        // Titles, outlets and file names come from the inputs: shown, never obeyed by the terminal.
        PrintWriter out = TerminalSafeText.writer(spec.commandLine().getOut());
        PipelineSettings settings = tuned.settings().withThreads(input.threadCount())
                .withLimits(input.limits()).withEmbeddings(!noEmbeddings);
        CollatePipeline.Result result = new CollatePipeline(settings).run(input.paths,
                InputOptions.reporter(spec.commandLine().getErr()));
        for (StoryReport r : result.reports()) {
            Set<String> outlets = new LinkedHashSet<>();
            r.articles().forEach(a -> outlets.add(a.article().outlet() == null ? "unknown outlet" : a.article().outlet()));
            String range = r.story().firstSeen() == null ? "undated" : r.story().firstSeen().equals(r.story().lastSeen())
                    ? r.story().firstSeen().toString() : r.story().firstSeen() + " … " + r.story().lastSeen();
            out.println(r.story().id() + "  " + r.displayTitle());
            out.println("    " + r.articles().size() + " article" + (r.articles().size() == 1 ? "" : "s") + ", " + range
                    + ", " + String.join(", ", outlets));
            Map<String, ProvenanceLink> links = r.provenance().stream()
                    .collect(Collectors.toMap(ProvenanceLink::articleId, Function.identity(), (x, y) -> x));
            for (AnalyzedArticle a : r.articles()) {
                ProvenanceLink p = links.get(a.id());
                String relation = p == null ? "" : p.relation().label() + (p.sourceId() == null ? "" : " of " + p.sourceId());
                String flags = r.flags().getOrDefault(a.id(), List.of()).stream().map(ArticleFlag::kind)
                        .collect(Collectors.joining(", "));
                out.println("      " + a.id() + "  " + relation + (flags.isEmpty() ? "" : "  ⚑ " + flags) + "  "
                        + (a.article().title() == null ? a.article().origin() : a.article().title()));
            }
            out.println();
        }
        out.println(result.counts().articles() + " article(s) in " + result.reports().size() + " stor"
                + (result.reports().size() == 1 ? "y" : "ies") + ".");
        out.flush();
        return InputOptions.exitCode(result.counts());
    }
}
