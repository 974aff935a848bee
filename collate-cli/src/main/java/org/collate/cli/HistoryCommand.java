package org.collate.cli;

import org.collate.eval.command.SettingsOption;
import org.collate.model.Fact;
import org.collate.model.Reading;
import org.collate.output.TerminalSafeText;
import org.collate.pipeline.CollatePipeline;
import org.collate.store.ArticleVersion;
import org.collate.store.StoryStore;
import org.collate.store.VersionDiff;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

import java.io.PrintWriter;
import java.util.List;
import java.util.concurrent.Callable;

/** {@code collate history URL}: every version of an article and what changed between them. */
@Command(name = "history", mixinStandardHelpOptions = true,
        description = {"Shows every version of the article at URL (or with that id) that the store has seen, and "
                + "between each two: the headline if it changed, the sentences added, removed and changed, and the "
                + "facts that changed (numbers, names, titles, quotes: conflicts; rewordings and spellings: "
                + "variants), each with the words of both versions."})
final class HistoryCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Parameters(paramLabel = "URL", description = "The article's URL, or its id.")
    String key;

    @Mixin
    StoreOptions store;

    @Mixin
    SettingsOption tuned;

    @Option(names = "--no-embeddings", description = "Do not load the sentence-embedding model.")
    boolean noEmbeddings;

    @Override
    public Integer call() {
        PrintWriter out = TerminalSafeText.writer(spec.commandLine().getOut());
        try (StoryStore s = store.openForReading()) {
            List<ArticleVersion> versions = s.versionsOf(key);
            if (versions.isEmpty()) {
                spec.commandLine().getErr().println(TerminalSafeText.escape("collate: no article " + key
                        + " in store " + store.data));
                return ExitCodes.BAD_INPUT;
            }
            ArticleVersion first = versions.get(0);
            var a = first.analysis().article();
            out.println("article " + first.articleId() + (a.url() == null ? "" : "  " + a.url()) + "  (story "
                    + s.storyOf(first.articleId()) + ")");
            for (ArticleVersion v : versions) {
                out.println("  version " + v.version() + "  seen " + v.seen() + "  " + v.hash().substring(0, 12) + "  "
                        + (v.analysis().article().title() == null ? "" : v.analysis().article().title()));
            }
            if (versions.size() == 1) {
                out.println("one version: never edited since it was first seen.");
                out.flush();
                return ExitCodes.OK;
            }
            CollatePipeline pipeline = new CollatePipeline(tuned.settings().withEmbeddings(!noEmbeddings));
            for (int i = 1; i < versions.size(); i++) {
                print(VersionDiff.between(versions.get(i - 1), versions.get(i), pipeline), out);
            }
        }
        out.flush();
        return ExitCodes.OK;
    }

    private static void print(VersionDiff d, PrintWriter out) {
        out.println();
        out.println("version " + d.before().version() + " → " + d.after().version() + " (" + d.after().seen() + ")");
        if (d.titleAfter() != null || d.titleBefore() != null) {
            out.println("  headline: “" + d.titleBefore() + "” → “" + d.titleAfter() + "”");
        }
        if (d.edits().isEmpty() && d.titleAfter() == null) {
            out.println("  the sentences are the same (the page changed around them)");
        }
        for (VersionDiff.SentenceEdit e : d.edits()) {
            switch (e.kind()) {
                case ADDED -> e.added().forEach(x -> out.println("  + " + x));
                case REMOVED -> e.removed().forEach(x -> out.println("  - " + x));
                case CHANGED -> {
                    e.removed().forEach(x -> out.println("  ~ was: " + x));
                    e.added().forEach(x -> out.println("    now: " + x));
                }
            }
        }
        if (!d.changes().isEmpty()) {
            out.println("  facts that changed:");
            for (Fact f : d.changes()) {
                out.println("    " + f.status().label() + (f.slot() == null ? "" : " (" + f.slot() + ")") + ": "
                        + f.about());
                for (Reading r : f.readings()) {
                    out.println("      " + String.join(", ", r.articleIds()) + ": “" + r.value() + "”");
                }
            }
        }
    }
}
