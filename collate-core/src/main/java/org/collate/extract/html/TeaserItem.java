package org.collate.extract.html;

import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;

/**
 * Recognises an item of a list of other stories written out as paragraphs: a linked headline first, then a line of
 * teaser text after a dash, a colon or a line break ({@code <p><a>Neighbours split over turbine plan</a> - Residents
 * of Barrow, Hale and Corley packed the town hall …</p>}). Each item alone reads as prose, with few links and many
 * commas, so a box of four of them can outscore a short article; the items must not score.
 *
 * <p>Prose that opens with a link goes on with words ("<a>Mayor Dana Cole</a> said on Monday …"), not with a dash
 * or a break; a link of one or two words is a name, not a headline.
 */
final class TeaserItem {

    /** A headline has at least this many words. */
    private static final int MIN_HEADLINE_WORDS = 3;
    /** What stands between a teaser's headline and its text. */
    private static final String SEPARATORS = "-–—:|•·»";

    private TeaserItem() {
    }

    /** True when the block element {@code owner} opens with a headline-long link followed by a break or a dash. */
    static boolean is(Element owner) {
        TextNode first = firstText(owner);
        if (first == null) {
            return false;
        }
        Element link = null;
        for (Node p = first.parent(); p != null && p != owner; p = p.parent()) {
            if (p instanceof Element e && e.normalName().equals("a")) {
                link = e;
            }
        }
        if (link == null || words(link.text()) < MIN_HEADLINE_WORDS) {
            return false;
        }
        // what follows the link, past white space and comments
        Node next = following(link, owner);
        while (next != null && !(next instanceof Element) && !(next instanceof TextNode t && !t.isBlank())) {
            next = following(next, owner);
        }
        if (next instanceof Element e && e.normalName().equals("br")) {
            return true;
        }
        String after = next instanceof TextNode t ? t.text().strip()
                : next instanceof Element e ? e.text().strip() : "";
        return !after.isEmpty() && SEPARATORS.indexOf(after.charAt(0)) >= 0;
    }

    /** The first text node with a letter or digit below {@code e}, in document order. */
    private static TextNode firstText(Element e) {
        for (Node child : e.childNodes()) {
            if (child instanceof TextNode t) {
                if (!t.isBlank()) {
                    return t;
                }
            } else if (child instanceof Element c) {
                if (BlockSplitter.BLOCK_TAGS.contains(c.normalName())) {
                    return null; // the owner's own text comes first or not at all
                }
                TextNode inner = firstText(c);
                if (inner != null) {
                    return inner;
                }
            }
        }
        return null;
    }

    /** The node after {@code n} in document order, skipping {@code n}'s own children, staying below {@code owner}. */
    private static Node following(Node n, Element owner) {
        for (Node p = n; p != null && p != owner; p = p.parent()) {
            Node next = p.nextSibling();
            if (next != null) {
                return next;
            }
        }
        return null;
    }

    private static int words(String text) {
        int n = 0;
        boolean in = false;
        for (int i = 0; i < text.length(); i++) {
            boolean letter = Character.isLetterOrDigit(text.charAt(i));
            if (letter && !in) {
                n++;
            }
            in = letter;
        }
        return n;
    }
}
