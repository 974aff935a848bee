package org.collate.eval.command;

import org.collate.extract.DocumentExtractor;
import org.collate.eval.date.DateEvaluator;
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

    @Option(names = "--dir", paramLabel = "DIR",
            description = "Directory with gold.json and html/ (default: ../shared/eval/dates).")
    Path dir;

    @Option(names = "--all", description = "List every page, not only the failures.")
    boolean all;

    @Option(names = "--explain", description = "Under each page listed, show every date candidate and the decision.")
    boolean explain;

    @Override
    public Integer call() throws IOException {
        CommandLine cl = spec.commandLine();
        Path data = SharedData.require(dir, "eval/dates", cl);
        SharedData.require(data.resolve("gold.json"), "eval/dates/gold.json", cl);
        PrintWriter o = cl.getOut();
        DateEvaluator.Report report = new DateEvaluator(new DocumentExtractor()).evaluate(data, explain);
        for (DateEvaluator.PageResult page : all ? report.pages() : report.failures()) {
            o.printf(Locale.ROOT, "  %-14s expected %-10s got %-10s %-9s %s  %s%s%n", page.outcome(),
                    page.expected() == null ? "none" : page.expected(),
                    page.predicted() == null ? "none" : page.predicted().day(),
                    page.predicted() == null ? "" : page.predicted().source(),
                    page.file(), page.url(), page.skipped() == null ? "" : "  (extraction skipped the page)");
            if (page.explanation() != null) {
                o.print(page.explanation());
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
        return CommandLine.ExitCode.OK;
    }
}
