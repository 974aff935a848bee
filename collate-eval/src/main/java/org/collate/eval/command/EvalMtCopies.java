package org.collate.eval.command;

import org.collate.eval.reconcile.MtCopiesEvaluator;
import org.collate.pipeline.PipelineSettings;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;

/** {@code collate eval mt-copies}: false conflicts, pronoun speakers and tie claims on faithful renderings. */
@Command(name = "mt-copies", mixinStandardHelpOptions = true,
        description = {"Feeds each document of the mt-copies set (a human translation and machine translations of "
                + "one news article) as articles of one day from one outlet each, through the whole pipeline, and "
                + "prints: stories B-cubed against the documents, conflicts and variants per story by slot, quotes "
                + "whose speaker is a pronoun, provenance claims of 'earliest published' among same-day renderings, "
                + "and how often each sign of machine translation shows in human and in machine renderings."})
final class EvalMtCopies implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Option(names = "--gold", paramLabel = "FILE", description = "The set (default: ../shared/eval/mt-copies/dev.jsonl).")
    Path gold;

    @Option(names = "--all", description = "Feed every rendering of each document (default: the human one and three "
            + "machine ones drawn with --seed).")
    boolean all;

    @Option(names = "--seed", defaultValue = "1", description = "Seed for the machine renderings drawn (default: ${DEFAULT-VALUE}).")
    long seed;

    @Option(names = "--together", description = "Run every document's renderings in one run (default: each document "
            + "on its own). Together, documents on one topic and day may rightly share a story (two outlets' reports "
            + "of one statement), so B-cubed precision then also measures how same-day topics are told apart.")
    boolean together;

    @Option(names = "--show", description = "Print every conflict and variant with its readings, for reading by hand.")
    boolean show;

    @Option(names = "--no-embeddings", description = "Run without the sentence embeddings.")
    boolean noEmbeddings;

    @CommandLine.Mixin
    SettingsOption tuned;

    @Override
    public Integer call() throws IOException {
        PrintWriter o = spec.commandLine().getOut();
        Path file = SharedData.require(gold, "eval/mt-copies/dev.jsonl", spec.commandLine());
        PipelineSettings settings = tuned.settings();
        if (noEmbeddings) {
            settings = settings.withEmbeddings(false);
        }
        List<MtCopiesEvaluator.Document> docs = MtCopiesEvaluator.read(file);
        MtCopiesEvaluator.Mode mode = all ? MtCopiesEvaluator.Mode.ALL : MtCopiesEvaluator.Mode.SAMPLE;
        long t0 = System.nanoTime();
        MtCopiesEvaluator.Report r = MtCopiesEvaluator.evaluate(docs, mode, seed, settings, together);
        if (show) {
            for (MtCopiesEvaluator.ShownFact f : r.shown()) {
                o.printf("%s  %s [%s] %s%n", f.document(), f.status(), f.slot(), f.about());
                f.sides().forEach(s -> o.println("    " + s));
            }
            o.println();
        }
        o.printf(Locale.ROOT, "%d documents, %d articles (%s), %.0f s%n", r.documents(), r.articles(),
                (all ? "every rendering" : "human + 3 machine renderings, seed " + seed)
                        + (together ? ", all documents in one run" : ", each document on its own"), (System.nanoTime() - t0) / 1e9);
        o.printf(Locale.ROOT, "stories     %d (gold %d)  B-cubed P %.4f R %.4f F1 %.4f%n", r.stories().clusters(),
                r.stories().classes(), r.stories().bcubed().precision(), r.stories().bcubed().recall(),
                r.stories().bcubed().f1());
        o.printf(Locale.ROOT, "conflicts   %d, %.2f per story  %s%n", r.conflicts(), r.conflictsPerStory(),
                bySlot(r.conflictsBySlot()));
        o.printf(Locale.ROOT, "variants    %d, %.2f per story  %s%n", r.variants(),
                r.stories().clusters() == 0 ? 0.0 : r.variants() / (double) r.stories().clusters(),
                bySlot(r.variantsBySlot()));
        o.printf(Locale.ROOT, "speakers    %d quotes, %d with a pronoun as speaker%n", r.quotes(), r.pronounSpeakers());
        r.pronounExamples().forEach(e -> o.println("    " + e));
        o.printf(Locale.ROOT, "tie claims  %d ('earliest published' among same-day renderings)%n", r.tieClaims());
        r.tieExamples().forEach(e -> o.println("    " + e));
        o.println("machine-translation signs, articles showing each (human / machine renderings, precision):");
        r.signs().forEach((k, c) -> o.printf(Locale.ROOT, "    %-42s %4d / %4d  %.3f%n", k, c.inHuman(), c.inMachine(),
                c.precision()));
        o.printf(Locale.ROOT, "    %-42s %4d / %4d  %.3f%n", "flag (machine-translation)", r.flagged().inHuman(),
                r.flagged().inMachine(), r.flagged().precision());
        return CommandLine.ExitCode.OK;
    }

    private static String bySlot(Map<String, Integer> m) {
        StringBuilder sb = new StringBuilder();
        m.forEach((k, v) -> sb.append(sb.isEmpty() ? "(" : ", ").append(k).append(' ').append(v));
        return sb.isEmpty() ? "" : sb.append(')').toString();
    }
}
