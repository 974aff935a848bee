package org.collate.eval.command;

import org.collate.analyze.quote.SpeakerRanker;
import org.collate.eval.quote.SpeakerTraining;
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
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;

/** {@code collate train}: fits the models the product ships, from labelled data. */
@Command(name = "train", mixinStandardHelpOptions = true,
        description = "Trains a model the product ships from labelled data (defaults read ../shared/eval).",
        subcommands = {TrainCommand.Speakers.class})
public final class TrainCommand implements Runnable {

    @Spec
    CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }

    /** The shipped model's place in the source tree, from the repository root. */
    static final Path SPEAKER_MODEL = Path.of("collate-core/src/main/resources" + SpeakerRanker.RESOURCE);

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
            Path target = out != null ? out : SPEAKER_MODEL;
            Path parent = target.toAbsolutePath().getParent();
            if (parent == null || !Files.isDirectory(parent)) {
                throw new CommandLine.ParameterException(cl, parent + " not found (run from the repository root, "
                        + "or pass --out)");
            }
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
}
