package org.collate.source;

import org.collate.model.RawDocument;

import java.io.ByteArrayOutputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.util.Locale;
import java.util.function.Consumer;
import java.util.zip.ZipException;

/**
 * Anything that is no container: one document (HTML or plain text, told apart later by extraction), refused
 * without being read when it is larger than {@link InputLimits#maxDocumentBytes()}.
 */
final class SingleDocumentInput implements InputFormat {

    private final InputLimits limits;

    SingleDocumentInput(InputLimits limits) {
        this.limits = limits;
    }

    @Override
    public boolean accepts(byte[] head) {
        return true;
    }

    @Override
    public void read(OpenedInput input, Consumer<SourceItem> sink) throws IOException {
        String origin = input.origin();
        if (input.knownSize() > limits.maxDocumentBytes()) {
            sink.accept(new SourceItem.Failure(origin, tooLarge(limits, input.knownSize())));
            return;
        }
        byte[] content;
        try {
            content = readBounded(input.stream(), limits.maxDocumentBytes());
        } catch (ZipException | EOFException e) {
            sink.accept(new SourceItem.Failure(origin, GzipInput.corrupt(e)));
            return;
        }
        if (content == null) {
            sink.accept(new SourceItem.Failure(origin, tooLarge(limits, -1)));
            return;
        }
        sink.accept(new SourceItem.Document(RawDocument.of(origin, content)));
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

    /** Why a document over the size limit was refused ({@code size} -1 when only known to be over it). */
    static String tooLarge(InputLimits limits, long size) {
        String limit = megabytes(limits.maxDocumentBytes());
        return size >= 0
                ? "file is " + megabytes(size) + ", over the " + limit + " limit for one document"
                : "document is over the " + limit + " limit for one document";
    }

    private static String megabytes(long bytes) {
        return String.format(Locale.ROOT, "%.1f MB", bytes / 1_048_576.0);
    }
}
