package org.collate.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.collate.output.Json;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

/** {@code collate settings} and {@code --settings}: the printout is a settings file that changes nothing. */
class SettingsCommandTest {

    @TempDir
    Path dir;

    private static Path samples() {
        String root = System.getProperty("collate.root");
        return (root != null ? Path.of(root) : Path.of("..")).resolve("samples");
    }

    private Path printedDefaults() throws IOException {
        CliRun printed = CliRun.of("settings");
        assertThat(printed.exitCode()).isZero();
        Path file = dir.resolve("defaults.json");
        Files.writeString(file, printed.out());
        return file;
    }

    @Test
    void aRunGivenThePrintedDefaultsWritesTheSameReportByteForByte() throws IOException {
        Path settings = printedDefaults();
        Path plain = dir.resolve("plain.json");
        Path tuned = dir.resolve("tuned.json");
        CliRun a = CliRun.of("run", samples().toString(), "--json", plain.toString());
        CliRun b = CliRun.of("run", samples().toString(), "--json", tuned.toString(), "--settings", settings.toString());
        assertThat(a.exitCode()).isZero();
        assertThat(b.exitCode()).isZero();
        assertThat(Files.size(plain)).isPositive();
        assertThat(Files.readAllBytes(tuned)).isEqualTo(Files.readAllBytes(plain));
    }

    @Test
    void anOverrideChangesWhatARunDoes() throws IOException {
        // At a join threshold of 0.99 no report is similar enough to another to join it: the earthquake stories of
        // the ECB+ samples fall apart into more stories.
        Path strict = dir.resolve("strict.properties");
        Files.writeString(strict, "clustering.joinThreshold=0.99\n");
        Path plain = dir.resolve("plain.json");
        Path split = dir.resolve("split.json");
        String ecb = samples().resolve("ecbplus").toString();
        assertThat(CliRun.of("run", ecb, "--no-embeddings", "--json", plain.toString()).exitCode()).isZero();
        assertThat(CliRun.of("run", ecb, "--no-embeddings", "--json", split.toString(), "--settings",
                strict.toString()).exitCode()).isZero();
        JsonNode before = Json.MAPPER.readTree(plain.toFile()).path("stories");
        JsonNode after = Json.MAPPER.readTree(split.toFile()).path("stories");
        assertThat(before.size()).isPositive();
        assertThat(after.size()).isGreaterThan(before.size());
    }

    @Test
    void theDateAndLanguageGroupsArePrintedAndOverriddenInsideExtraction() throws IOException {
        JsonNode plain = Json.MAPPER.readTree(printedDefaults().toFile()).path("extraction");
        Path tuned = dir.resolve("dates.properties");
        Files.writeString(tuned, "extraction.dates.trust.url=70\nextraction.language.minConfidence=0.3\n");
        CliRun run = CliRun.of("settings", "--settings", tuned.toString());
        assertThat(run.exitCode()).isZero();
        JsonNode changed = Json.MAPPER.readTree(run.out()).path("extraction");
        assertThat(plain.path("dates").path("trust").path("url").intValue()).isNotEqualTo(70);
        assertThat(changed.path("dates").path("trust").path("url").intValue()).isEqualTo(70);
        assertThat(changed.path("language").path("minConfidence").doubleValue()).isEqualTo(0.3);
        // everything not named keeps its default
        ((ObjectNode) changed.path("dates").path("trust"))
                .set("url", plain.path("dates").path("trust").path("url"));
        ((ObjectNode) changed.path("language"))
                .set("minConfidence", plain.path("language").path("minConfidence"));
        assertThat(changed).isEqualTo(plain);
    }

    @Test
    void anUnknownKeyIsAOneLineUsageError() throws IOException {
        Path typo = dir.resolve("typo.json");
        Files.writeString(typo, "{\"clustering\": {\"joinThreshhold\": 0.3}}");
        CliRun run = CliRun.of("stories", samples().resolve("seeds").toString(), "--settings", typo.toString());
        assertThat(run.exitCode()).isEqualTo(ExitCodes.USAGE);
        assertThat(run.out()).isEmpty();
        assertThat(run.err().strip()).doesNotContain("\n").contains("clustering.joinThreshhold");
    }

    @Test
    void aValueOfTheWrongTypeIsAOneLineUsageErrorToo() throws IOException {
        Path bad = dir.resolve("bad.properties");
        Files.writeString(bad, "clustering.windowDays=three weeks\n");
        CliRun run = CliRun.of("settings", "--settings", bad.toString());
        assertThat(run.exitCode()).isEqualTo(ExitCodes.USAGE);
        assertThat(run.err().strip()).doesNotContain("\n").contains("clustering.windowDays");
    }

    @Test
    void settingsPrintsTheFileItIsGiven() throws IOException {
        Path some = dir.resolve("some.properties");
        Files.writeString(some, "clustering.scorer.terms=2.5\n");
        JsonNode tree = Json.MAPPER.readTree(CliRun.of("settings", "--settings", some.toString()).out());
        assertThat(tree.path("clustering").path("scorer").path("terms").doubleValue()).isEqualTo(2.5);
        JsonNode defaults = Json.MAPPER.readTree(CliRun.of("settings").out());
        assertThat(defaults.path("clustering").path("scorer").path("terms").doubleValue()).isNotEqualTo(2.5);
    }
}
