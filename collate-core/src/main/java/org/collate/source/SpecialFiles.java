package org.collate.source;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** Names what a file that is not a regular file is, in words a user knows, from its Unix file type. */
final class SpecialFiles {

    private static final int TYPE_MASK = 0170000;
    private static final int FIFO = 0010000;
    private static final int CHARACTER_DEVICE = 0020000;
    private static final int BLOCK_DEVICE = 0060000;
    private static final int SOCKET = 0140000;

    private SpecialFiles() {
    }

    /** "a named pipe (FIFO)", "a socket", "a character device", "a block device", or "a special file". */
    static String kind(Path file) {
        int mode;
        try {
            // The "unix" attribute view is there on Linux and macOS; elsewhere the generic words do.
            mode = (Integer) Files.getAttribute(file, "unix:mode");
        } catch (IOException | UnsupportedOperationException | IllegalArgumentException | ClassCastException e) {
            return "a special file";
        }
        return switch (mode & TYPE_MASK) {
            case FIFO -> "a named pipe (FIFO)";
            case SOCKET -> "a socket";
            case CHARACTER_DEVICE -> "a character device";
            case BLOCK_DEVICE -> "a block device";
            default -> "a special file";
        };
    }
}
