package org.collate.cli;

import org.collate.eval.command.SettingsOption;
import org.collate.pipeline.SettingsFile;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

import java.util.concurrent.Callable;

/** {@code collate settings}: the tuned settings, in the format {@code --settings} reads. */
@Command(name = "settings", mixinStandardHelpOptions = true,
        description = {"Prints every tuned setting of the stages (weights, thresholds, windows, caps) as JSON, nested "
                + "by stage: the defaults, or with --settings FILE the settings that file gives. The printout is "
                + "a valid --settings file: edit any subset of it (or write the same keys as Java properties, "
                + "clustering.scorer.terms=2.9) and pass it to run, stories, compare or an eval or bench command."})
final class SettingsCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Mixin
    SettingsOption tuned;

    @Override
    public Integer call() {
        spec.commandLine().getOut().println(SettingsFile.print(tuned.settings()));
        return ExitCodes.OK;
    }
}
