package org.collate.extract.html;

import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Set;

/**
 * Cuts a subtree into {@link TextBlock}s: a new block starts at every block-level element's start and end and at every
 * {@code <br>}; inline elements (links, emphasis, spans) flow into the block around them. One pass over the nodes.
 */
final class BlockSplitter {

    /** Elements that break the flow of text; every other element is inline. */
    static final Set<String> BLOCK_TAGS = Set.of("address", "article", "aside", "blockquote", "body", "caption",
            "center", "dd", "details", "dialog", "dir", "div", "dl", "dt", "fieldset", "figcaption", "figure",
            "footer", "form", "h1", "h2", "h3", "h4", "h5", "h6", "header", "hgroup", "hr", "li", "main", "menu",
            "nav", "ol", "p", "pre", "section", "summary", "table", "tbody", "td", "tfoot", "th", "thead", "tr", "ul",
            "legend", "output", "html");

    private final List<TextBlock> out = new ArrayList<>();
    private final Deque<Element> owners = new ArrayDeque<>();
    private final StringBuilder current = new StringBuilder();
    private int chars;
    private int linkChars;
    private int linkDepth;
    private Element runOwner;

    private BlockSplitter() {
    }

    /** The blocks of {@code roots}, in document order. */
    static List<TextBlock> split(List<Element> roots) {
        BlockSplitter s = new BlockSplitter();
        for (Element root : roots) {
            s.owners.push(root);
            s.walk(root);
            s.flush();
            s.owners.pop();
        }
        return s.out;
    }

    static List<TextBlock> split(Element root) {
        return split(List.of(root));
    }

    private void walk(Element element) {
        for (Node child : element.childNodes()) {
            if (child instanceof TextNode t) {
                text(t.getWholeText());
            } else if (child instanceof Element e) {
                String tag = e.normalName();
                if (tag.equals("br")) {
                    flush();
                    continue;
                }
                boolean block = BLOCK_TAGS.contains(tag);
                if (block) {
                    flush();
                    owners.push(e);
                }
                boolean link = tag.equals("a");
                if (link) {
                    linkDepth++;
                }
                walk(e);
                if (link) {
                    linkDepth--;
                }
                if (block) {
                    flush();
                    owners.pop();
                }
            }
        }
    }

    private void text(String s) {
        int n = 0;
        for (int i = 0; i < s.length(); i++) {
            if (!isSpace(s.charAt(i))) {
                n++;
            }
        }
        if (n > 0 && chars == 0) {
            runOwner = owners.peek();
        }
        chars += n;
        if (linkDepth > 0) {
            linkChars += n;
        }
        current.append(s);
    }

    private void flush() {
        if (chars > 0) {
            String text = normalise(current);
            if (!text.isEmpty()) {
                out.add(new TextBlock(text, chars, linkChars, runOwner));
            }
        }
        current.setLength(0);
        chars = 0;
        linkChars = 0;
        runOwner = null;
    }

    /** Collapses runs of whitespace (the no-break space included) to one space, drops invisible characters. */
    static String normalise(CharSequence s) {
        StringBuilder b = new StringBuilder(s.length());
        boolean space = false;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == '\u200b' || c == '\ufeff' || c == '\u00ad' || c == '\u2060') {
                continue;
            }
            if (isSpace(c)) {
                space = b.length() > 0;
            } else {
                if (space) {
                    b.append(' ');
                    space = false;
                }
                b.append(c);
            }
        }
        return b.toString();
    }

    static boolean isSpace(char c) {
        return c == ' ' || c == '\n' || c == '\t' || c == '\r' || c == '\u00a0' || c == '\f' || c == '\u2007'
                || c == '\u202f' || c == '\u200b' || c == '\ufeff' || c == '\u00ad' || c == '\u2060'
                || (c > 0x7f && Character.isWhitespace(c));
    }
}
