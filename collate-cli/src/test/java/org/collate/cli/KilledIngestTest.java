package org.collate.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.collate.testing.TestData;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.BufferedReader;
import java.io.File;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@code kill -9} in the middle of an ingest: a separate process ingests in small batches and is killed (SIGKILL)
 * as soon as it reports a committed batch; the store then opens, holds whole batches only, and a second ingest adds
 * the rest without duplicates.
 */
class KilledIngestTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Pattern PROGRESS = Pattern.compile("collate: ingest: [\\d,]+ read, (\\d+) new");
    private static final int RECORDS = 60;
    private static final int BATCH = 4;

    @Test
    void aKilledIngestLosesOnlyTheBatchInFlightAndTheRerunAddsTheRest(@TempDir Path dir) throws Exception {
        Path input = dir.resolve("articles.jsonl");
        String[] texts = {TestData.sampleText(TestData.WIRE_SEED), TestData.sampleText(TestData.SPUN_SEED),
                TestData.sampleText("ecbplus/37_1ecb.txt"), TestData.sampleText("ecbplus/37_10ecbplus.txt")};
        StringBuilder lines = new StringBuilder();
        for (int i = 0; i < RECORDS; i++) {
            // Each record its own text (a distinct closing line), so each is a new article, not a repeat.
            lines.append(JSON.createObjectNode().put("id", "rec-" + i)
                    .put("text", texts[i % texts.length] + "\n\nCorrespondent's note number " + i + " of the day."))
                    .append('\n');
        }
        Files.writeString(input, lines);
        Path data = dir.resolve("data");

        Process p = collate("ingest", "--data", data.toString(), "--no-embeddings", "--threads", "1",
                "--batch", Integer.toString(BATCH), "--progress-seconds", "0", input.toString());
        int committedBeforeKill = -1;
        try (BufferedReader err = new BufferedReader(new InputStreamReader(p.getErrorStream(), StandardCharsets.UTF_8))) {
            String line;
            while ((line = err.readLine()) != null) {
                Matcher m = PROGRESS.matcher(line);
                if (m.find() && Integer.parseInt(m.group(1)) >= BATCH) {
                    committedBeforeKill = Integer.parseInt(m.group(1));
                    p.destroyForcibly(); // SIGKILL: no shutdown hook, no close, no commit
                    break;
                }
            }
        }
        assertThat(p.waitFor(60, TimeUnit.SECONDS)).isTrue();
        assertThat(committedBeforeKill).as("a batch was committed before the kill").isPositive();

        CliRun afterKill = CliRun.of("stories", "--data", data.toString(), "--json");
        assertThat(afterKill.exitCode()).as(afterKill.err()).isZero();
        List<String> kept = ids(afterKill.out());
        assertThat(kept.size()).as("whole batches only").isGreaterThanOrEqualTo(committedBeforeKill)
                .isLessThan(RECORDS);
        assertThat(kept.size() % BATCH).isZero();
        assertThat(kept).doesNotHaveDuplicates();

        CliRun rerun = CliRun.of("ingest", "--data", data.toString(), "--no-embeddings", "--batch", "50",
                input.toString());
        assertThat(rerun.exitCode()).as(rerun.err()).isZero();
        assertThat(rerun.out().strip()).isEqualTo("ingested " + (RECORDS - kept.size()) + " new, " + kept.size()
                + " unchanged, 0 new versions, 0 skipped");
        List<String> all = ids(CliRun.of("stories", "--data", data.toString(), "--json").out());
        assertThat(all).hasSize(RECORDS).doesNotHaveDuplicates();
    }

    private static List<String> ids(String jsonLines) throws IOException {
        List<String> ids = new ArrayList<>();
        for (String line : jsonLines.lines().filter(l -> !l.isBlank()).toList()) {
            for (JsonNode m : JSON.readTree(line).get("articles")) {
                ids.add(m.get("id").asText());
            }
        }
        return ids;
    }

    /** The command line in a JVM of its own, on this test's class path. */
    private static Process collate(String... args) throws IOException {
        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        command.add("-cp");
        command.add(System.getProperty("java.class.path"));
        command.add("-Xmx1g");
        command.add(CollateCommand.class.getName());
        command.addAll(List.of(args));
        return new ProcessBuilder(command).redirectOutput(ProcessBuilder.Redirect.DISCARD)
                .directory(new File(System.getProperty("java.io.tmpdir"))).start();
    }
}
