package org.collate.cli;

import org.collate.output.TerminalSafeText;
import org.collate.store.StoredStory;
import org.collate.store.StoryStore;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

import java.io.PrintWriter;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.Callable;

/** {@code collate search TEXT}: stories and articles of the store that match words. */
@Command(name = "search", mixinStandardHelpOptions = true,
        description = {"Finds stories (by their articles' titles) and articles (by title and text) in the store, "
                + "best match first (BM25); --entity, --from and --to narrow the articles."})
final class SearchCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Parameters(paramLabel = "TEXT", arity = "1..*", description = "The words to find.")
    List<String> words;

    @Mixin
    StoreOptions store;

    @Option(names = "--entity", paramLabel = "NAME", description = "Only articles that name this person, "
            + "organisation or place (a full name or one word of it, any case).")
    String entity;

    @Option(names = "--from", paramLabel = "DATE", description = "Only articles published on or after DATE.")
    LocalDate from;

    @Option(names = "--to", paramLabel = "DATE", description = "Only articles published on or before DATE.")
    LocalDate to;

    @Option(names = "--limit", paramLabel = "N", defaultValue = "20",
            description = "The most articles and stories to list (default: ${DEFAULT-VALUE}).")
    int limit;

    @Override
    public Integer call() {
        PrintWriter out = TerminalSafeText.writer(spec.commandLine().getOut());
        String text = String.join(" ", words);
        try (StoryStore s = store.openForReading()) {
            List<StoredStory> stories = entity == null && from == null && to == null
                    ? s.stories(null, text, null, 0, limit) : List.of();
            if (!stories.isEmpty()) {
                out.println("Stories:");
                for (StoredStory story : stories) {
                    out.println("  " + story.summary().id() + "  " + story.summary().title() + "  ("
                            + story.summary().articles().size() + " article(s))");
                }
                out.println();
            }
            List<StoryStore.ArticleHit> hits = s.search(text, entity, from, to, limit);
            out.println("Articles:");
            for (StoryStore.ArticleHit h : hits) {
                var a = h.article();
                out.printf("  %.2f  %s  %s  %s  %s%n", h.score(), h.articleId(),
                        a.published() == null ? "undated" : a.published().day(),
                        a.outlet() == null ? "" : a.outlet(),
                        a.title() == null ? a.origin() : a.title());
                out.println("        story " + h.storyId() + (h.version() > 1 ? ", version " + h.version() : "")
                        + (a.url() == null ? "" : ", " + a.url()));
            }
            out.println(hits.size() + " article(s), " + stories.size() + " stor" + (stories.size() == 1 ? "y" : "ies")
                    + ".");
        }
        out.flush();
        return ExitCodes.OK;
    }
}
