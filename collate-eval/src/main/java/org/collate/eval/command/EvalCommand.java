package org.collate.eval.command;

import org.collate.extract.DocumentExtractor;
import org.collate.eval.extract.ExtractionEvaluator;
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

/** {@code collate eval}: each stage's quality on real, labelled data. */
@Command(name = "eval", mixinStandardHelpOptions = true,
        description = "Measures a stage's quality on labelled data (defaults read ../shared/eval).",
        subcommands = {EvalCommand.Extraction.class, EvalReadability.class, EvalDates.class, EvalQuotes.class,
                EvalClusters.class, EvalReconcile.class, EvalMtCopies.class, EvalFactSample.class})
public final class EvalCommand implements Runnable {

    @Spec
    CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }

    @Command(name = "extraction", mixinStandardHelpOptions = true,
            description = "Article-body extraction on the article-extraction benchmark: writes predictions in its "
                    + "format and prints F1, precision and recall with its 4-gram shingle metric.")
    static final class Extraction implements Callable<Integer> {
        @Spec
        CommandSpec spec;

        @Option(names = "--html-dir", paramLabel = "DIR", description = "Pages as <key>.html.gz "
                + "(default: ../shared/eval/extraction/html).")
        Path htmlDir;

        @Option(names = "--truth", paramLabel = "FILE", description = "ground-truth.json "
                + "(default: ../shared/eval/extraction/ground-truth.json).")
        Path truth;

        @Option(names = "--out", paramLabel = "FILE", description = "Where to write the predictions.")
        Path out;

        @CommandLine.Mixin
        SettingsOption tuned;

        @Option(names = "--worst", paramLabel = "N", defaultValue = "10",
                description = "List the N pages with the lowest F1 (default: ${DEFAULT-VALUE}).")
        int worst;

        @Override
        public Integer call() throws IOException {
            CommandLine cl = spec.commandLine();
            Path dir = SharedData.require(htmlDir, "eval/extraction/html", cl);
            Path truthFile = SharedData.require(truth, "eval/extraction/ground-truth.json", cl);
            PrintWriter o = cl.getOut();
            ExtractionEvaluator.Report report = new ExtractionEvaluator(
                    new DocumentExtractor(tuned.settings().extraction())).evaluate(dir, truthFile);
            if (out != null) {
                ExtractionEvaluator.writePredictions(report, out);
                o.println("predictions written to " + out);
            }
            if (worst > 0) {
                o.println("lowest F1:");
                for (ExtractionEvaluator.PageResult page : report.worst(worst)) {
                    o.printf(Locale.ROOT, "  %.3f  P %.3f R %.3f  %s%s%n", page.f1(),
                            precision(page), recall(page), page.key(),
                            page.skipReason() == null ? "" : "  (skipped: " + page.skipReason() + ")");
                }
            }
            o.printf(Locale.ROOT, "extraction: %d pages  F1 %.4f  precision %.4f  recall %.4f%n",
                    report.pages().size(), report.overall().f1(), report.overall().precision(),
                    report.overall().recall());
            return CommandLine.ExitCode.OK;
        }

        private static double precision(ExtractionEvaluator.PageResult p) {
            double d = p.counts().tp() + p.counts().fp();
            return d == 0 ? 0 : p.counts().tp() / d;
        }

        private static double recall(ExtractionEvaluator.PageResult p) {
            double d = p.counts().tp() + p.counts().fn();
            return d == 0 ? 0 : p.counts().tp() / d;
        }
    }
}
