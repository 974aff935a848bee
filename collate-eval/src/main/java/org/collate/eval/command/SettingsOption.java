package org.collate.eval.command;

import org.collate.pipeline.PipelineSettings;
import org.collate.pipeline.SettingsFile;
import picocli.CommandLine;
import picocli.CommandLine.Option;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The {@code --settings FILE} option, a picocli mixin for every command that runs a tuned stage. It lives here, the
 * lowest module with picocli, so the evaluation commands and the main ones share it. A file that cannot be used
 * is a usage error of one line ({@link #isSettingsError}).
 */
public final class SettingsOption {

    @CommandLine.Spec(CommandLine.Spec.Target.MIXEE)
    CommandLine.Model.CommandSpec spec;

    @Option(names = "--settings", paramLabel = "FILE",
            description = "Tuned settings overriding the defaults: JSON as 'collate settings' prints it, or Java "
                    + "properties (clustering.joinThreshold=0.3); any subset of the keys.")
    Path file;

    /** The default settings, with the file's overrides. */
    public PipelineSettings settings() {
        return apply(PipelineSettings.defaults());
    }

    /** {@code base} with the file's overrides, or {@code base} itself without {@code --settings}. */
    public PipelineSettings apply(PipelineSettings base) {
        if (file == null) {
            return base;
        }
        if (!Files.isRegularFile(file)) {
            throw usage(new SettingsFile.SettingsException("no such file"));
        }
        try {
            return SettingsFile.apply(file, base);
        } catch (SettingsFile.SettingsException e) {
            throw usage(e);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private CommandLine.ParameterException usage(SettingsFile.SettingsException e) {
        return new CommandLine.ParameterException(spec.commandLine(), "--settings " + file + ": " + e.getMessage(), e);
    }

    /** Whether a usage error came from a settings file (then its message is all a user needs, on one line). */
    public static boolean isSettingsError(CommandLine.ParameterException e) {
        return e.getCause() instanceof SettingsFile.SettingsException;
    }
}
