package org.collate.extract.html;

import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;

import java.util.ArrayList;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Removes many elements from a tree at once. Removing a child one at a time costs a pass over its siblings, so a page
 * of ten thousand sibling ad slots would take quadratic time; here each parent's children are rebuilt once.
 */
final class Removals {

    /** A parent losing fewer children than this loses them one by one. */
    private static final int REBUILD_FROM = 8;

    private Removals() {
    }

    static void removeAll(List<Element> elements) {
        Map<Element, Set<Node>> byParent = new IdentityHashMap<>();
        for (Element e : elements) {
            Element parent = e.parent();
            if (parent != null) {
                byParent.computeIfAbsent(parent, k -> Collections.newSetFromMap(new IdentityHashMap<>())).add(e);
            }
        }
        for (Map.Entry<Element, Set<Node>> entry : byParent.entrySet()) {
            Element parent = entry.getKey();
            Set<Node> gone = entry.getValue();
            if (gone.size() < REBUILD_FROM) {
                for (Node n : gone) {
                    n.remove();
                }
                continue;
            }
            List<Node> kept = new ArrayList<>(parent.childNodeSize());
            for (Node n : parent.childNodes()) {
                if (!gone.contains(n)) {
                    kept.add(n);
                }
            }
            parent.empty();
            parent.appendChildren(kept);
        }
    }
}
