package org.collate.cli;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** The count behind the progress bar's ETA: what the reader will read, or unknown. */
class InputCountTest {

    @Test
    void countsFilesAndJsonLinesAsTheReaderWalksThem(@TempDir Path dir) throws IOException {
        Files.writeString(dir.resolve("a.txt"), "one");
        Files.writeString(dir.resolve("b.html"), "<p>two</p>");
        Files.writeString(dir.resolve("README.md"), "not an article");
        Files.createDirectories(dir.resolve(".git"));
        Files.writeString(dir.resolve(".git").resolve("config"), "hidden");
        Files.writeString(dir.resolve("c.jsonl"), "{\"text\":\"x\"}\n\n{\"text\":\"y\"}\n{\"text\":\"z\"}");
        assertThat(InputCount.estimate(List.of(dir.toString()))).isEqualTo(5);
        assertThat(InputCount.estimate(List.of(dir.resolve("a.txt").toString(), dir.resolve("c.jsonl").toString())))
                .isEqualTo(4);
    }

    @Test
    void unknownForStandardInputAndCompressedFiles(@TempDir Path dir) throws IOException {
        Files.write(dir.resolve("x.jsonl.gz"), new byte[]{31, -117});
        assertThat(InputCount.estimate(List.of("-"))).isEqualTo(-1);
        assertThat(InputCount.estimate(List.of(dir.toString()))).isEqualTo(-1);
    }
}
