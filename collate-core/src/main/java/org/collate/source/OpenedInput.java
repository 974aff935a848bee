package org.collate.source;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.nio.file.Path;

/**
 * An input being read: its name for messages, its bytes (buffered so that the head can be looked at and put back),
 * its size where known, and the file it came from, if any.
 *
 * @param origin    the input's name in messages and in the documents' origins
 * @param stream    the bytes, after any gzip unwrapping
 * @param knownSize the size of {@code stream} in bytes, or -1 when unknown (stdin, gzip'd content)
 * @param file      the file read, or null for a stream; a gzip'd file keeps its path (jwarc unwraps gzip itself)
 */
record OpenedInput(String origin, BufferedInputStream stream, long knownSize, Path file) {

    /** How many bytes of an input are looked at to decide its format. */
    static final int SNIFF_BYTES = 64 * 1024;

    /** The first {@code n} bytes (fewer at the end of the input), leaving the stream where it was. */
    byte[] peek(int n) throws IOException {
        stream.mark(n);
        byte[] buffer = stream.readNBytes(n);
        stream.reset();
        return buffer;
    }

    static boolean startsWith(byte[] data, byte[] prefix) {
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
}
