package org.collate.extract;

/**
 * Bounds on what one document may cost extraction.
 *
 * @param maxHtmlDepth elements nested deeper than this are flattened by the parser (jsoup's {@code maxDepth}), so
 *                     hostile nesting can neither exhaust the stack nor make the tree walks costly; real pages nest
 *                     a few dozen deep
 */
public record ExtractionLimits(int maxHtmlDepth) {

    public static final ExtractionLimits DEFAULT = new ExtractionLimits(256);

    public ExtractionLimits {
        if (maxHtmlDepth < 16) {
            throw new IllegalArgumentException("maxHtmlDepth must be at least 16");
        }
    }
}
