package org.collate.cli;

import com.fasterxml.jackson.databind.JsonNode;
import org.collate.output.Json;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import picocli.CommandLine;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class CommandLineTest {

    private static Path samples() {
        String root = System.getProperty("collate.root");
        return (root != null ? Path.of(root) : Path.of("..")).resolve("samples");
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "run", "extract", "analyze", "stories", "compare", "eval", "eval extraction",
            "eval readability", "eval dates", "eval quotes", "eval clusters", "eval reconcile", "bench", "bench extract", "bench analyze",
            "bench cluster", "bench reconcile", "bench pipeline"})
    void everyCommandHasHelp(String command) {
        String[] args = (command + " --help").strip().split(" ");
        CliRun run = CliRun.of(args);
        assertThat(run.exitCode()).isZero();
        assertThat(run.out()).contains("Usage: collate");
    }

    /**
     * Every command's help, all the way down, renders its description: a bare "%" in one is taken for a format
     * specifier, and picocli then warns on the standard error and prints the text raw.
     */
    @Test
    void everyHelpTextFormatsCleanly() {
        PrintStream err = System.err;
        ByteArrayOutputStream captured = new ByteArrayOutputStream();
        System.setErr(new PrintStream(captured, true, StandardCharsets.UTF_8));
        int commands;
        try {
            commands = renderAll(new CommandLine(new CollateCommand()));
        } finally {
            System.setErr(err);
        }
        assertThat(commands).isGreaterThan(30);
        assertThat(captured.toString(StandardCharsets.UTF_8)).doesNotContain("Could not format");
    }

    private static int renderAll(CommandLine command) {
        assertThat(command.getUsageMessage()).contains("Usage: collate");
        int n = 1;
        for (CommandLine sub : command.getSubcommands().values()) {
            n += renderAll(sub);
        }
        return n;
    }

    @Test
    void usageErrorsExitWithTwo() {
        assertThat(CliRun.of("extract").exitCode()).isEqualTo(2);
        assertThat(CliRun.of("no-such-command").exitCode()).isEqualTo(2);
        assertThat(CliRun.of("extract", "--no-such-option", "x").exitCode()).isEqualTo(2);
    }

    @Test
    void extractPrintsOneJsonObjectPerArticleWithTheContractFields() throws IOException {
        CliRun run = CliRun.of("extract", samples().resolve("seeds").toString());
        assertThat(run.exitCode()).isZero();
        List<String> lines = run.out().lines().toList();
        assertThat(lines).hasSize(2);
        JsonNode spun = Json.MAPPER.readTree(lines.get(0));
        for (String field : List.of("id", "origin", "url", "outlet", "title", "published", "language", "author",
                "text", "paragraphs", "removed")) {
            assertThat(spun.has(field)).as(field).isTrue();
        }
        assertThat(spun.path("published").asText()).isEqualTo("2024-03-02");
        assertThat(spun.path("language").asText()).isEqualTo("en");
        assertThat(spun.path("removed").get(0).path("reason").asText()).isEqualTo("date-line");
        assertThat(spun.path("paragraphs").size()).isGreaterThan(20);
    }

    @Test
    void textViewShowsBodyThenRemovedSpansWithReasons() {
        CliRun run = CliRun.of("extract", "--text", samples().resolve("seeds/001_d0d5dbaf2d235b1b.txt").toString());
        assertThat(run.out()).contains("Xi, Putin look to challenge ‘international order’", "language: en",
                "[unrelated-headlines] Logan Paul's Bodyguard Hits Fan On Super Bowl Day");
        assertThat(run.out().indexOf("SAMARKAND, Uzbekistan")).isLessThan(run.out().indexOf("removed ("));
    }

    @Test
    void jsonLinesFieldsAreKept() throws IOException {
        Path file = java.nio.file.Files.createTempFile("feed", ".jsonl");
        java.nio.file.Files.writeString(file, "{\"id\":\"x1\",\"url\":\"https://news.example/x\",\"outlet\":\"Example "
                + "News\",\"published\":\"2022-09-16T08:00:00Z\",\"title\":\"Given title\",\"text\":\"A sentence of "
                + "reporting that is long enough to be kept as the body of this article, with a comma.\"}\n");
        CliRun run = CliRun.of("extract", file.toString());
        JsonNode a = Json.MAPPER.readTree(run.out().lines().findFirst().orElseThrow());
        assertThat(a.path("id").asText()).isEqualTo("x1");
        assertThat(a.path("outlet").asText()).isEqualTo("Example News");
        assertThat(a.path("title").asText()).isEqualTo("Given title");
        assertThat(a.path("published").asText()).isEqualTo("2022-09-16T08:00Z");
        assertThat(a.path("url").asText()).isEqualTo("https://news.example/x");
        java.nio.file.Files.delete(file);
    }
}
