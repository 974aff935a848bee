package org.collate.eval.command;

import org.collate.extract.DocumentExtractor;
import org.collate.eval.extract.ReadabilityEvaluator;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.Callable;

/** {@code collate eval readability}: body, title, byline and language on Mozilla Readability's test pages. */
@Command(name = "readability", mixinStandardHelpOptions = true,
        description = "Extraction on Mozilla Readability's test pages: body token F1 against expected.html, exact "
                + "title, byline and language matches, and 'no article' on pages marked not readerable.")
final class EvalReadability implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @CommandLine.Mixin
    SettingsOption tuned;

    @Option(names = "--dir", paramLabel = "DIR", description = "One folder per page with source.html, "
            + "expected.html and expected-metadata.json (default: ../shared/eval/readability).")
    Path dir;

    @Option(names = "--worst", paramLabel = "N", defaultValue = "10",
            description = "List the N readerable pages with the lowest body F1 (default: ${DEFAULT-VALUE}).")
    int worst;

    @Option(names = "--mismatches", description = "List every title and byline mismatch.")
    boolean mismatches;

    @Override
    public Integer call() throws IOException {
        CommandLine cl = spec.commandLine();
        Path folder = SharedData.require(dir, "eval/readability", cl);
        PrintWriter o = cl.getOut();
        ReadabilityEvaluator.Report report = new ReadabilityEvaluator(
                new DocumentExtractor(tuned.settings().extraction())).evaluate(folder);
        if (worst > 0) {
            o.println("lowest body F1:");
            for (ReadabilityEvaluator.PageResult p : report.worst(worst)) {
                o.printf(Locale.ROOT, "  %.3f  P %.3f R %.3f  %s%s%n", p.f1(), p.precision(), p.recall(), p.name(),
                        p.skipReason() == null ? "" : "  (skipped: " + p.skipReason() + ")");
            }
        }
        for (ReadabilityEvaluator.PageResult p : report.pages()) {
            if (!p.readerable()) {
                o.printf(Locale.ROOT, "  not readerable: %-28s %s%n", p.name(),
                        p.extracted() ? "article given (wrong)" : "no article (right)");
            } else if (mismatches) {
                if (!p.titleMatch()) {
                    o.printf(Locale.ROOT, "  title  %-28s expected %s | got %s%n", p.name(), p.expectedTitle(),
                            p.title());
                }
                if (!p.bylineMatch()) {
                    o.printf(Locale.ROOT, "  byline %-28s expected %s | got %s%n", p.name(), p.expectedByline(),
                            p.byline());
                }
            }
        }
        o.printf(Locale.ROOT, "readability: %d pages (%d readerable)  body F1 %.4f  precision %.4f  recall %.4f  "
                        + "title %.3f  byline %.3f  language %.3f (%d pages)  no-article %.3f (%d pages)%n",
                report.pages().size(), report.readerable(), report.f1(), report.precision(), report.recall(),
                report.titleRate(), report.bylineRate(), report.languageRate(), report.languagePages(),
                report.notReaderableRate(), report.notReaderable());
        return CommandLine.ExitCode.OK;
    }
}
