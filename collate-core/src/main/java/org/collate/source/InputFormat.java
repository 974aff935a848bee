package org.collate.source;

import java.io.IOException;
import java.util.function.Consumer;

/**
 * One kind of input file, recognised by its first bytes: it turns an opened input into documents and failures.
 * {@link InputReader} asks each format in turn whether it {@link #accepts} the input's head and hands the input to
 * the first that does.
 */
interface InputFormat {

    /** Whether {@code head}, the input's first bytes (up to {@link OpenedInput#SNIFF_BYTES}), is this format's. */
    boolean accepts(byte[] head);

    /** Reads the whole input, handing each document or failure to {@code sink}. */
    void read(OpenedInput input, Consumer<SourceItem> sink) throws IOException;
}
