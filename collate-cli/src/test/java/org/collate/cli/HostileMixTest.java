package org.collate.cli;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Random;
import java.util.zip.GZIPOutputStream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The whole job on one directory of hostile files beside the two seed articles: each bad file is named once on
 * stderr with its reason, the one-line megabyte and the invalid UTF-8 are read, and the seeds are still reported.
 * RELIABILITY.md lists the rows; the peak memory of the same mix is measured there with {@code /usr/bin/time -v}.
 */
class HostileMixTest {

    @TempDir
    Path dir;

    @Test
    void badFilesAreNamedOnceAndTheGoodArticlesStillMakeTheirStory() throws IOException {
        for (String seed : List.of("000_4a005508946871ec.txt", "001_d0d5dbaf2d235b1b.txt")) {
            Files.copy(samples().resolve("seeds").resolve(seed), dir.resolve(seed));
        }
        byte[] good = Files.readAllBytes(dir.resolve("001_d0d5dbaf2d235b1b.txt"));
        Files.write(dir.resolve("empty.txt"), new byte[0]);
        byte[] noise = new byte[200_000];
        new Random(7).nextBytes(noise);
        Files.write(dir.resolve("binary.bin"), noise);
        Files.write(dir.resolve("header.png"), new byte[]{(byte) 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0,
                13, 'I', 'H', 'D', 'R', 1, 2, 3});
        byte[] zipped = gzip(good);
        Files.write(dir.resolve("truncated.txt.gz"), java.util.Arrays.copyOf(zipped, zipped.length / 2));
        try (OutputStream out = new GZIPOutputStream(Files.newOutputStream(dir.resolve("bomb.txt.gz")))) {
            byte[] zeros = new byte[1 << 20];
            for (int i = 0; i < 20; i++) {
                out.write(zeros); // 20 MB of zeros in about 20 KB: over the 16 MB limit, refused while streaming
            }
        }
        Files.writeString(dir.resolve("bad.jsonl"), """
                {"text":"A council meeting in the town of Avel approved the harbour budget on Tuesday evening."}
                {not json
                [1, 2]
                {"title":"no text"}
                """);
        Files.write(dir.resolve("invalid-utf8.txt"), ("Harbour budget approved\n\n" + ("The council met in the "
                + "café by the harbour and approved the budget after a long debate about the bibliothèque. ").repeat(5))
                .getBytes(StandardCharsets.ISO_8859_1));
        Files.writeString(dir.resolve("one-line.txt"), "word ".repeat(210_000));
        StringBuilder nested = new StringBuilder("<html><body>");
        nested.append("<div>".repeat(100_000)).append("text inside ".repeat(50)).append("</div>".repeat(100_000));
        Files.writeString(dir.resolve("nested.html"), nested.append("</body></html>"));

        CliRun run = CliRun.of("run", "--no-embeddings", dir.toString());

        assertThat(run.exitCode()).isEqualTo(ExitCodes.BAD_INPUT);
        List<String> problems = run.err().lines().toList();
        assertThat(problems).containsExactlyInAnyOrder(
                "collate: skipped " + dir.resolve("bad.jsonl") + "#L2: not valid JSON: Unexpected character ('n' "
                        + "(code 110)): was expecting double-quote to start field name",
                "collate: skipped " + dir.resolve("bad.jsonl") + "#L3: not a JSON object",
                "collate: skipped " + dir.resolve("bad.jsonl") + "#L4: record has neither \"text\" nor \"html\"",
                "collate: skipped " + dir.resolve("binary.bin") + ": binary content (contains NUL bytes), not an article",
                "collate: skipped " + dir.resolve("bomb.txt.gz") + ": document is over the 16.0 MB limit for one document",
                "collate: skipped " + dir.resolve("empty.txt") + ": empty file",
                "collate: skipped " + dir.resolve("header.png") + ": binary content (PNG image), not an article",
                "collate: warning: " + dir.resolve("invalid-utf8.txt") + ": not valid UTF-8 (10 invalid byte sequences) "
                        + "and no charset declared: read as windows-1252",
                "collate: skipped " + dir.resolve("truncated.txt.gz") + ": corrupt gzip data: Unexpected end of ZLIB "
                        + "input stream",
                // Read, each with the limit it reached named.
                "collate: warning: " + dir.resolve("nested.html") + ": HTML nested more than 256 elements deep; "
                        + "deeper elements were read as if at that depth (limit maxHtmlDepth)",
                "collate: warning: " + dir.resolve("one-line.txt") + ": 1 sentence(s) longer than 5000 characters "
                        + "split at that length (limit maxSentenceChars)");
        // Read: the two seeds, the good JSON line, the Latin-1 text, the one-line megabyte and the words inside the
        // 100,000 nested elements (the parser keeps 256 levels).
        assertThat(run.out()).contains("6 article(s) in ").contains("; 8 input(s) skipped");
        assertThat(run.out()).contains("(" + dir.resolve("000_4a005508946871ec.txt") + ")",
                "(" + dir.resolve("001_d0d5dbaf2d235b1b.txt") + ")");
    }

    private static Path samples() {
        String root = System.getProperty("collate.root");
        return (root != null ? Path.of(root) : Path.of("..")).resolve("samples");
    }

    private static byte[] gzip(byte[] data) throws IOException {
        java.io.ByteArrayOutputStream bytes = new java.io.ByteArrayOutputStream();
        try (OutputStream out = new GZIPOutputStream(bytes)) {
            out.write(data);
        }
        return bytes.toByteArray();
    }
}
