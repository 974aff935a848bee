package org.collate.source;

import org.collate.model.DeclaredMetadata;
import org.collate.model.RawDocument;
import org.netpreserve.jwarc.HttpResponse;
import org.netpreserve.jwarc.MediaType;
import org.netpreserve.jwarc.WarcReader;
import org.netpreserve.jwarc.WarcRecord;
import org.netpreserve.jwarc.WarcResponse;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.function.Consumer;

/**
 * A WARC file (via jwarc): one document per successful HTML response record, each named by the record's position
 * in the file. A record jwarc cannot read ends the file with a failure; the records before it are kept.
 */
final class WarcInput implements InputFormat {

    private static final byte[] MAGIC = "WARC/".getBytes(StandardCharsets.US_ASCII);

    private final InputLimits limits;

    WarcInput(InputLimits limits) {
        this.limits = limits;
    }

    @Override
    public boolean accepts(byte[] head) {
        return OpenedInput.startsWith(head, MAGIC);
    }

    @Override
    public void read(OpenedInput input, Consumer<SourceItem> sink) throws IOException {
        String origin = input.origin();
        // From a file, jwarc reads (and unwraps gzip) itself, so record positions are the file's offsets.
        try (WarcReader reader = input.file() != null ? new WarcReader(input.file())
                : new WarcReader(input.stream())) {
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
                            "unreadable WARC record, stopped reading this file: " + InputReader.describe(e)));
                    return;
                }
                if (record instanceof WarcResponse response) {
                    SourceItem item = response(origin + "@" + position, response);
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

    private SourceItem response(String origin, WarcResponse response) {
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
            byte[] body = SingleDocumentInput.readBounded(http.bodyDecoded().stream(), limits.maxDocumentBytes());
            if (body == null) {
                return new SourceItem.Failure(origin, SingleDocumentInput.tooLarge(limits, -1));
            }
            DeclaredMetadata declared = new DeclaredMetadata(null, response.target(), null, null, null,
                    type.toString(), "html");
            return new SourceItem.Document(new RawDocument(origin, body, declared));
        } catch (IOException | RuntimeException e) {
            return new SourceItem.Failure(origin, "unreadable HTTP response in WARC record: " + InputReader.describe(e));
        }
    }
}
