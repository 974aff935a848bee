package org.collate.cli;

import org.collate.eval.command.SettingsOption;
import org.collate.model.AnalyzedArticle;
import org.collate.model.ArticleFlag;
import org.collate.model.ProvenanceLink;
import org.collate.model.StoryReport;
import org.collate.output.StorySummary;
import org.collate.output.TerminalSafeText;
import org.collate.pipeline.CollatePipeline;
import org.collate.pipeline.PipelineSettings;
import org.collate.store.StoredStory;
import org.collate.store.StoryStore;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

import java.io.PrintWriter;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.function.Function;
import java.util.stream.Collectors;

/** {@code collate stories}: the stories, largest first, and each article's relation to its original. */
@Command(name = "stories", mixinStandardHelpOptions = true,
        description = {"Lists stories. Given PATHs, groups those articles into stories in memory and lists them, "
                + "largest first; without, lists the stories of the store (--data DIR, by default ./collate-data), "
                + "newest activity first.",
                "Each story: title, date range, outlets, article count, conflicts, and for each article its relation "
                + "to the story's original (original, copy, rewrite, same-source, independent) and its flags.",
                "--json prints JSON Lines, one story per line: {\"id\", \"title\", \"first_seen\", \"last_seen\", "
                + "\"outlets\", \"articles\": [{\"id\", \"url\", \"outlet\", \"relation\"}], \"conflicts\", "
                + "\"variants\"}."})
final class StoriesCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Parameters(paramLabel = "PATH", arity = "0..*",
            description = "Files or directories to read in memory instead of listing the store's stories.")
    List<String> paths = List.of();

    @Mixin
    ReadOptions input;

    @Mixin
    StoreOptions store;

    @Option(names = "--json", description = "JSON Lines, one story per line.")
    boolean json;

    @Option(names = "--since", paramLabel = "DATE", description = "Only stories with an article published on or "
            + "after DATE (yyyy-mm-dd).")
    LocalDate since;

    @Option(names = "--query", paramLabel = "TEXT", description = "Only stories whose titles match these words "
            + "(the store's: ranked by BM25).")
    String query;

    @Option(names = "--outlet", paramLabel = "NAME", description = "Only stories with an article of this outlet.")
    String outlet;

    @Option(names = "--limit", paramLabel = "N", defaultValue = "100",
            description = "The most stories to list from the store (default: ${DEFAULT-VALUE}).")
    int limit;

    @Option(names = "--offset", paramLabel = "N", defaultValue = "0", description = "Stories of the store to skip.")
    int offset;

    @Mixin
    SettingsOption tuned;

    @Option(names = "--no-embeddings", description = "Do not load the sentence-embedding model.")
    boolean noEmbeddings;

    @Override
    public Integer call() {
        // Titles, outlets and file names come from the inputs: shown, never obeyed by the terminal.
        PrintWriter out = TerminalSafeText.writer(spec.commandLine().getOut());
        if (paths.isEmpty()) {
            try (StoryStore s = store.openForReading()) {
                List<StoredStory> stories = s.stories(since, query, outlet, Math.max(0, offset), Math.max(0, limit));
                for (StoredStory story : stories) {
                    if (json) {
                        out.println(story.summary().json());
                    } else {
                        print(story.summary(), out);
                    }
                }
                if (!json) {
                    StoryStore.Size size = s.size();
                    out.println(stories.size() + " of " + size.stories() + " stor" + (size.stories() == 1 ? "y" : "ies")
                            + " listed; the store holds " + size.articles() + " article(s), " + size.versions()
                            + " version(s).");
                }
            }
            out.flush();
            return ExitCodes.OK;
        }
        PipelineSettings settings = tuned.settings().withThreads(input.threadCount())
                .withLimits(input.limits()).withEmbeddings(!noEmbeddings);
        CollatePipeline.Result result = new CollatePipeline(settings).run(paths,
                InputOptions.reporter(spec.commandLine().getErr()));
        int listed = 0;
        for (StoryReport r : result.reports()) {
            StorySummary summary = StorySummary.of(r);
            if (!matches(summary)) {
                continue;
            }
            listed++;
            if (json) {
                out.println(summary.json());
                continue;
            }
            print(summary, r, out);
        }
        if (!json) {
            out.println(result.counts().articles() + " article(s) in " + result.reports().size() + " stor"
                    + (result.reports().size() == 1 ? "y" : "ies") + (listed == result.reports().size() ? "" :
                    "; " + listed + " listed") + ".");
        }
        out.flush();
        return InputOptions.exitCode(result.counts());
    }

    /** The filters, for stories of an in-memory run: every word of --query in the title, any case. */
    private boolean matches(StorySummary s) {
        if (since != null && (s.lastSeen() == null || s.lastSeen().isBefore(since))) {
            return false;
        }
        if (outlet != null && s.outlets().stream().noneMatch(o -> o.equalsIgnoreCase(outlet.strip()))) {
            return false;
        }
        if (query != null) {
            String title = s.title() == null ? "" : s.title().toLowerCase(Locale.ROOT);
            for (String word : query.toLowerCase(Locale.ROOT).split("\\s+")) {
                if (!word.isBlank() && !title.contains(word)) {
                    return false;
                }
            }
        }
        return true;
    }

    private static void header(StorySummary s, PrintWriter out) {
        String range = s.firstSeen() == null ? "undated" : s.firstSeen().equals(s.lastSeen())
                ? s.firstSeen().toString() : s.firstSeen() + " … " + s.lastSeen();
        out.println(s.id() + "  " + s.title());
        out.println("    " + s.articles().size() + " article" + (s.articles().size() == 1 ? "" : "s") + ", " + range
                + ", " + String.join(", ", s.outlets()) + (s.conflicts() == 0 ? "" : ", " + s.conflicts()
                + " conflict" + (s.conflicts() == 1 ? "" : "s")));
    }

    /** A story of the store: its articles by id, outlet and relation. */
    private static void print(StorySummary s, PrintWriter out) {
        header(s, out);
        for (StorySummary.Member m : s.articles()) {
            out.println("      " + m.id() + "  " + (m.relation() == null ? "" : m.relation()) + "  "
                    + (m.url() != null ? m.url() : m.outlet() != null ? m.outlet() : ""));
        }
        out.println();
    }

    /** A story of an in-memory run: its articles with their flags and titles. */
    private static void print(StorySummary s, StoryReport r, PrintWriter out) {
        header(s, out);
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
}
