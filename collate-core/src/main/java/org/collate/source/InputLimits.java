package org.collate.source;

/**
 * Bounds on what one input may cost.
 *
 * @param maxDocumentBytes the largest single document (an HTML or text file, a JSON Lines record, a WARC
 *                         record's body) read; container files (JSON Lines, WARC) may be any size since they are
 *                         streamed record by record
 */
public record InputLimits(long maxDocumentBytes) {
    /** 16 MiB: far above any real article page (the largest of the evaluation pages is under 2 MiB). */
    public static final InputLimits DEFAULT = new InputLimits(16L << 20);

    public InputLimits {
        if (maxDocumentBytes <= 0) {
            throw new IllegalArgumentException("maxDocumentBytes must be positive");
        }
    }
}
