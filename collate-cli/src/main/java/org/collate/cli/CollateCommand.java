package org.collate.cli;

import org.collate.output.TerminalSafeText;
import picocli.CommandLine;
import picocli.CommandLine.Command;

import java.io.PrintWriter;

/** The {@code collate} command: its subcommands are the stages and the tools around them. */
@Command(name = "collate",
        mixinStandardHelpOptions = true,
        version = "collate 0.1.0",
        description = "Collates news coverage: cleans articles, groups them into stories, and reports what the "
                + "sources agree on, where they differ, who said what, and which copy is the original.",
        subcommands = {
                RunCommand.class,
                ExtractCommand.class,
                AnalyzeCommand.class,
                StoriesCommand.class,
                IngestCommand.class,
                ShowCommand.class,
                ServeCommand.class,
                SearchCommand.class,
                HistoryCommand.class,
                WatchCommand.class,
                CompareCommand.class,
                SettingsCommand.class,
                org.collate.eval.command.EvalCommand.class,
                org.collate.eval.command.BenchCommand.class,
                org.collate.eval.command.TrainCommand.class,
                CommandLine.HelpCommand.class
        })
public final class CollateCommand implements Runnable {

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }

    /**
     * Lucene logs a warning on every run that the JDK's incubating vector module is not enabled; enabling it prints
     * another warning instead, and the scalar code is what this program measured. Held here: loggers are weakly
     * referenced, and a level set on a collected logger is lost.
     */
    private static final java.util.logging.Logger LUCENE_VECTORS =
            java.util.logging.Logger.getLogger("org.apache.lucene.internal.vectorization");

    public static void main(String[] args) {
        LUCENE_VECTORS.setLevel(java.util.logging.Level.SEVERE);
        System.exit(execute(args, new PrintWriter(System.out, true), new PrintWriter(System.err, true)));
    }

    /** Runs the command line with the given output streams and returns the exit code (used by tests). */
    public static int execute(String[] args, PrintWriter out, PrintWriter err) {
        CommandLine cli = new CommandLine(new CollateCommand());
        cli.setOut(out);
        cli.setErr(err);
        CommandLine.IParameterExceptionHandler usage = cli.getParameterExceptionHandler();
        cli.setParameterExceptionHandler((e, args1) -> {
            if (org.collate.eval.command.SettingsOption.isSettingsError(e)) {
                // The key at fault is all a user needs: one line, not the whole usage text.
                e.getCommandLine().getErr().println("collate: " + e.getMessage());
                return ExitCodes.USAGE;
            }
            return usage.handleParseException(e, args1);
        });
        cli.setExecutionExceptionHandler((e, commandLine, parseResult) -> {
            // The message may name an input file, whose name may hold control characters.
            commandLine.getErr().println(TerminalSafeText.escape("collate: error: " + ExitCodes.describe(e)));
            if (Boolean.getBoolean("collate.debug")) {
                e.printStackTrace(commandLine.getErr());
            }
            return ExitCodes.BAD_INPUT;
        });
        try {
            return cli.execute(args);
        } finally {
            // Autoflush acts on println only: a command whose last output is a print() (a sheet, a report)
            // would lose its tail when main exits.
            out.flush();
            err.flush();
        }
    }
}
