package org.collate.source;

import com.code_intelligence.jazzer.junit.FuzzTest;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Any bytes as a JSON Lines file, a WARC file or a gzip stream: the reader hands back documents and failures, never
 * throws, and never a document over its size limit (a small one here, 64 KB, so a gzip bomb or a long line breaches
 * it within the fuzzer's input sizes). Each target keeps its format's opening bytes so the fuzzer explores that
 * format's reader rather than falling through to "one document". Seeds in {@code InputReaderFuzzTestInputs/<method>/}.
 */
class InputReaderFuzzTest {

    private static final long LIMIT = 64 * 1024;
    private static final InputReader READER = new InputReader(new InputLimits(LIMIT));
    private static final byte[] JSON_LINE = "{\"text\":\"A first line keeps this a JSON Lines file.\"}\n"
            .getBytes(StandardCharsets.US_ASCII);
    private static final byte[] WARC = "WARC/".getBytes(StandardCharsets.US_ASCII);
    private static final byte[] GZIP = {0x1f, (byte) 0x8b};

    @FuzzTest(maxDuration = "5m")
    void jsonLines(byte[] input) {
        List<SourceItem> items = readStream(concat(JSON_LINE, input));
        assertThat(items).isNotEmpty();
        // The first line is always a good record.
        assertThat(items.get(0)).isInstanceOf(SourceItem.Document.class);
    }

    @FuzzTest(maxDuration = "5m")
    void warc(byte[] input) throws IOException {
        byte[] bytes = startsWith(input, WARC) ? input : concat(WARC, input);
        readStream(bytes);
        // A file is read through jwarc's channel reader, another code path than a stream's.
        Path file = Files.createTempFile("collate-fuzz", ".warc");
        try {
            Files.write(file, bytes);
            List<SourceItem> items = new ArrayList<>();
            READER.readPath(file, items::add);
            assertBounded(items);
        } finally {
            Files.deleteIfExists(file);
        }
    }

    @FuzzTest(maxDuration = "5m")
    void gzip(byte[] input) {
        readStream(startsWith(input, GZIP) ? input : concat(GZIP, input));
    }

    private static List<SourceItem> readStream(byte[] bytes) {
        List<SourceItem> items = new ArrayList<>();
        READER.readStream("fuzz", new ByteArrayInputStream(bytes), items::add);
        assertBounded(items);
        return items;
    }

    private static void assertBounded(List<SourceItem> items) {
        for (SourceItem item : items) {
            switch (item) {
                case SourceItem.Document d -> assertThat((long) d.document().content().length).isLessThanOrEqualTo(LIMIT);
                case SourceItem.Failure f -> assertThat(f.reason()).isNotBlank();
            }
        }
    }

    private static boolean startsWith(byte[] data, byte[] prefix) {
        return data.length >= prefix.length && java.util.Arrays.equals(data, 0, prefix.length, prefix, 0, prefix.length);
    }

    private static byte[] concat(byte[] a, byte[] b) {
        byte[] out = java.util.Arrays.copyOf(a, a.length + b.length);
        System.arraycopy(b, 0, out, a.length, b.length);
        return out;
    }
}
