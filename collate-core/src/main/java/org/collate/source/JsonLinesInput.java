package org.collate.source;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import org.collate.model.DeclaredMetadata;
import org.collate.model.RawDocument;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.function.Consumer;

/**
 * JSON Lines: one document per line, {@code {"id","url","title","published","outlet","text"|"html"}}, streamed so a
 * file of any size costs one line; a line that is not a usable record is a failure and the next line is read.
 */
final class JsonLinesInput implements InputFormat {

    private static final ObjectMapper JSON = JsonMapper.builder().build();

    private final InputLimits limits;

    JsonLinesInput(InputLimits limits) {
        this.limits = limits;
    }

    /** A JSON Lines file starts (after white space) with an object on its first line. */
    @Override
    public boolean accepts(byte[] head) {
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
        if (end == head.length && head.length == OpenedInput.SNIFF_BYTES) {
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

    @Override
    public void read(OpenedInput input, Consumer<SourceItem> sink) throws IOException {
        BoundedLineReader lines = new BoundedLineReader(input.stream(), limits.maxDocumentBytes());
        int lineNumber = 0;
        while (true) {
            BoundedLineReader.Line line = lines.next();
            if (line == null) {
                return;
            }
            lineNumber++;
            String lineOrigin = input.origin() + "#L" + lineNumber;
            if (line.tooLong()) {
                sink.accept(new SourceItem.Failure(lineOrigin, SingleDocumentInput.tooLarge(limits, -1)));
                continue;
            }
            String text = new String(line.bytes(), StandardCharsets.UTF_8).strip();
            if (text.isEmpty()) {
                continue;
            }
            sink.accept(record(lineOrigin, text));
        }
    }

    private static SourceItem record(String origin, String line) {
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
