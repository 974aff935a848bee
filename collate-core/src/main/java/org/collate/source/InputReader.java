package org.collate.source;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import org.collate.model.DeclaredMetadata;
import org.collate.model.RawDocument;
import org.netpreserve.jwarc.HttpResponse;
import org.netpreserve.jwarc.MediaType;
import org.netpreserve.jwarc.WarcReader;
import org.netpreserve.jwarc.WarcRecord;
import org.netpreserve.jwarc.WarcResponse;

import java.io.BufferedInputStream;
import java.io.ByteArrayOutputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.function.Consumer;
import java.util.stream.Stream;
import java.util.zip.GZIPInputStream;
import java.util.zip.ZipException;

/**
 * Reads files, directory trees and stdin into {@link SourceItem}s, deciding by content what each file holds:
 * gzip (unwrapped transparently), a WARC file (one document per HTML response record), JSON Lines (one
 * document per line) or a single document (HTML or plain text, told apart later by extraction).
 *
 * <p>Everything is streamed: a WARC or JSON Lines file of any size costs at most one record's bytes, and a single
 * document larger than {@link InputLimits#maxDocumentBytes()} is refused without being read. Every problem becomes
 * a {@link SourceItem.Failure} naming the input and the reason; nothing is thrown to the caller.
 */
public final class InputReader {

    /** The name that reads standard input. */
    public static final String STDIN = "-";

    private static final int SNIFF_BYTES = 64 * 1024;
    private static final ObjectMapper JSON = JsonMapper.builder().build();

    private final InputLimits limits;

    public InputReader(InputLimits limits) {
        this.limits = limits;
    }

    public InputReader() {
        this(InputLimits.DEFAULT);
    }

    /** Reads every input in order ({@code -} is stdin), handing each document or failure to {@code sink}. */
    public void read(List<String> inputs, Consumer<SourceItem> sink) {
        for (String input : inputs) {
            if (STDIN.equals(input)) {
                readStream(STDIN, System.in, sink);
            } else {
                readPath(Path.of(input), sink);
            }
        }
    }

    /** Reads a file, or every regular file below a directory in path order but hidden files and documentation. */
    public void readPath(Path path, Consumer<SourceItem> sink) {
        if (Files.isDirectory(path)) {
            List<Path> files;
            try (Stream<Path> walk = Files.walk(path)) {
                files = walk.filter(Files::isRegularFile)
                        .filter(p -> !isHidden(path, p) && !isDocumentation(p))
                        .sorted()
                        .toList();
            } catch (IOException | UncheckedIOException e) {
                sink.accept(new SourceItem.Failure(path.toString(), "cannot list directory: " + describe(e)));
                return;
            }
            if (files.isEmpty()) {
                sink.accept(new SourceItem.Failure(path.toString(), "directory holds no files"));
            }
            files.forEach(f -> readFile(f, sink));
        } else {
            readFile(path, sink);
        }
    }

    /**
     * Documentation that travels with corpora (README, LICENSE, NOTICE, ATTRIBUTION, CHANGELOG) is not an article; it
     * is skipped when walking a directory, and read when named explicitly.
     */
    static boolean isDocumentation(Path file) {
        String name = file.getFileName().toString().toUpperCase(java.util.Locale.ROOT);
        return name.startsWith("README") || name.startsWith("LICENSE") || name.startsWith("NOTICE")
                || name.startsWith("ATTRIBUTION") || name.startsWith("CHANGELOG") || name.startsWith("COPYING");
    }

    private static boolean isHidden(Path root, Path file) {
        for (Path part : root.relativize(file)) {
            if (part.toString().startsWith(".")) {
                return true;
            }
        }
        return false;
    }

    private void readFile(Path file, Consumer<SourceItem> sink) {
        String origin = file.toString();
        if (!Files.exists(file)) {
            sink.accept(new SourceItem.Failure(origin, "no such file or directory"));
            return;
        }
        if (!Files.isRegularFile(file)) {
            sink.accept(new SourceItem.Failure(origin, "not a regular file"));
            return;
        }
        try (InputStream raw = Files.newInputStream(file)) {
            long size = Files.size(file);
            read(origin, raw, size, file, sink);
        } catch (IOException e) {
            sink.accept(new SourceItem.Failure(origin, describe(e)));
        }
    }

    /** Reads one stream of unknown length (stdin, a network body). */
    public void readStream(String origin, InputStream in, Consumer<SourceItem> sink) {
        try {
            read(origin, in, -1, null, sink);
        } catch (IOException e) {
            sink.accept(new SourceItem.Failure(origin, describe(e)));
        }
    }

    private void read(String origin, InputStream raw, long knownSize, Path file, Consumer<SourceItem> sink)
            throws IOException {
        BufferedInputStream in = new BufferedInputStream(raw, SNIFF_BYTES);
        boolean gzipped = startsWith(peek(in, 2), new byte[]{0x1f, (byte) 0x8b});
        if (gzipped) {
            try {
                in = new BufferedInputStream(new GZIPInputStream(in, 64 * 1024), SNIFF_BYTES);
            } catch (ZipException | EOFException e) {
                sink.accept(new SourceItem.Failure(origin, "corrupt gzip data: " + describe(e)));
                return;
            }
        }
        byte[] head;
        try {
            head = peek(in, SNIFF_BYTES);
        } catch (ZipException | EOFException e) {
            sink.accept(new SourceItem.Failure(origin, "corrupt gzip data: " + describe(e)));
            return;
        }
        if (startsWith(head, "WARC/".getBytes(StandardCharsets.US_ASCII))) {
            readWarc(origin, file != null ? null : in, file, sink);
            return;
        }
        if (looksLikeJsonLines(head)) {
            readJsonLines(origin, in, sink);
            return;
        }
        if (!gzipped && knownSize > limits.maxDocumentBytes()) {
            sink.accept(new SourceItem.Failure(origin, tooLarge(knownSize)));
            return;
        }
        byte[] content;
        try {
            content = readBounded(in, limits.maxDocumentBytes());
        } catch (ZipException | EOFException e) {
            sink.accept(new SourceItem.Failure(origin, "corrupt gzip data: " + describe(e)));
            return;
        }
        if (content == null) {
            sink.accept(new SourceItem.Failure(origin, tooLarge(-1)));
            return;
        }
        sink.accept(new SourceItem.Document(RawDocument.of(origin, content)));
    }

    private String tooLarge(long size) {
        String limit = megabytes(limits.maxDocumentBytes());
        return size >= 0
                ? "file is " + megabytes(size) + ", over the " + limit + " limit for one document"
                : "document is over the " + limit + " limit for one document";
    }

    private static String megabytes(long bytes) {
        return String.format(Locale.ROOT, "%.1f MB", bytes / 1_048_576.0);
    }

    // ---- JSON Lines -------------------------------------------------------------------------------------------

    /** A JSON Lines file starts (after white space) with an object on its first line. */
    private static boolean looksLikeJsonLines(byte[] head) {
        int i = 0;
        if (head.length >= 3 && (head[0] & 0xff) == 0xEF && (head[1] & 0xff) == 0xBB && (head[2] & 0xff) == 0xBF) {
            i = 3;
        }
        while (i < head.length && Character.isWhitespace(head[i])) {
            i++;
        }
        if (i >= head.length || head[i] != '{') {
            return false;
        }
        int end = i;
        while (end < head.length && head[end] != '\n') {
            end++;
        }
        if (end == head.length && head.length == SNIFF_BYTES) {
            // The first line is longer than the sniffed head: an object-shaped start is evidence enough.
            return true;
        }
        try {
            JsonNode node = JSON.readTree(head, i, end - i);
            return node != null && node.isObject();
        } catch (IOException e) {
            return false;
        }
    }

    private void readJsonLines(String origin, InputStream in, Consumer<SourceItem> sink) throws IOException {
        BoundedLineReader lines = new BoundedLineReader(in, limits.maxDocumentBytes());
        int lineNumber = 0;
        while (true) {
            BoundedLineReader.Line line = lines.next();
            if (line == null) {
                return;
            }
            lineNumber++;
            String lineOrigin = origin + "#L" + lineNumber;
            if (line.tooLong()) {
                sink.accept(new SourceItem.Failure(lineOrigin, tooLarge(-1)));
                continue;
            }
            String text = new String(line.bytes(), StandardCharsets.UTF_8).strip();
            if (text.isEmpty()) {
                continue;
            }
            sink.accept(jsonRecord(lineOrigin, text));
        }
    }

    private static SourceItem jsonRecord(String origin, String line) {
        JsonNode node;
        try {
            node = JSON.readTree(line);
        } catch (JsonProcessingException e) {
            return new SourceItem.Failure(origin, "not valid JSON: " + e.getOriginalMessage());
        }
        if (node == null || !node.isObject()) {
            return new SourceItem.Failure(origin, "not a JSON object");
        }
        String html = textField(node, "html");
        String text = textField(node, "text");
        if (html == null && text == null) {
            return new SourceItem.Failure(origin, "record has neither \"text\" nor \"html\"");
        }
        DeclaredMetadata declared = new DeclaredMetadata(textField(node, "id"), textField(node, "url"),
                textField(node, "title"), textField(node, "published"), textField(node, "outlet"), null,
                html != null ? "html" : "text");
        byte[] content = (html != null ? html : text).getBytes(StandardCharsets.UTF_8);
        return new SourceItem.Document(new RawDocument(origin, content, declared));
    }

    private static String textField(JsonNode node, String field) {
        JsonNode value = node.get(field);
        if (value == null || value.isNull()) {
            return null;
        }
        String s = value.isTextual() ? value.asText() : value.toString();
        return s.isBlank() ? null : s;
    }

    // ---- WARC -------------------------------------------------------------------------------------------------

    private void readWarc(String origin, InputStream stream, Path file, Consumer<SourceItem> sink) throws IOException {
        try (WarcReader reader = file != null ? new WarcReader(file) : new WarcReader(stream)) {
            reader.setLenient(true);
            int count = 0;
            while (true) {
                long position = reader.position();
                WarcRecord record;
                try {
                    var next = reader.next();
                    if (next.isEmpty()) {
                        break;
                    }
                    record = next.get();
                } catch (IOException | RuntimeException e) {
                    sink.accept(new SourceItem.Failure(origin + "@" + position,
                            "unreadable WARC record, stopped reading this file: " + describe(e)));
                    return;
                }
                if (record instanceof WarcResponse response) {
                    SourceItem item = warcResponse(origin + "@" + position, response);
                    if (item != null) {
                        sink.accept(item);
                        count++;
                    }
                }
            }
            if (count == 0) {
                sink.accept(new SourceItem.Failure(origin, "WARC file holds no HTML response records"));
            }
        }
    }

    private SourceItem warcResponse(String origin, WarcResponse response) {
        try {
            HttpResponse http = response.http();
            MediaType type = http.contentType();
            String base = type == null ? "" : type.base().toString().toLowerCase(Locale.ROOT);
            if (!(base.equals("text/html") || base.equals("application/xhtml+xml"))) {
                return null;
            }
            if (http.status() < 200 || http.status() >= 300) {
                return null;
            }
            byte[] body = readBounded(http.bodyDecoded().stream(), limits.maxDocumentBytes());
            if (body == null) {
                return new SourceItem.Failure(origin, tooLarge(-1));
            }
            DeclaredMetadata declared = new DeclaredMetadata(null, response.target(), null, null, null,
                    type.toString(), "html");
            return new SourceItem.Document(new RawDocument(origin, body, declared));
        } catch (IOException | RuntimeException e) {
            return new SourceItem.Failure(origin, "unreadable HTTP response in WARC record: " + describe(e));
        }
    }

    // ---- bytes ------------------------------------------------------------------------------------------------

    private static byte[] peek(BufferedInputStream in, int n) throws IOException {
        in.mark(n);
        byte[] buffer = in.readNBytes(n);
        in.reset();
        return buffer;
    }

    private static boolean startsWith(byte[] data, byte[] prefix) {
        if (data.length < prefix.length) {
            return false;
        }
        for (int i = 0; i < prefix.length; i++) {
            if (data[i] != prefix[i]) {
                return false;
            }
        }
        return true;
    }

    /** Reads the whole stream, or returns null as soon as it exceeds {@code max} bytes. */
    static byte[] readBounded(InputStream in, long max) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        byte[] buffer = new byte[64 * 1024];
        long total = 0;
        int n;
        while ((n = in.read(buffer)) > 0) {
            total += n;
            if (total > max) {
                return null;
            }
            out.write(buffer, 0, n);
        }
        return out.toByteArray();
    }

    static String describe(Throwable e) {
        if (e instanceof UncheckedIOException u && u.getCause() != null) {
            e = u.getCause();
        }
        if (e instanceof NoSuchFileException) {
            return "no such file or directory";
        }
        if (e instanceof AccessDeniedException) {
            return "permission denied";
        }
        String message = e.getMessage();
        if (message == null || message.isBlank()) {
            return e.getClass().getSimpleName();
        }
        return message.strip().replaceAll("\\s+", " ");
    }

    /** Splits a stream into lines without ever holding more than {@code max} bytes of one line. */
    static final class BoundedLineReader {
        record Line(byte[] bytes, boolean tooLong) {
        }

        private final InputStream in;
        private final long max;

        BoundedLineReader(InputStream in, long max) {
            this.in = in;
            this.max = max;
        }

        Line next() throws IOException {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            boolean tooLong = false;
            boolean any = false;
            int b;
            while ((b = in.read()) != -1) {
                any = true;
                if (b == '\n') {
                    break;
                }
                if (!tooLong) {
                    if (out.size() >= max) {
                        tooLong = true;
                        out = new ByteArrayOutputStream();
                    } else {
                        out.write(b);
                    }
                }
            }
            if (!any) {
                return null;
            }
            return new Line(out.toByteArray(), tooLong);
        }
    }
}
