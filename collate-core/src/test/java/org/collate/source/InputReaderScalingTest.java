package org.collate.source;

import org.collate.testing.Scaling;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** A JSON Lines file of many one-line documents is read in time proportional to its length. */
class InputReaderScalingTest {

    private static byte[] jsonLines(int n) {
        StringBuilder b = new StringBuilder();
        for (int i = 0; i < n; i++) {
            b.append("{\"id\":\"d").append(i).append("\",\"title\":\"T").append(i)
                    .append("\",\"text\":\"The minister said plan ").append(i).append(" would go ahead.\"}\n");
        }
        return b.toString().getBytes(StandardCharsets.UTF_8);
    }

    @Test
    void manyOneLineDocuments() {
        InputReader reader = new InputReader();
        Scaling.assertLinear("JSON Lines records", 15_000, InputReaderScalingTest::jsonLines, bytes -> {
            List<SourceItem> items = new ArrayList<>();
            reader.readStream("lines.jsonl", new ByteArrayInputStream(bytes), items::add);
            assertThat(items).allMatch(SourceItem.Document.class::isInstance);
        });
    }
}
