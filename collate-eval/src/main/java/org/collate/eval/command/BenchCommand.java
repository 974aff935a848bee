package org.collate.eval.command;

import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code collate bench}: end-to-end throughput and peak memory of each stage. */
@Command(name = "bench", mixinStandardHelpOptions = true,
        description = "Measures throughput (articles/second) and peak heap of a stage on real data.",
        subcommands = {BenchExtract.class, BenchAnalyze.class, BenchCluster.class, BenchReconcile.class,
                BenchPipeline.class, BenchIngest.class, BenchServe.class})
public final class BenchCommand implements Runnable {
    @Spec
    CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }
}
