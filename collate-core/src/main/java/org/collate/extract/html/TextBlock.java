package org.collate.extract.html;

import org.jsoup.nodes.Element;

/**
 * One paragraph-sized run of a page's text: what lies between two block boundaries (a block element's start or end,
 * or a {@code <br>}), with whitespace collapsed.
 *
 * @param text      the run's text, whitespace collapsed, never blank
 * @param chars     how many non-whitespace characters it has
 * @param linkChars how many of those are inside links
 * @param owner     the innermost block element the run lies in
 */
record TextBlock(String text, int chars, int linkChars, Element owner) {

    /** The share of the text that is link text, 0 to 1. */
    double linkDensity() {
        return chars == 0 ? 0 : Math.min(1.0, linkChars / (double) chars);
    }

    /** The owner's tag name. */
    String tag() {
        return owner.normalName();
    }

    /** True when the run is a heading (h1 to h6). */
    boolean heading() {
        String t = tag();
        return t.length() == 2 && t.charAt(0) == 'h' && t.charAt(1) >= '1' && t.charAt(1) <= '6';
    }
}
