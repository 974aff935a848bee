package org.collate.eval.command;

import picocli.CommandLine;

import java.nio.file.Files;
import java.nio.file.Path;

/** Locates the evaluation data under {@code ../shared/eval} (or {@code $COLLATE_SHARED/eval}). */
final class SharedData {

    private SharedData() {
    }

    static Path root() {
        String env = System.getenv("COLLATE_SHARED");
        if (env != null && !env.isBlank()) {
            return Path.of(env);
        }
        String prop = System.getProperty("collate.shared");
        return Path.of(prop != null ? prop : "../shared");
    }

    /** {@code given} if set, else the default under the shared root; fails with a one-line message if absent. */
    static Path require(Path given, String defaultRelative, CommandLine commandLine) {
        Path path = given != null ? given : root().resolve(defaultRelative);
        if (!Files.exists(path)) {
            throw new CommandLine.ParameterException(commandLine, path + " not found"
                    + (given == null ? " (the evaluation data lives in ../shared/eval; pass the path explicitly)" : ""));
        }
        return path;
    }
}
