package org.collate.eval.command;

import org.collate.eval.date.DateEvaluator;
import org.collate.eval.date.DateFolds;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.Callable;

/** {@code collate eval dates}: publication-day accuracy and coverage on the labelled news pages. */
@Command(name = "dates", mixinStandardHelpOptions = true,
        description = "Publication-date extraction on news pages in many languages (gold.json + html/): lists "
                + "the wrong and abstained pages, then prints day accuracy (correct / pages given a date) and "
                + "coverage (pages given a date / all pages).")
final class EvalDates implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @CommandLine.Mixin
    SettingsOption tuned;

    @Option(names = "--dir", paramLabel = "DIR",
            description = "Directory with gold.json and html/ (default: ../shared/eval/dates; "
                    + "../shared/eval/dates-web holds gzip'd pages, which are read as well).")
    Path dir;

    @Option(names = "--all", description = "List every page, not only the failures.")
    boolean all;

    @Option(names = "--explain", description = "Under each page listed, show every date candidate and the decision.")
    boolean explain;

    @Option(names = "--folds", paramLabel = "K",
            description = "Also deal the pages into K folds (shuffled with --seed) and print each fold's figures.")
    Integer folds;

    @Option(names = "--seed", paramLabel = "S", defaultValue = "1", description = "Seed of the fold shuffle (default 1).")
    long seed;

    @Option(names = "--hold-out", paramLabel = "F",
            description = "With --folds: list only the failures of the other folds (the pages rules may be decided "
                    + "on) and print the training folds' and the held-out fold F's figures apart.")
    Integer holdOut;

    @Override
    public Integer call() throws IOException {
        CommandLine cl = spec.commandLine();
        Path data = SharedData.require(dir, "eval/dates", cl);
        SharedData.require(data.resolve("gold.json"), "eval/dates/gold.json", cl);
        PrintWriter o = cl.getOut();
        DateEvaluator.Report report = new DateEvaluator(tuned.settings().extraction()).evaluate(data, explain);
        if (holdOut != null && (folds == null || holdOut < 0 || holdOut >= folds)) {
            throw new CommandLine.ParameterException(cl, "--hold-out needs --folds K and a fold from 0 to K-1");
        }
        DateFolds split = folds == null ? null : DateFolds.of(report, folds, seed);
        for (int i = 0; i < report.pages().size(); i++) {
            DateEvaluator.PageResult page = report.pages().get(i);
            boolean failed = page.outcome() == DateEvaluator.Outcome.WRONG
                    || page.outcome() == DateEvaluator.Outcome.ABSTAINED;
            if (!all && !failed || holdOut != null && split.fold().get(i).equals(holdOut)) {
                continue;
            }
            o.printf(Locale.ROOT, "  %-14s expected %-10s got %-10s %-9s %s  %s%s%n", page.outcome(),
                    page.expected() == null ? "none" : page.expected(),
                    page.predicted() == null ? "none" : page.predicted().day(),
                    page.predicted() == null ? "" : page.predicted().source(),
                    page.file(), page.url(), page.skipped() == null ? "" : "  (extraction skipped the page)");
            if (page.explanation() != null) {
                o.print(page.explanation());
            }
        }
        if (split != null) {
            for (int f = 0; f < folds; f++) {
                DateFolds.Score s = split.score(report, f, true);
                o.printf(Locale.ROOT, "fold %d%s: %d pages  accuracy %.4f (%d/%d)  coverage %.4f%n", f,
                        holdOut != null && holdOut == f ? " (held out)" : "", s.pages(), s.accuracy(), s.correct(),
                        s.dated(), s.coverage());
            }
            if (holdOut != null) {
                DateFolds.Score train = split.score(report, holdOut, false);
                o.printf(Locale.ROOT, "training folds: %d pages  accuracy %.4f  coverage %.4f%n", train.pages(),
                        train.accuracy(), train.coverage());
            }
        }
        if (report.pathMismatches() > 0) {
            o.printf(Locale.ROOT, "warning: %d pages got another date through the full extraction path%n",
                    report.pathMismatches());
        }
        o.printf(Locale.ROOT, "dates: %d pages  accuracy %.4f (%d/%d correct)  coverage %.4f (%d dated)  "
                        + "wrong %d  abstained %d  undated-correctly %d%n",
                report.pages().size(), report.accuracy(), report.count(DateEvaluator.Outcome.CORRECT),
                report.dated(), report.coverage(), report.dated(), report.count(DateEvaluator.Outcome.WRONG),
                report.count(DateEvaluator.Outcome.ABSTAINED), report.count(DateEvaluator.Outcome.NONE_CORRECTLY));
        // The figures above date every page; a run skips the pages it finds no article text in, and gives them
        // only the day their skip line states. Said apart, so that neither figure hides the other.
        DateEvaluator.Report run = report.asRun();
        o.printf(Locale.ROOT, "as a run dates them: %d pages skipped as no article text, %d of them dated by their "
                        + "skip line; accuracy %.4f (%d/%d)  coverage %.4f%n",
                report.pages().stream().filter(p -> p.skipped() != null).count(),
                report.pages().stream().filter(p -> p.skipDay() != null).count(),
                run.accuracy(), run.count(DateEvaluator.Outcome.CORRECT), run.dated(), run.coverage());
        return CommandLine.ExitCode.OK;
    }
}
