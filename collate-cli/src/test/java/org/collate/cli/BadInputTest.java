package org.collate.cli;

import com.fasterxml.jackson.databind.JsonNode;
import org.collate.output.Json;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.io.OutputStream;
import java.io.RandomAccessFile;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Everyday bad inputs, each beside a good article: one clear line naming the file and the reason, the good article
 * still extracted, and exit code 1.
 */
class BadInputTest {

    @TempDir
    Path dir;

    private Path good;

    private static final String ARTICLE = """
            Council approves city budget

            The city council approved the annual budget on Tuesday after a debate that lasted well into the night, \
            with several members objecting to the cuts proposed for libraries and parks.

            The mayor said the savings were needed to balance the books and that the libraries would reopen once \
            revenue recovered next year.
            """;

    @BeforeEach
    void writeGoodArticle() throws IOException {
        good = dir.resolve("good.txt");
        Files.writeString(good, ARTICLE);
    }

    private CliRun extract(Path bad) {
        return CliRun.of("extract", bad.toString(), good.toString());
    }

    private static void assertGoodArticleSurvived(CliRun run) throws IOException {
        List<String> lines = run.out().lines().toList();
        assertThat(lines).hasSize(1);
        JsonNode article = Json.MAPPER.readTree(lines.get(0));
        assertThat(article.path("title").asText()).isEqualTo("Council approves city budget");
    }

    @Test
    void emptyFile() throws IOException {
        Path bad = Files.writeString(dir.resolve("empty.html"), "");
        CliRun run = extract(bad);
        assertThat(run.err().strip()).isEqualTo("collate: skipped " + bad + ": empty file");
        assertThat(run.exitCode()).isEqualTo(1);
        assertGoodArticleSurvived(run);
    }

    @Test
    void pngImage() throws IOException {
        Path bad = dir.resolve("photo.html");
        Files.write(bad, new byte[]{(byte) 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 13, 'I', 'H', 'D', 'R'});
        CliRun run = extract(bad);
        assertThat(run.err().strip()).isEqualTo("collate: skipped " + bad + ": binary content (PNG image), not an article");
        assertThat(run.exitCode()).isEqualTo(1);
        assertGoodArticleSurvived(run);
    }

    @Test
    void zipArchive() throws IOException {
        Path bad = dir.resolve("bundle.txt");
        try (ZipOutputStream zip = new ZipOutputStream(Files.newOutputStream(bad))) {
            zip.putNextEntry(new ZipEntry("a.txt"));
            zip.write("inside".getBytes(StandardCharsets.UTF_8));
            zip.closeEntry();
        }
        CliRun run = extract(bad);
        assertThat(run.err().strip()).isEqualTo("collate: skipped " + bad + ": binary content (zip archive), not an article");
        assertThat(run.exitCode()).isEqualTo(1);
        assertGoodArticleSurvived(run);
    }

    @Test
    void twoHundredMegabyteFile() throws IOException {
        Path bad = dir.resolve("huge.html");
        try (RandomAccessFile raf = new RandomAccessFile(bad.toFile(), "rw")) {
            raf.setLength(200L * 1024 * 1024);
        }
        CliRun run = extract(bad);
        assertThat(run.err().strip()).isEqualTo("collate: skipped " + bad
                + ": file is 200.0 MB, over the 16.0 MB limit for one document");
        assertThat(run.exitCode()).isEqualTo(1);
        assertGoodArticleSurvived(run);
    }

    @Test
    void invalidUtf8IsReadWithAWarningNotLost() throws IOException {
        Path bad = dir.resolve("latin1.txt");
        Files.write(bad, ARTICLE.replace("Council approves city budget", "Café council approves budget")
                .replace("the libraries", "les bibliothèques").getBytes(StandardCharsets.ISO_8859_1));
        CliRun run = extract(bad);
        assertThat(run.err().strip()).isEqualTo("collate: warning: " + bad
                + ": not valid UTF-8 (2 invalid byte sequences) and no charset declared: read as windows-1252");
        assertThat(run.exitCode()).isEqualTo(1);
        List<String> lines = run.out().lines().toList();
        assertThat(lines).hasSize(2);
        assertThat(Json.MAPPER.readTree(lines.get(0)).path("title").asText()).isEqualTo("Café council approves budget");
    }

    @Test
    void htmlPageWithNoArticle() throws IOException {
        Path bad = Files.writeString(dir.resolve("index.html"), """
                <!DOCTYPE html><html><head><title>Home</title></head><body>
                <nav><a href="/">Home</a> <a href="/news">News</a> <a href="/sport">Sport</a></nav>
                <ul><li><a href="/a">Story A</a></li><li><a href="/b">Story B</a></li></ul>
                <footer>© Example News</footer></body></html>
                """);
        CliRun run = extract(bad);
        assertThat(run.err().strip()).startsWith("collate: skipped " + bad + ": HTML page with no article");
        assertThat(run.exitCode()).isEqualTo(1);
        assertGoodArticleSurvived(run);
    }

    @Test
    void deeplyNestedHtmlNeitherCrashesNorHangs() throws IOException {
        Path bad = dir.resolve("nested.html");
        try (OutputStream out = Files.newOutputStream(bad)) {
            out.write("<html><body>".getBytes(StandardCharsets.UTF_8));
            for (int i = 0; i < 100_000; i++) {
                out.write("<div>".getBytes(StandardCharsets.UTF_8));
            }
            out.write("<p>Deep inside, a sentence of text that is not long enough to be an article.</p>"
                    .getBytes(StandardCharsets.UTF_8));
        }
        CliRun run = extract(bad);
        assertThat(run.err().strip()).startsWith("collate: skipped " + bad + ": HTML page with no article");
        assertGoodArticleSurvived(run);
    }

    @Test
    void scriptLadenHtmlYieldsTheArticleWithoutTheScripts() throws IOException {
        StringBuilder html = new StringBuilder("<html><head><script>var tracker = 'TRACKER-CODE';</script></head><body>");
        html.append("<script>document.write('<p>INJECTED-PARAGRAPH</p>')</script>");
        html.append("<article><h1>Storm closes harbour</h1>");
        for (int i = 0; i < 4; i++) {
            html.append("<p>The storm closed the harbour for a second day on Sunday, stranding fishing boats and "
                    + "ferries, while forecasters warned that winds would strengthen overnight.</p>");
            html.append("<script>alert('ALERT-CODE')</script><noscript>NOSCRIPT-TEXT</noscript>");
            html.append("<p onclick=\"steal()\">Officials said the port would reopen once the swell eased.<img src=x "
                    + "onerror=\"alert('IMG-CODE')\"></p>");
        }
        html.append("</article><style>p { color: red } .STYLE-TEXT{}</style></body></html>");
        Path page = Files.writeString(dir.resolve("scripts.html"), html);
        CliRun run = CliRun.of("extract", page.toString());
        assertThat(run.exitCode()).isZero();
        JsonNode article = Json.MAPPER.readTree(run.out().lines().findFirst().orElseThrow());
        String text = article.path("text").asText();
        assertThat(text).contains("The storm closed the harbour", "the port would reopen");
        assertThat(text).doesNotContain("TRACKER-CODE", "INJECTED-PARAGRAPH", "ALERT-CODE", "NOSCRIPT-TEXT",
                "IMG-CODE", "STYLE-TEXT", "steal()");
        assertThat(article.path("title").asText()).isEqualTo("Storm closes harbour");
    }

    @Test
    void aMissingPathIsNamed() throws IOException {
        Path missing = dir.resolve("nowhere.txt");
        CliRun run = extract(missing);
        assertThat(run.err().strip()).isEqualTo("collate: skipped " + missing + ": no such file or directory");
        assertThat(run.exitCode()).isEqualTo(1);
        assertGoodArticleSurvived(run);
    }

    @Test
    void namedPipeInTheInputDirectory() throws Exception {
        Path pipe = dir.resolve("pipe.txt");
        Process p;
        try {
            p = new ProcessBuilder("mkfifo", pipe.toString()).redirectErrorStream(true).start();
        } catch (IOException e) {
            Assumptions.abort("skipped: mkfifo is not available here (" + e.getMessage() + ")");
            return;
        }
        Assumptions.assumeTrue(p.waitFor() == 0, "skipped: mkfifo could not make a pipe");
        CliRun run = CliRun.of("extract", dir.toString());
        assertThat(run.err().strip()).isEqualTo("collate: skipped " + pipe
                + ": a named pipe (FIFO), not a regular file: not opened");
        assertThat(run.exitCode()).isEqualTo(1);
        assertGoodArticleSurvived(run);
    }
}
