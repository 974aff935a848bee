package org.collate.eval.command;

import org.collate.analyze.ArticleAnalyzer;
import org.collate.analyze.AnalysisLimits;
import org.collate.analyze.AnalyzeSettings;
import org.collate.eval.quote.QuoteEvaluator;
import org.collate.eval.quote.SpeakerTraining;
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
import java.util.concurrent.Callable;

/** {@code collate eval quotes}: quote extraction and speaker attribution against PolNeAR's attribution relations. */
@Command(name = "quotes", mixinStandardHelpOptions = true,
        description = {"Quote extraction and speaker attribution on PolNeAR (brat standoff: DIR/text/*.txt, "
                + "DIR/attributions/*_<annotator>.ann): recall and precision of direct quotes, speaker accuracy on "
                + "matched direct quotes, and recall and precision over all attributions (indirect speech too).",
                "Definitions: see QuoteEvaluator's documentation. The last line reads "
                        + "'quotes: direct recall R precision P speaker-accuracy A; all recall R2 precision P2'."})
final class EvalQuotes implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Option(names = "--dir", paramLabel = "DIR",
            description = "A PolNeAR split with text/ and attributions/ (default: ../shared/eval/quotes/dev).")
    Path dir;

    @Option(names = "--errors", paramLabel = "FILE",
            description = "Write every error (missed, false, wrong speaker; first annotator of each document) here.")
    Path errors;

    @Option(names = "--rules", description = "Score the speaker rules alone, without the shipped speaker model.")
    boolean rules;

    @Option(names = "--folds", paramLabel = "K", description = "Cross-validate the speaker model instead: the "
            + "documents of the --cv-dir splits dealt into K folds, each scored by a model trained on the others.")
    Integer folds;

    @Option(names = "--seed", paramLabel = "S", defaultValue = "1",
            description = "How --folds shuffles the documents (default: ${DEFAULT-VALUE}).")
    long seed;

    @Option(names = "--cv-dir", paramLabel = "DIR", description = "A split to cross-validate on, repeatable "
            + "(default: ../shared/eval/quotes/train and ../shared/eval/quotes/dev).")
    List<Path> cvDirs;

    @Override
    public Integer call() throws IOException {
        CommandLine cl = spec.commandLine();
        PrintWriter out = cl.getOut();
        if (folds != null) {
            return crossValidate(cl, out);
        }
        Path split = SharedData.require(dir, "eval/quotes/dev", cl);
        ArticleAnalyzer analyzer = rules
                ? new ArticleAnalyzer(null, AnalysisLimits.DEFAULT, AnalyzeSettings.DEFAULT, null)
                : new ArticleAnalyzer(false);
        QuoteEvaluator.Report report = new QuoteEvaluator(analyzer::analyze).evaluate(split);
        QuoteEvaluator.Scores s = report.scores();
        if (errors != null) {
            List<String> lines = new ArrayList<>();
            for (QuoteEvaluator.Finding f : report.findings()) {
                lines.add(String.join("\t", f.kind(), f.document(), Integer.toString(f.span().start()),
                        oneLine(f.text()), "expected: " + oneLine(f.expected()), "got: " + oneLine(f.got())));
            }
            Files.write(errors, lines, StandardCharsets.UTF_8);
            out.println("errors written to " + errors);
        }
        out.printf(Locale.ROOT, "%d documents, %d annotation files%n", report.documents(), report.annotations());
        out.printf(Locale.ROOT, "direct: gold %.1f, found %.1f; predicted %.1f, matching %.1f; speakers judged %.1f, "
                        + "right %.1f%n", s.goldDirect(), s.foundDirect(), s.predictedDirect(), s.correctDirect(),
                s.judgedSpeakers(), s.rightSpeakers());
        out.printf(Locale.ROOT, "all: gold %.1f, found %.1f; predicted %.1f, matching %.1f%n", s.goldAll(),
                s.foundAll(), s.predictedAll(), s.correctAll());
        out.printf(Locale.ROOT, "quotes: direct recall %.3f precision %.3f speaker-accuracy %.3f; all recall %.3f "
                        + "precision %.3f%n", s.directRecall(), s.directPrecision(), s.speakerAccuracy(),
                s.allRecall(), s.allPrecision());
        return CommandLine.ExitCode.OK;
    }

    private int crossValidate(CommandLine cl, PrintWriter out) throws IOException {
        if (folds < 2) {
            throw new CommandLine.ParameterException(cl, "--folds needs at least 2");
        }
        List<Path> splits = new ArrayList<>();
        if (cvDirs == null || cvDirs.isEmpty()) {
            splits.add(SharedData.require(null, "eval/quotes/train", cl));
            splits.add(SharedData.require(null, "eval/quotes/dev", cl));
        } else {
            for (Path p : cvDirs) {
                splits.add(SharedData.require(p, "eval/quotes/train", cl));
            }
        }
        List<SpeakerTraining.Document> docs = SpeakerTraining.load(splits);
        SpeakerTraining.CrossValidation cv = SpeakerTraining.crossValidate(docs, folds, seed);
        for (int f = 0; f < cv.folds().size(); f++) {
            QuoteEvaluator.Report r = cv.folds().get(f);
            out.printf(Locale.ROOT, "fold %d: %d documents; direct recall %.3f precision %.3f speaker-accuracy "
                            + "%.3f (%.1f of %.1f)%n", f + 1, r.documents(), r.scores().directRecall(),
                    r.scores().directPrecision(), r.scores().speakerAccuracy(), r.scores().rightSpeakers(),
                    r.scores().judgedSpeakers());
        }
        QuoteEvaluator.Scores base = cv.rules().scores();
        out.printf(Locale.ROOT, "rules alone, same documents: direct recall %.3f precision %.3f "
                + "speaker-accuracy %.3f%n", base.directRecall(), base.directPrecision(), base.speakerAccuracy());
        QuoteEvaluator.Scores s = cv.pooled().scores();
        out.printf(Locale.ROOT, "cross-validated (%d folds, seed %d, %d documents): direct recall %.3f precision %.3f "
                        + "speaker-accuracy %.3f%n", folds, seed, cv.pooled().documents(), s.directRecall(),
                s.directPrecision(), s.speakerAccuracy());
        return CommandLine.ExitCode.OK;
    }

    private static String oneLine(String s) {
        return s == null ? "" : s.replace('\n', ' ').replace('\t', ' ');
    }
}
