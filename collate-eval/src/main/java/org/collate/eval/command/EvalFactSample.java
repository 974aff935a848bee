package org.collate.eval.command;

import org.collate.eval.reconcile.FactSample;
import org.collate.eval.reconcile.PlainTextCoverage;
import org.collate.model.FactStatus;
import org.collate.pipeline.CollatePipeline;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.Callable;

/** {@code collate eval fact-sample}: a seeded sample of reported facts, to judge by reading, and its precision. */
@Command(name = "fact-sample", mixinStandardHelpOptions = true,
        description = {"Runs the pipeline on a set of articles (default: the dev story set, whose gold labels it "
                + "does not read), draws a seeded random sample of the conflicts or agreed facts it reports, and prints "
                + "them with their sentences for judging by reading. --blank writes a file to fill in (true or false, "
                + "and why, per fact); --judged reads a filled file and prints the precision by reading, and how many "
                + "of its facts the current code still reports."})
final class EvalFactSample implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Option(names = "--gold", paramLabel = "FILE", description = "Articles (default: ../shared/eval/stories/dev.jsonl).")
    Path gold;

    @Option(names = "--texts", paramLabel = "DIR", split = ",",
            description = "Instead of --gold, plain-text articles of another set, such as PolNeAR's "
                    + "../shared/eval/quotes/train/text,../shared/eval/quotes/dev/text: coverage whose facts no "
                    + "reconcile rule was read on, with the outlets, days and titles of --metadata.")
    List<Path> texts;

    @Option(names = "--metadata", paramLabel = "FILE",
            description = "With --texts: the articles' table (default: ../shared/eval/quotes/metadata.tsv).")
    Path metadata;

    @Option(names = "--status", defaultValue = "conflicting",
            description = "conflicting, variant or agreed (default: ${DEFAULT-VALUE}).")
    String status;

    @Option(names = "-n", defaultValue = "50", description = "How many facts (default: ${DEFAULT-VALUE}).")
    int n;

    @Option(names = "--seed", defaultValue = "7", description = "Seed of the draw (default: ${DEFAULT-VALUE}).")
    long seed;

    @Option(names = "--blank", paramLabel = "FILE", description = "Write a file of the drawn facts to judge.")
    Path blank;

    @Option(names = "--judged", paramLabel = "FILE", description = "A judged file: print its precision.")
    Path judged;

    @Option(names = "--no-embeddings", description = "Run without the sentence embeddings.")
    boolean noEmbeddings;

    @CommandLine.Mixin
    SettingsOption tuned;

    @Override
    public Integer call() throws IOException {
        PrintWriter o = spec.commandLine().getOut();
        FactStatus wanted = switch (status) {
            case "conflicting" -> FactStatus.CONFLICTING;
            case "agreed" -> FactStatus.AGREED;
            case "variant" -> FactStatus.VARIANT;
            default -> throw new CommandLine.ParameterException(spec.commandLine(),
                    "--status must be conflicting, variant or agreed, not " + status);
        };
        Path file;
        if (metadata != null && texts == null) {
            throw new CommandLine.ParameterException(spec.commandLine(), "--metadata goes with --texts");
        }
        if (texts != null) {
            if (gold != null) {
                throw new CommandLine.ParameterException(spec.commandLine(), "give --gold or --texts, not both");
            }
            for (Path t : texts) {
                if (!Files.isDirectory(SharedData.require(t, "", spec.commandLine()))) {
                    throw new CommandLine.ParameterException(spec.commandLine(), t + " is not a folder of .txt "
                            + "articles");
                }
            }
            Path table = SharedData.require(metadata, "eval/quotes/metadata.tsv", spec.commandLine());
            file = Files.createTempFile("collate-fact-sample-", ".jsonl");
            file.toFile().deleteOnExit();
            int count = PlainTextCoverage.write(texts, table, file);
            o.printf(Locale.ROOT, "%d plain-text articles from %s%n", count, texts);
        } else {
            file = SharedData.require(gold, "eval/stories/dev.jsonl", spec.commandLine());
        }
        var settings = tuned.settings();
        if (noEmbeddings) {
            settings = settings.withEmbeddings(false);
        }
        CollatePipeline.Result result = new CollatePipeline(settings).run(List.of(file.toString()),
                (origin, message, skipped) -> {
                });
        long total = result.reports().stream().mapToLong(r -> r.facts(wanted).size()).sum();
        List<FactSample.Drawn> drawn = FactSample.draw(result.reports(), wanted, n, seed);
        o.printf(Locale.ROOT, "%d stories, %d %s facts; %d drawn with seed %d%n%n", result.reports().size(), total,
                wanted.label(), drawn.size(), seed);
        o.print(FactSample.sheet(drawn));
        if (blank != null) {
            FactSample.writeBlank(drawn, blank);
            o.println("blank judgements written to " + blank);
        }
        if (judged != null) {
            List<FactSample.Verdict> verdicts = FactSample.read(judged);
            Set<String> current = new HashSet<>();
            drawn.forEach(d -> current.add(d.key()));
            long real = verdicts.stream().filter(FactSample.Verdict::real).count();
            long still = verdicts.stream().filter(v -> current.contains(v.key())).count();
            o.printf(Locale.ROOT, "%n%s: %d judged, %d true: precision by reading %.2f; %d of them in this draw%n",
                    judged, verdicts.size(), real, verdicts.isEmpty() ? Double.NaN : real / (double) verdicts.size(),
                    still);
        }
        return CommandLine.ExitCode.OK;
    }
}
