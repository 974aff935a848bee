package org.collate.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.collate.testing.TestData;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@code collate run} and {@code collate eval clusters} stream articles into the clusterer in one order, so they
 * assign the same stories to the same input: the figure that the evaluation reports is the behaviour of a run.
 */
class ArrivalOrderAgreementTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    @Test
    void runAndEvalClustersFormTheSameStories(@TempDir Path dir) throws IOException {
        // The samples as one labelled JSON Lines file, in an order that is not the publication order, with dates
        // declared for some, none for others and one day shared by two, so that the arrival order matters.
        String[][] records = {
                {"ecbplus/37_10ecbplus.txt", "aceh", "2013-07-03"},
                {"seeds/000_4a005508946871ec.txt", "sco", null},
                {"ecbplus/37_1ecb.txt", "papua", null},
                {"ecbplus/37_11ecbplus.txt", "aceh", "2013-07-02"},
                {"seeds/001_d0d5dbaf2d235b1b.txt", "sco", "2022-09-16"},
                {"ecbplus/37_2ecb.txt", "papua", null},
                {"ecbplus/37_12ecbplus.txt", "aceh", "2013-07-02"},
                {"ecbplus/37_3ecb.txt", "papua", null},
        };
        StringBuilder lines = new StringBuilder();
        for (String[] r : records) {
            ObjectNode o = JSON.createObjectNode();
            o.put("id", r[0]);
            o.put("story", r[1]);
            o.put("corpus", "samples");
            o.put("published", r[2]);
            o.put("text", TestData.sampleText(r[0]));
            lines.append(JSON.writeValueAsString(o)).append('\n');
        }
        Path gold = dir.resolve("gold.jsonl");
        Files.writeString(gold, lines);

        Path report = dir.resolve("report.json");
        CliRun run = CliRun.of("run", gold.toString(), "--json", report.toString());
        assertThat(run.exitCode()).as(run.err()).isZero();
        Set<Set<String>> fromRun = new HashSet<>();
        for (JsonNode story : JSON.readTree(report.toFile()).get("stories")) {
            Set<String> ids = new HashSet<>();
            story.get("articles").forEach(a -> ids.add(a.get("id").asText()));
            fromRun.add(ids);
        }

        Path predictions = dir.resolve("pred.jsonl");
        CliRun eval = CliRun.of("eval", "clusters", "--gold", gold.toString(), "--out", predictions.toString());
        assertThat(eval.exitCode()).as(eval.err()).isZero();
        Map<String, Set<String>> byStory = new HashMap<>();
        for (String line : Files.readAllLines(predictions)) {
            JsonNode p = JSON.readTree(line);
            byStory.computeIfAbsent(p.get("story").asText(), k -> new HashSet<>()).add(p.get("id").asText());
        }
        Set<Set<String>> fromEval = new HashSet<>(byStory.values());

        assertThat(fromRun.stream().mapToInt(Set::size).sum()).isEqualTo(records.length);
        assertThat(new ArrayList<>(fromEval)).containsExactlyInAnyOrderElementsOf(List.copyOf(fromRun));
    }
}
