package org.collate.extract.html;

import org.jsoup.nodes.Element;

import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;

/**
 * Text totals of every block element of a subtree, summed once from its {@link TextBlock}s (so no element's text is
 * ever re-read): characters, link characters and prose characters.
 */
final class TextStats {

    /** Totals of one element. */
    static final class Totals {
        int chars;
        int linkChars;
        int proseChars;
        int blocks;

        double linkDensity() {
            return chars == 0 ? 0 : Math.min(1.0, linkChars / (double) chars);
        }
    }

    private static final Totals NONE = new Totals();

    private final Map<Element, Totals> totals = new IdentityHashMap<>();

    TextStats(List<TextBlock> blocks, Element top, ProseTest proseTest) {
        for (TextBlock b : blocks) {
            boolean prose = proseTest.test(b);
            for (Element e = b.owner(); e != null; e = e.parent()) {
                Totals t = totals.computeIfAbsent(e, k -> new Totals());
                t.chars += b.chars();
                t.linkChars += b.linkChars();
                t.blocks++;
                if (prose) {
                    t.proseChars += b.chars();
                }
                if (e == top) {
                    break;
                }
            }
        }
    }

    Totals of(Element e) {
        Totals t = totals.get(e);
        return t == null ? NONE : t;
    }
}
