package org.collate.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.collate.testing.TestData;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The store's commands as outside checks use them: {@code ingest}'s last line and exit code, {@code stories --json}
 * (JSON Lines, from a store and from an in-memory run alike), {@code show}, {@code search} and {@code history}.
 */
class StoreCommandsTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final List<String> STORY_KEYS = List.of("id", "title", "first_seen", "last_seen", "outlets",
            "articles");
    private static final List<String> MEMBER_KEYS = List.of("id", "url", "outlet", "relation");

    private static String lastLine(String out) {
        List<String> lines = out.lines().filter(l -> !l.isBlank()).toList();
        return lines.get(lines.size() - 1);
    }

    private static List<JsonNode> jsonLines(String out) throws IOException {
        List<JsonNode> stories = new ArrayList<>();
        for (String line : out.lines().filter(l -> !l.isBlank()).toList()) {
            JsonNode story = JSON.readTree(line);
            for (String key : STORY_KEYS) {
                assertThat(story.has(key)).as("key %s in %s", key, line).isTrue();
            }
            assertThat(story.get("outlets").isArray()).isTrue();
            for (JsonNode m : story.get("articles")) {
                for (String key : MEMBER_KEYS) {
                    assertThat(m.has(key)).as("key %s in %s", key, m).isTrue();
                }
            }
            stories.add(story);
        }
        return stories;
    }

    @Test
    void ingestEndsWithItsCountsAndStoriesListTheStore(@TempDir Path dir) throws IOException {
        String data = dir.resolve("data").toString();
        Path in = dir.resolve("wire.jsonl");
        Files.writeString(in, JSON.createObjectNode().put("id", "wire-42").put("url", "https://wire.example/sco")
                .put("outlet", "Wire").put("published", "2022-09-16")
                .put("text", TestData.sampleText(TestData.WIRE_SEED)) + "\n");
        CliRun first = CliRun.of("ingest", "--data", data, "--no-embeddings", in.toString(),
                TestData.sample("seeds").toString());
        assertThat(first.exitCode()).as(first.err()).isZero();
        assertThat(lastLine(first.out())).isEqualTo("ingested 3 new, 0 unchanged, 0 new versions, 0 skipped");

        Path broken = dir.resolve("broken.bin");
        Files.write(broken, new byte[]{0, 1, 2, 3, (byte) 0xff, 0, 0, 7});
        CliRun again = CliRun.of("ingest", "--data", data, "--no-embeddings", in.toString(), broken.toString());
        assertThat(again.exitCode()).isEqualTo(1);
        assertThat(lastLine(again.out())).isEqualTo("ingested 0 new, 1 unchanged, 0 new versions, 1 skipped");
        assertThat(again.err()).contains("broken.bin");

        CliRun listed = CliRun.of("stories", "--data", data, "--json");
        assertThat(listed.exitCode()).as(listed.err()).isZero();
        List<JsonNode> stories = jsonLines(listed.out());
        Set<String> ids = new HashSet<>();
        stories.forEach(s -> s.get("articles").forEach(m -> ids.add(m.get("id").asText())));
        assertThat(ids).hasSize(3).contains("wire-42");
        JsonNode summit = stories.stream().filter(s -> s.get("articles").toString().contains("wire-42")).findFirst()
                .orElseThrow();
        assertThat(summit.get("outlets").toString()).contains("Wire");

        CliRun shown = CliRun.of("show", "--data", data, summit.get("id").asText());
        assertThat(shown.exitCode()).as(shown.err()).isZero();
        assertThat(shown.out()).contains("STORY " + summit.get("id").asText()).contains("SAMARKAND")
                .contains("Wire, 2022-09-16");
        // The whole report, its last section included: the writer is flushed however the command ends its output.
        assertThat(shown.out()).contains("\nENTITIES\n");
        CliRun shownJson = CliRun.of("show", "--data", data, "--json", summit.get("id").asText());
        JsonNode doc = JSON.readTree(shownJson.out());
        assertThat(doc.get("schema_version").asText()).isEqualTo(org.collate.output.ReportJson.SCHEMA_VERSION);
        assertThat(doc.get("stories")).hasSize(1);
        assertThat(doc.get("stories").get(0).get("id").asText()).isEqualTo(summit.get("id").asText());

        CliRun missing = CliRun.of("show", "--data", data, "s999");
        assertThat(missing.exitCode()).isEqualTo(1);
        assertThat(missing.err().strip()).startsWith("collate: no story s999").doesNotContain("\n");

        CliRun found = CliRun.of("search", "--data", data, "Samarkand");
        assertThat(found.exitCode()).isZero();
        assertThat(found.out()).contains("wire-42").contains("story " + summit.get("id").asText());

        CliRun filtered = CliRun.of("stories", "--data", data, "--json", "--outlet", "wire");
        assertThat(jsonLines(filtered.out())).hasSize(1);
    }

    @Test
    void storiesJsonOfAnInMemoryRunHasTheSameShape() throws IOException {
        CliRun run = CliRun.of("stories", "--json", "--no-embeddings", TestData.sample("seeds").toString());
        assertThat(run.exitCode()).as(run.err()).isZero();
        List<JsonNode> stories = jsonLines(run.out());
        assertThat(stories).isNotEmpty();
        assertThat(stories.stream().mapToInt(s -> s.get("articles").size()).sum()).isEqualTo(2);
    }

    @Test
    void historyShowsEveryVersionAndWhatChanged(@TempDir Path dir) throws IOException {
        String data = dir.resolve("data").toString();
        String wire = TestData.sampleText(TestData.WIRE_SEED);
        Path v1 = dir.resolve("v1.jsonl");
        Path v2 = dir.resolve("v2.jsonl");
        Files.writeString(v1, JSON.createObjectNode().put("url", "https://wire.example/sco").put("text", wire) + "\n");
        Files.writeString(v2, JSON.createObjectNode().put("url", "https://wire.example/sco")
                .put("text", wire.replace("set up in 2001", "set up in 2002")) + "\n");
        assertThat(lastLine(CliRun.of("ingest", "--data", data, "--no-embeddings", v1.toString()).out()))
                .isEqualTo("ingested 1 new, 0 unchanged, 0 new versions, 0 skipped");
        assertThat(lastLine(CliRun.of("ingest", "--data", data, "--no-embeddings", v2.toString()).out()))
                .isEqualTo("ingested 0 new, 0 unchanged, 1 new versions, 0 skipped");
        CliRun history = CliRun.of("history", "--data", data, "--no-embeddings", "https://wire.example/sco");
        assertThat(history.exitCode()).as(history.err()).isZero();
        assertThat(history.out()).contains("version 1").contains("version 2").contains("version 1 → 2")
                .contains("~ was: The SCO").contains("set up in 2002").contains("conflicting");
        CliRun unknown = CliRun.of("history", "--data", data, "https://nowhere.example/");
        assertThat(unknown.exitCode()).isEqualTo(1);
    }

    @Test
    void aMissingStoreIsOneLine(@TempDir Path dir) {
        CliRun run = CliRun.of("stories", "--data", dir.resolve("none").toString());
        assertThat(run.exitCode()).isEqualTo(1);
        assertThat(run.err().strip()).startsWith("collate: error: no store in").doesNotContain("\n")
                .doesNotContain("Exception");
    }
}
