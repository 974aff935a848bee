package org.collate.eval.command;

import org.collate.analyze.ArticleAnalyzer;
import org.collate.analyze.signature.SentenceEmbedder;
import org.collate.model.Evidence;
import org.collate.model.Fact;
import org.collate.model.Reading;
import org.collate.model.Span;
import org.collate.eval.reconcile.MutationGenerator;
import org.collate.eval.reconcile.MutationGenerator.Edit;
import org.collate.eval.reconcile.MutationGenerator.Finding;
import org.collate.eval.reconcile.MutationGenerator.Kind;
import org.collate.eval.reconcile.ReconcileEvaluator;
import org.collate.reconcile.ReconcileSettings;
import org.collate.reconcile.StoryReconciler;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;

/** {@code collate eval reconcile}: the reconcile stage's self-consistency check with synthetic edits. */
@Command(name = "reconcile", mixinStandardHelpOptions = true,
        description = {"A self-consistency check of the reconcile stage with synthetic edits (the mutation "
                + "benchmark): each English article of the extraction ground truth beside a copy with known edits "
                + "(numbers, titles, names, weekdays and quote words changed; a sentence dropped, one inserted from "
                + "another article; meaning-preserving rewordings), chosen without the detector's own similarity "
                + "tests, reconciled as one story with copies counted as independent sources. It measures recall; "
                + "precision on real coverage needs judging by reading.",
                "Prints recall per kind of edit, precision over the conflicts and single-source facts raised, and "
                        + "false conflicts. Definitions: MutationGenerator's and ReconcileEvaluator's documentation. "
                        + "The last line reads 'reconcile: recall R precision P (N edits over M article pairs; F "
                        + "false conflicts)'."})
final class EvalReconcile implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Option(names = "--truth", paramLabel = "FILE", description = "ground-truth.json with the article texts "
            + "(default: ../shared/eval/extraction/ground-truth.json).")
    Path truth;

    @Option(names = "--texts", paramLabel = "DIR", description = "Edit these plain-text articles (every .txt file "
            + "of DIR, in name order) instead of the extraction ground truth: a set the stage was not tuned on, such "
            + "as ../shared/eval/quotes/train/text.")
    Path texts;

    @Option(names = "--seed", paramLabel = "N", description = "The edits' random seed (default: the benchmark's, "
            + MutationGenerator.DEFAULT_SEED + ").")
    Long seed;

    @Option(names = "--pairs", paramLabel = "N", defaultValue = "0",
            description = "Use only the first N eligible articles (default: all).")
    int pairs;

    @Option(names = "--errors", paramLabel = "FILE",
            description = "Write every missed edit and every false flag, with its sentences, here.")
    Path errors;

    @Option(names = "--no-embeddings", description = "Reconcile without the sentence-embedding model.")
    boolean noEmbeddings;

    @Option(names = "--as-copies", description = "Reconcile each pair as a run does, the copy counted with its "
            + "original as one source (collapseCopies on): a change between copies must show all the same.")
    boolean asCopies;

    @CommandLine.Mixin
    SettingsOption tuned;

    @Override
    public Integer call() throws IOException {
        CommandLine cl = spec.commandLine();
        ReconcileSettings settings = tuned.settings().reconcile().withCollapseCopies(asCopies)
                .withEmbeddings(!noEmbeddings);
        if (texts != null && truth != null) {
            throw new CommandLine.ParameterException(cl, "give --truth or --texts, not both");
        }
        if (texts != null && !Files.isDirectory(texts)) {
            throw new CommandLine.ParameterException(cl, "--texts " + texts + ": not a directory");
        }
        List<MutationGenerator.Source> sources = texts != null ? MutationGenerator.readTexts(texts)
                : MutationGenerator.readTruth(SharedData.require(truth, "eval/extraction/ground-truth.json", cl));
        PrintWriter out = cl.getOut();
        ArticleAnalyzer analyzer = new ArticleAnalyzer(false);
        MutationGenerator generator = new MutationGenerator(analyzer,
                seed == null ? MutationGenerator.DEFAULT_SEED : seed);
        List<MutationGenerator.Pair> list = generator.generate(sources, pairs);
        StoryReconciler reconciler = new StoryReconciler(settings, noEmbeddings ? null : SentenceEmbedder.shared());
        ReconcileEvaluator.Report report = new ReconcileEvaluator(reconciler, analyzer::analyze).evaluate(list);
        if (errors != null) {
            Files.write(errors, errorLines(report), StandardCharsets.UTF_8);
            out.println("errors written to " + errors);
        }
        out.println("recall by kind of edit:");
        for (Map.Entry<Kind, ReconcileEvaluator.KindScore> e : report.byKind().entrySet()) {
            if (e.getKey().finding() == Finding.NONE) {
                continue;
            }
            out.printf(Locale.ROOT, "  %-22s %-28s %4d / %4d  %.3f%n", e.getKey().label(), expected(e.getKey()),
                    e.getValue().found(), e.getValue().edits(), e.getValue().recall());
        }
        if (asCopies) {
            // Collapsed, a copy and its original are one source: each of their sentences is single-source by design,
            // so only the differences (conflicts and variants) are scored.
            int found = 0;
            int edits = 0;
            for (Map.Entry<Kind, ReconcileEvaluator.KindScore> e : report.byKind().entrySet()) {
                Finding f = e.getKey().finding();
                if (f == Finding.CONFLICT || f == Finding.VARIANT || f == Finding.DIFFERENCE) {
                    found += e.getValue().found();
                    edits += e.getValue().edits();
                }
            }
            out.printf(Locale.ROOT, "as copies: changes between a copy and its original found %d / %d (%.3f); %d false "
                    + "conflicts%n", found, edits, edits == 0 ? 0 : found / (double) edits, report.falseConflicts());
            return CommandLine.ExitCode.OK;
        }
        out.printf(Locale.ROOT, "rewordings (must not be flagged): %d, flagged %d (%d false conflicts on them)%n",
                report.rewordings(), report.rewordingsFlagged(), report.falseConflictsOnRewordings());
        out.printf(Locale.ROOT, "flags raised: %d, correct %d; false conflicts %d, false single-source %d%n",
                report.flags(), report.correctFlags(), report.falseConflicts(), report.falseSingleSource());
        out.printf(Locale.ROOT, "reconcile: recall %.3f precision %.3f (%d edits over %d article pairs; %d false "
                        + "conflicts)%n", report.recall(), report.precision(), report.edits(), report.pairs().size(),
                report.falseConflicts());
        return CommandLine.ExitCode.OK;
    }

    private static String expected(Kind k) {
        return switch (k.finding()) {
            case CONFLICT -> "(conflict: " + k.slot() + ")";
            case VARIANT -> "(variant: " + k.slot() + ")";
            case DIFFERENCE -> "(conflict or variant: " + k.slot() + ")";
            case SINGLE_SOURCE_ORIGINAL -> "(single-source: original)";
            case SINGLE_SOURCE_MUTATED -> "(single-source: copy)";
            case NONE -> "(nothing)";
        };
    }

    private static List<String> errorLines(ReconcileEvaluator.Report report) {
        List<String> lines = new ArrayList<>();
        for (ReconcileEvaluator.PairResult p : report.pairs()) {
            String o = p.pair().original().text();
            String m = p.pair().mutated().text();
            for (ReconcileEvaluator.EditResult e : p.edits()) {
                if (e.found()) {
                    continue;
                }
                Edit edit = e.edit();
                lines.add(String.join("\t", edit.kind().finding() == Finding.NONE ? "flagged-rewording" : "missed",
                        p.pair().key(), edit.kind().name(), oneLine(edit.detail()), "got: " + e.got(),
                        "original: " + context(o, edit.original()), "copy: " + context(m, edit.mutated())));
            }
            for (ReconcileEvaluator.FlagResult f : p.flags()) {
                if (f.verdict() == ReconcileEvaluator.Verdict.CORRECT) {
                    continue;
                }
                Fact fact = f.fact();
                List<String> readings = new ArrayList<>();
                for (Reading r : fact.readings()) {
                    List<String> ev = new ArrayList<>();
                    for (Evidence x : r.evidence()) {
                        ev.add((x.articleId().equals(p.pair().original().id()) ? "O" : "C") + "@" + x.span().start()
                                + " «" + oneLine(x.text()) + "»");
                    }
                    readings.add("[" + oneLine(r.value()) + "] " + String.join(" ", ev));
                }
                lines.add(String.join("\t", f.verdict() == ReconcileEvaluator.Verdict.FALSE_CONFLICT
                                ? "false-conflict" + (f.onRewording() ? "-on-rewording" : "") : "false-single-source",
                        p.pair().key(), fact.slot() == null ? "-" : fact.slot(), oneLine(fact.about()),
                        String.join(" | ", readings)));
            }
        }
        return lines;
    }

    /** The sentence-ish context of the first span: 150 characters either side, the edit in ⟦ ⟧. */
    private static String context(String text, List<Span> spans) {
        if (spans.isEmpty()) {
            return "";
        }
        Span s = spans.get(0);
        int from = Math.max(0, s.start() - 150);
        int to = Math.min(text.length(), s.end() + 150);
        return oneLine(text.substring(from, s.start()) + "⟦" + text.substring(s.start(), s.end()) + "⟧"
                + text.substring(s.end(), to));
    }

    private static String oneLine(String s) {
        return s == null ? "" : s.replace('\n', ' ').replace('\t', ' ');
    }
}
