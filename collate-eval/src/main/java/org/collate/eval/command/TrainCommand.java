package org.collate.eval.command;

import org.collate.analyze.quote.SpeakerRanker;
import org.collate.eval.date.DateChooserTraining;
import org.collate.eval.quote.SpeakerTraining;
import org.collate.extract.date.DateRanker;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;

/** {@code collate train}: fits the models the product ships, from labelled data. */
@Command(name = "train", mixinStandardHelpOptions = true,
        description = "Trains a model the product ships from labelled data (defaults read ../shared/eval).",
        subcommands = {TrainCommand.Speakers.class, TrainCommand.Dates.class})
public final class TrainCommand implements Runnable {

    @Spec
    CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }

    /** The shipped models' places in the source tree, from the repository root. */
    static final Path SPEAKER_MODEL = Path.of("collate-core/src/main/resources" + SpeakerRanker.RESOURCE);
    static final Path DATE_MODEL = Path.of("collate-core/src/main/resources" + DateRanker.RESOURCE);

    /** {@code target}, once its folder is known to exist. */
    static Path writable(Path target, CommandLine cl) {
        Path parent = target.toAbsolutePath().getParent();
        if (parent == null || !Files.isDirectory(parent)) {
            throw new CommandLine.ParameterException(cl, parent + " not found (run from the repository root, "
                    + "or pass --out)");
        }
        return target;
    }

    @Command(name = "speakers", mixinStandardHelpOptions = true,
            description = {"The speaker model: which candidate mention said a direct quote, learned from PolNeAR's "
                    + "train split only (dev stays for evaluation). Deterministic: the same data gives the same file.",
                    "Then rebuild and check with 'collate eval quotes' (dev) and 'collate eval quotes --folds 5'."})
    static final class Speakers implements Callable<Integer> {
        @Spec
        CommandSpec spec;

        @Option(names = "--train", paramLabel = "DIR",
                description = "The PolNeAR split to learn from (default: ../shared/eval/quotes/train).")
        Path train;

        @Option(names = "--out", paramLabel = "FILE", description = "Where to write the model (default: the "
                + "shipped one, " + "collate-core/src/main/resources/org/collate/analyze/quote/speakers.tsv, run "
                + "from the repository root).")
        Path out;

        @Override
        public Integer call() throws IOException {
            CommandLine cl = spec.commandLine();
            Path split = SharedData.require(train, "eval/quotes/train", cl);
            Path target = writable(out != null ? out : SPEAKER_MODEL, cl);
            PrintWriter o = cl.getOut();
            List<SpeakerTraining.Document> docs = SpeakerTraining.load(List.of(split));
            SpeakerRanker model = SpeakerTraining.train(docs);
            try (Writer w = Files.newBufferedWriter(target, StandardCharsets.UTF_8)) {
                model.write(w);
            }
            o.printf(Locale.ROOT, "speaker model: %d documents, %d weighted features, written to %s%n",
                    docs.size(), model.size(), target);
            return CommandLine.ExitCode.OK;
        }
    }

    @Command(name = "dates", mixinStandardHelpOptions = true,
            description = {"The publication-date chooser: which of a page's dates is its publication day, learned "
                    + "from the labelled pages of ../shared/eval/dates and ../shared/eval/dates-web.",
                    "With --folds K, only estimates it: each fold is dated by a chooser trained on the others."})
    static final class Dates implements Callable<Integer> {
        @Spec
        CommandSpec spec;

        @Option(names = "--dir", paramLabel = "DIR", split = ",",
                description = "The labelled sets to learn from, gold.json and html/ each (default: "
                        + "../shared/eval/dates,../shared/eval/dates-web).")
        List<Path> dirs;

        @Option(names = "--folds", paramLabel = "K", description = "Cross-validate with K folds, write nothing.")
        Integer folds;

        @Option(names = "--seed", paramLabel = "S", defaultValue = "1", description = "Seed of the folds (default 1).")
        long seed;

        @Option(names = "--out", paramLabel = "FILE", description = "Where to write the model (default: the "
                + "shipped one, collate-core/src/main/resources/org/collate/extract/date/date-chooser.tsv, run from "
                + "the repository root).")
        Path out;

        @Option(names = "--coverage", paramLabel = "C", defaultValue = "1",
                description = "The share of the pages offering a day that the chooser dates, its abstention "
                        + "threshold set for it on the training pages (default 1: every page that offers a day; "
                        + "about 95 percent of the labelled pages do, so any lower value dates fewer than the 0.95 "
                        + "asked of them).")
        double coverage;

        @Override
        public Integer call() throws IOException {
            CommandLine cl = spec.commandLine();
            PrintWriter o = cl.getOut();
            if (!(coverage > 0 && coverage <= 1)) {
                throw new CommandLine.ParameterException(cl, "--coverage must be above 0 and at most 1, not "
                        + coverage);
            }
            List<Path> given = dirs != null ? dirs : List.of(SharedData.require(null, "eval/dates", cl),
                    SharedData.require(null, "eval/dates-web", cl));
            Path target = folds != null ? null : writable(out != null ? out : DATE_MODEL, cl);
            List<List<DateChooserTraining.Page>> sets = new ArrayList<>();
            for (Path dir : given) {
                SharedData.require(dir.resolve("gold.json"), "gold.json", cl);
                sets.add(DateChooserTraining.pages(dir, String.valueOf(dir.getFileName())));
            }
            if (folds != null) {
                List<DateChooserTraining.Outcome> outcomes = DateChooserTraining.crossValidate(sets, folds, seed,
                        coverage);
                for (Path dir : given) {
                    String name = String.valueOf(dir.getFileName());
                    long pages = 0;
                    long dated = 0;
                    long right = 0;
                    long rulesDated = 0;
                    long rulesRight = 0;
                    for (DateChooserTraining.Outcome outcome : outcomes) {
                        if (!outcome.page().set().equals(name)) {
                            continue;
                        }
                        pages++;
                        if (outcome.given() != null) {
                            dated++;
                            right += outcome.given().equals(outcome.page().gold()) ? 1 : 0;
                        }
                        if (outcome.page().rules() != null) {
                            rulesDated++;
                            rulesRight += outcome.page().rules().equals(outcome.page().gold()) ? 1 : 0;
                        }
                    }
                    o.printf(Locale.ROOT, "%s: %d pages, learned (cross-validated, %d folds): accuracy %.4f (%d/%d) "
                                    + "coverage %.4f; the rules on the same pages: accuracy %.4f (%d/%d) "
                                    + "coverage %.4f%n",
                            name, pages, folds, ratio(right, dated), right, dated, ratio(dated, pages),
                            ratio(rulesRight, rulesDated), rulesRight, rulesDated, ratio(rulesDated, pages));
                }
                return CommandLine.ExitCode.OK;
            }
            List<DateChooserTraining.Page> all = new ArrayList<>();
            sets.forEach(all::addAll);
            DateRanker model = DateChooserTraining.train(all, coverage);
            try (Writer w = Files.newBufferedWriter(target, StandardCharsets.UTF_8)) {
                model.write(w);
            }
            o.printf(Locale.ROOT, "date chooser: %d pages, %d weighted features, threshold %.4f, written to %s%n",
                    all.size(), model.size(), model.threshold(), target);
            return CommandLine.ExitCode.OK;
        }

        /** {@code a / b}, 0 when there is nothing to divide. */
        private static double ratio(long a, long b) {
            return b == 0 ? 0 : (double) a / b;
        }
    }
}
