package org.collate.cli;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Article text and file names that hold terminal control sequences (colours, an OSC title change, cursor moves, C1
 * controls, bidi overrides) reach the terminal escaped, in every readable command and in the problem lines.
 */
class TerminalOutputTest {

    private static final Pattern RAW_CONTROL =
            Pattern.compile("[\\x00-\\x08\\x0b-\\x1f\\x7f-\\x9f\\u202a-\\u202e\\u2066-\\u2069]");

    private static final String ARTICLE = """
            Council \u001b[31mapproves\u001b[0m city budget \u202egnp.exe

            The city council approved the annual budget on Tuesday \u001b]0;owned\u0007 after a debate that lasted \
            well into the night, with several members objecting to the cuts \u009b2J proposed for libraries and parks.

            "We had no choice \u001b[2K\u001b[1A," said the mayor, Ana Ruiz, who added that the libraries would reopen \
            once revenue recovered next year \u2066and the parks too\u2069.
            """;

    @TempDir
    Path dir;

    @Test
    void readableCommandsAndProblemLinesEscapeControlSequences() throws IOException {
        Path article = dir.resolve("budget\u001b[1m.txt");
        Files.writeString(article, ARTICLE);
        Path empty = dir.resolve("empty\u001b]0;title\u0007.txt");
        Files.writeString(empty, "");

        for (String[] args : new String[][]{
                {"extract", "--text", article.toString(), empty.toString()},
                {"analyze", "--text", article.toString(), empty.toString()},
                {"stories", "--no-embeddings", article.toString(), empty.toString()},
                {"run", "--no-embeddings", article.toString(), empty.toString()}}) {
            CliRun run = CliRun.of(args);
            assertThat(run.exitCode()).as(args[0]).isEqualTo(ExitCodes.BAD_INPUT);
            assertThat(RAW_CONTROL.matcher(run.out()).find()).as("raw control in %s output:%n%s", args[0], run.out())
                    .isFalse();
            assertThat(RAW_CONTROL.matcher(run.err()).find()).as("raw control in %s errors:%n%s", args[0], run.err())
                    .isFalse();
            assertThat(run.err()).as(args[0]).contains("empty\\u001b]0;title\\u0007.txt");
            assertThat(run.out()).as(args[0]).contains("\\u001b");
        }
    }

    @Test
    void jsonWritesEscAsAnEscape() throws IOException {
        Path article = dir.resolve("budget.txt");
        Files.writeString(article, ARTICLE);
        CliRun run = CliRun.of("extract", article.toString());
        assertThat(run.out()).doesNotContain("\u001b").containsIgnoringCase("\\u001b[31mapproves");
    }
}
