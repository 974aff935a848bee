package org.collate.eval.reconcile;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** Plain-text articles and their metadata table, as the records a run reads. */
class PlainTextCoverageTest {

    @Test
    void eachTextBecomesARecordWithItsOutletDayAndTitle(@TempDir Path dir) throws Exception {
        Path texts = Files.createDirectories(dir.resolve("text"));
        Files.writeString(texts.resolve("b_2016-03-02_council.txt"),
                "Council votes\n\nThe council voted on Tuesday.\n");
        Files.writeString(texts.resolve("a_2016-03-01_ferry.txt"), "Ferry plan\n\nThe ferry plan was approved.\n");
        Files.writeString(texts.resolve("notes.md"), "not an article");
        Path table = dir.resolve("metadata.tsv");
        Files.writeString(table, "compartment\tfilename\tpublisher\tpublication_date\ttitle\n"
                + "train\ta_2016-03-01_ferry\twire-one\t2016-03-01\tFerry plan approved\n"
                + "train\tunrelated\tnone\tNone\tNone\n");
        Path out = dir.resolve("out.jsonl");
        assertThat(PlainTextCoverage.write(List.of(texts), table, out)).isEqualTo(2);
        ObjectMapper json = new ObjectMapper();
        List<JsonNode> records = Files.readAllLines(out).stream().map(l -> {
            try {
                return json.readTree(l);
            } catch (Exception e) {
                throw new AssertionError(e);
            }
        }).toList();
        JsonNode first = records.get(0);
        assertThat(first.path("id").asText()).isEqualTo("a_2016-03-01_ferry"); // name order
        assertThat(first.path("outlet").asText()).isEqualTo("wire-one");
        assertThat(first.path("published").asText()).isEqualTo("2016-03-01");
        assertThat(first.path("title").asText()).isEqualTo("Ferry plan approved");
        assertThat(first.path("text").asText()).isEqualTo("The ferry plan was approved.");
        // Not in the table: the first line is the title, and nothing else is made up.
        JsonNode second = records.get(1);
        assertThat(second.path("title").asText()).isEqualTo("Council votes");
        assertThat(second.path("outlet").isNull()).isTrue();
        assertThat(second.path("published").isNull()).isTrue();
    }
}
