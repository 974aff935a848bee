package org.collate.eval.command;

import picocli.CommandLine;
import picocli.CommandLine.Option;

import java.nio.file.Path;

/**
 * The {@code --input FILE} option of the benchmarks that stream the story set (a picocli mixin): the JSON Lines
 * articles, by default the dev story set under {@code ../shared}.
 */
final class StorySetInput {

    @CommandLine.Spec(CommandLine.Spec.Target.MIXEE)
    CommandLine.Model.CommandSpec spec;

    @Option(names = "--input", paramLabel = "FILE", description = "JSON Lines articles (default: ../shared/eval/stories/dev.jsonl).")
    Path input;

    /** The file given, else the story set; its absence is said as {@link SharedData#require} says it. */
    Path file() {
        return SharedData.require(input, "eval/stories/dev.jsonl", spec.commandLine());
    }
}
