package org.collate.extract.html;

import org.collate.extract.ExtractSettings;
import org.jsoup.nodes.Element;

import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Locates the body from the text the page declares in JSON-LD ({@link BodyHint}): the deepest element holding
 * {@link ExtractSettings#declaredCoverage()} of the page text that matches the declaration. The publisher has said what the article is;
 * where it is on the page follows.
 *
 * <p>No answer when the declaration is of no help: too little of it is on the page, or it is a teaser, the first
 * paragraph or two of a container whose other paragraphs of prose it does not declare (a declared body cut at 500
 * characters).
 */
final class DeclaredBodyLocator {

    private DeclaredBodyLocator() {
    }

    /** The declared body's element, or null. */
    static Element locate(Element body, List<TextBlock> blocks, BodyHint hint, ExtractSettings settings) {
        // Per element: characters of matching blocks, and of prose blocks that do not match.
        Map<Element, int[]> prose = new IdentityHashMap<>();
        ProseTest proseTest = ProseTest.of(settings);
        Set<String> seen = new HashSet<>();
        int total = 0;
        for (TextBlock b : blocks) {
            boolean match = hint.share(b.text()) >= settings.declaredBlockMatch();
            if (match && !seen.add(b.text())) {
                continue; // a second copy of the text (a layout for another screen size) is not more of the body
            }
            if (!match && !proseTest.test(b)) {
                continue;
            }
            total += match ? b.chars() : 0;
            for (Element e = b.owner(); e != null; e = e.parent()) {
                prose.computeIfAbsent(e, k -> new int[2])[match ? 0 : 1] += b.chars();
                if (e == body) {
                    break;
                }
            }
        }
        if (total < settings.declaredMinMatchedChars()) {
            return null;
        }
        Element at = body;
        descend:
        while (true) {
            for (Element child : at.children()) {
                int[] m = prose.get(child);
                if (m != null && m[0] >= settings.declaredCoverage() * total) {
                    at = child;
                    continue descend;
                }
            }
            break;
        }
        if (at == body) {
            return null;
        }
        Element container = ContentLocator.PARAGRAPH_TAGS.contains(at.normalName()) && at.parent() != null
                ? at.parent() : at;
        int[] c = prose.get(container);
        boolean teaser = c != null && c[1] > c[0];
        return teaser ? null : at;
    }
}
