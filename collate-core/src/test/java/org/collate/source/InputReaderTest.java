package org.collate.source;

import org.collate.model.RawDocument;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.netpreserve.jwarc.HttpResponse;
import org.netpreserve.jwarc.MediaType;
import org.netpreserve.jwarc.WarcCompression;
import org.netpreserve.jwarc.WarcResponse;
import org.netpreserve.jwarc.WarcWriter;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.RandomAccessFile;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.GZIPOutputStream;

import static org.assertj.core.api.Assertions.assertThat;

class InputReaderTest {

    @TempDir
    Path dir;

    private final InputReader reader = new InputReader();

    private List<SourceItem> read(Path path) {
        List<SourceItem> items = new ArrayList<>();
        reader.readPath(path, items::add);
        return items;
    }

    private static String content(SourceItem item) {
        return new String(((SourceItem.Document) item).document().content(), StandardCharsets.UTF_8);
    }

    @Test
    void gzipIsUnwrappedWhateverTheFileIsCalled() throws IOException {
        Path file = dir.resolve("article.txt");
        try (OutputStream out = new GZIPOutputStream(Files.newOutputStream(file))) {
            out.write("Hello from a gzip'd file.".getBytes(StandardCharsets.UTF_8));
        }
        assertThat(read(file)).singleElement().satisfies(i -> assertThat(content(i)).isEqualTo("Hello from a gzip'd file."));
    }

    @Test
    void directoriesAreWalkedInPathOrderSkippingHiddenFilesAndDocumentation() throws IOException {
        Files.createDirectories(dir.resolve("b"));
        Files.writeString(dir.resolve("b/2.txt"), "two");
        Files.writeString(dir.resolve("a.txt"), "one");
        Files.writeString(dir.resolve(".hidden"), "secret");
        Files.writeString(dir.resolve("README.md"), "# About these files");
        Files.writeString(dir.resolve("LICENSE"), "CC BY 3.0");
        assertThat(read(dir)).extracting(SourceItem::origin)
                .containsExactly(dir.resolve("a.txt").toString(), dir.resolve("b/2.txt").toString());
    }

    @Test
    void jsonLinesGiveOneDocumentPerLineAndBadLinesDoNotStopTheFile() throws IOException {
        Path file = dir.resolve("feed.data");
        Files.writeString(file, """
                {"id":"a1","url":"https://example.com/a","title":"T","published":"2022-09-16","outlet":"Ex","text":"Body one."}
                not json at all
                {"url":"https://example.com/b"}

                {"html":"<html><body><p>Body two.</p></body></html>"}
                """);
        List<SourceItem> items = read(file);
        assertThat(items).hasSize(4);
        RawDocument first = ((SourceItem.Document) items.get(0)).document();
        assertThat(first.origin()).isEqualTo(file + "#L1");
        assertThat(first.declared().id()).isEqualTo("a1");
        assertThat(first.declared().outlet()).isEqualTo("Ex");
        assertThat(first.declared().format()).isEqualTo("text");
        assertThat(items.get(1)).isInstanceOfSatisfying(SourceItem.Failure.class,
                f -> assertThat(f.origin()).endsWith("#L2"));
        assertThat(items.get(2)).isInstanceOfSatisfying(SourceItem.Failure.class,
                f -> assertThat(f.reason()).contains("neither \"text\" nor \"html\""));
        RawDocument html = ((SourceItem.Document) items.get(3)).document();
        assertThat(html.origin()).endsWith("#L5");
        assertThat(html.declared().format()).isEqualTo("html");
    }

    @Test
    void warcResponsesWithHtmlBecomeDocuments() throws IOException {
        Path file = dir.resolve("crawl.warc.gz");
        try (FileChannel channel = FileChannel.open(file, StandardOpenOption.CREATE, StandardOpenOption.WRITE);
             WarcWriter writer = new WarcWriter(channel, WarcCompression.GZIP)) {
            writer.write(response("https://news.example/a", "text/html; charset=utf-8",
                    "<html><body><p>First</p></body></html>"));
            writer.write(response("https://news.example/logo.png", "image/png", "PNG"));
            writer.write(response("https://news.example/b", "text/html", "<html><body><p>Second</p></body></html>"));
        }
        List<SourceItem> items = read(file);
        assertThat(items).hasSize(2).allMatch(i -> i instanceof SourceItem.Document);
        RawDocument a = ((SourceItem.Document) items.get(0)).document();
        assertThat(a.declared().url()).isEqualTo("https://news.example/a");
        assertThat(a.declared().contentType()).contains("charset=utf-8");
        assertThat(content(items.get(1))).contains("Second");
    }

    private static WarcResponse response(String url, String type, String body) throws IOException {
        HttpResponse http = new HttpResponse.Builder(200, "OK")
                .body(MediaType.parse(type), body.getBytes(StandardCharsets.UTF_8)).build();
        return new WarcResponse.Builder(url).body(http).build();
    }

    @Test
    void aHugeFileIsRefusedWithoutBeingRead() throws IOException {
        Path file = dir.resolve("huge.html");
        try (RandomAccessFile raf = new RandomAccessFile(file.toFile(), "rw")) {
            raf.setLength(200L * 1024 * 1024); // sparse: costs no disk
        }
        assertThat(read(file)).singleElement().isInstanceOfSatisfying(SourceItem.Failure.class,
                f -> assertThat(f.reason()).isEqualTo("file is 200.0 MB, over the 16.0 MB limit for one document"));
    }

    @Test
    void anOversizedGzipIsRefusedWhileStreaming() throws IOException {
        Path file = dir.resolve("bomb.gz");
        try (OutputStream out = new GZIPOutputStream(Files.newOutputStream(file))) {
            byte[] block = new byte[1 << 20];
            java.util.Arrays.fill(block, (byte) 'a');
            for (int i = 0; i < 3; i++) {
                out.write(block);
            }
        }
        List<SourceItem> items = new ArrayList<>();
        new InputReader(new InputLimits(1 << 20)).readPath(file, items::add);
        assertThat(items).singleElement().isInstanceOfSatisfying(SourceItem.Failure.class,
                f -> assertThat(f.reason()).contains("over the 1.0 MB limit"));
    }

    @Test
    void missingFilesAndCorruptGzipAreFailures() throws IOException {
        assertThat(read(dir.resolve("nope.txt"))).singleElement().isInstanceOfSatisfying(SourceItem.Failure.class,
                f -> assertThat(f.reason()).isEqualTo("no such file or directory"));
        Path corrupt = dir.resolve("broken.gz");
        Files.write(corrupt, new byte[]{0x1f, (byte) 0x8b, 8, 0, 1, 2, 3, 4, 5, 6, 7});
        assertThat(read(corrupt)).singleElement().isInstanceOfSatisfying(SourceItem.Failure.class,
                f -> assertThat(f.reason()).startsWith("corrupt gzip data"));
    }

    @Test
    void stdinIsOneDocument() {
        List<SourceItem> items = new ArrayList<>();
        reader.readStream("-", new ByteArrayInputStream("piped text".getBytes(StandardCharsets.UTF_8)), items::add);
        assertThat(items).singleElement().satisfies(i -> assertThat(content(i)).isEqualTo("piped text"));
    }

    // ---- inputs that are not plain readable files ----------------------------------------------------------------

    /** Makes a named pipe with mkfifo; the calling test is skipped where mkfifo is absent. */
    static Path fifo(Path path) throws IOException, InterruptedException {
        Process p;
        try {
            p = new ProcessBuilder("mkfifo", path.toString()).redirectErrorStream(true).start();
        } catch (IOException e) {
            Assumptions.abort("skipped: mkfifo is not available here (" + e.getMessage() + ")");
            return null;
        }
        Assumptions.assumeTrue(p.waitFor() == 0 && Files.exists(path), "skipped: mkfifo could not make a pipe");
        return path;
    }

    /** Whether this process can read a file its mode forbids (root can): then permission tests prove nothing. */
    static boolean readsAnything(Path probeDir) throws IOException {
        Path probe = Files.writeString(probeDir.resolve("probe-" + System.nanoTime()), "x");
        try {
            Files.setPosixFilePermissions(probe, java.util.Set.of());
            return Files.isReadable(probe);
        } finally {
            Files.delete(probe);
        }
    }

    @Test
    void aNamedPipeInADirectoryIsNamedAndNeverOpened() throws Exception {
        Files.writeString(dir.resolve("a.txt"), "one");
        fifo(dir.resolve("pipe"));
        // Opening a pipe with no writer blocks for ever, so this test returning at all shows it was not opened.
        List<SourceItem> items = read(dir);
        assertThat(items).hasSize(2);
        assertThat(content(items.get(0))).isEqualTo("one");
        assertThat(items.get(1)).isInstanceOfSatisfying(SourceItem.Failure.class, f -> {
            assertThat(f.origin()).isEqualTo(dir.resolve("pipe").toString());
            assertThat(f.reason()).isEqualTo("a named pipe (FIFO), not a regular file: not opened");
        });
        assertThat(read(dir.resolve("pipe"))).singleElement().isInstanceOfSatisfying(SourceItem.Failure.class,
                f -> assertThat(f.reason()).startsWith("a named pipe (FIFO)"));
    }

    @Test
    void anUnreadableFileIsNamed() throws IOException {
        Assumptions.assumeFalse(readsAnything(dir), "skipped: this process can read any file (it runs as root)");
        Files.writeString(dir.resolve("a.txt"), "one");
        Path locked = Files.writeString(dir.resolve("locked.txt"), "secret");
        Files.setPosixFilePermissions(locked, java.util.Set.of());
        List<SourceItem> items = read(dir);
        assertThat(items).hasSize(2);
        assertThat(items.get(1)).isInstanceOfSatisfying(SourceItem.Failure.class, f -> {
            assertThat(f.origin()).isEqualTo(locked.toString());
            assertThat(f.reason()).isEqualTo("permission denied");
        });
    }

    @Test
    void aSymbolicLinkLoopIsFollowedOnceAndNamed() throws IOException {
        Path sub = Files.createDirectories(dir.resolve("sub"));
        Files.writeString(sub.resolve("a.txt"), "one");
        Files.createSymbolicLink(sub.resolve("back"), dir);
        Files.createSymbolicLink(dir.resolve("self"), dir.resolve("self"));
        List<SourceItem> items = read(dir);
        assertThat(items).filteredOn(SourceItem.Document.class::isInstance).singleElement()
                .satisfies(i -> assertThat(content(i)).isEqualTo("one"));
        assertThat(items).filteredOn(SourceItem.Failure.class::isInstance).extracting(SourceItem::origin)
                .containsExactly(dir.resolve("self").toString(), sub.resolve("back").toString());
        assertThat(items).filteredOn(i -> i.origin().equals(sub.resolve("back").toString())).singleElement()
                .isInstanceOfSatisfying(SourceItem.Failure.class,
                        f -> assertThat(f.reason()).startsWith("symbolic link loop"));
    }
}
