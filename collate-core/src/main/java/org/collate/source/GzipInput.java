package org.collate.source;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.util.function.Consumer;
import java.util.zip.GZIPInputStream;
import java.util.zip.ZipException;
import java.io.EOFException;

/** gzip'd content, whatever the file is called: unwrapped, and what is inside is read by its own content. */
final class GzipInput implements InputFormat {

    private static final byte[] MAGIC = {0x1f, (byte) 0x8b};

    private final InputReader contents;

    /** @param contents reads what the gzip data holds */
    GzipInput(InputReader contents) {
        this.contents = contents;
    }

    @Override
    public boolean accepts(byte[] head) {
        return OpenedInput.startsWith(head, MAGIC);
    }

    @Override
    public void read(OpenedInput input, Consumer<SourceItem> sink) throws IOException {
        BufferedInputStream unwrapped;
        try {
            unwrapped = new BufferedInputStream(new GZIPInputStream(input.stream(), 64 * 1024),
                    OpenedInput.SNIFF_BYTES);
        } catch (ZipException | EOFException e) {
            sink.accept(new SourceItem.Failure(input.origin(), corrupt(e)));
            return;
        }
        contents.dispatch(new OpenedInput(input.origin(), unwrapped, -1, input.file()), false, sink);
    }

    static String corrupt(IOException e) {
        return "corrupt gzip data: " + InputReader.describe(e);
    }
}
