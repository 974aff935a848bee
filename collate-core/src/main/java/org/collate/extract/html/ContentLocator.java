package org.collate.extract.html;

import org.collate.extract.ExtractSettings;
import org.jsoup.nodes.Element;

import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Finds the element (or the few sibling elements) holding the article body.
 *
 * <p>Two ways, the first that works wins:
 * <ol>
 *   <li><b>Declared body</b> ({@link DeclaredBodyLocator}): when the page's JSON-LD declares the article text, the
 *   element holding nearly all the blocks that match it is the body.</li>
 *   <li><b>Scoring</b>, after Readability: every block of prose gives points (one, one per comma, one per 100
 *   characters up to three) to its container and, diminishing, to four ancestors above; containers start from their
 *   tag and class/id cues, and end scaled by their share of non-link text. The best container then grows: to the
 *   common ancestor of most strong candidates (a body split by ad slots), to a parent that scores higher, and to
 *   siblings that score well or read as prose. A body cut into chunks that share their class name (one chunk per
 *   few paragraphs, with ad rails between) is gathered chunk by chunk.</li>
 * </ol>
 * Blocks inside page furniture (comments, sidebars, related links; {@link FurnitureJudge}) do not score, nor do
 * items of a list of other stories written as paragraphs ({@link TeaserItem}) or a publisher's legal notice
 * ({@link LegalNotice}).
 */
final class ContentLocator {

    /** Paragraph-level elements: their points go to the element above them. */
    static final Set<String> PARAGRAPH_TAGS = Set.of("p", "pre", "li", "dd", "dt", "blockquote", "h1", "h2",
            "h3", "h4", "h5", "h6", "td", "th", "figcaption", "summary", "address", "legend", "caption");

    /** The located body: its root elements in document order, and how they were found. */
    record Location(List<Element> roots, String method) {
    }

    private final Element body;
    private final List<TextBlock> blocks;
    private final TextStats stats;
    private final FurnitureJudge furniture;
    private boolean relaxed;
    /** Blocks shorter than this give no points ({@link ExtractSettings#minScoredChars()}). */
    private final int minScoredChars;
    /** A copy of the body laid out twice has at least this many blocks ({@link ExtractSettings#minTwinBlocks()}). */
    private final int minTwinBlocks;
    /** How many ancestors above a block's container share its points ({@link ExtractSettings#ancestorLevels()}). */
    private final int ancestorLevels;

    private ContentLocator(Element body, List<TextBlock> blocks, TextStats stats, ExtractSettings settings) {
        this.body = body;
        this.blocks = blocks;
        this.stats = stats;
        this.furniture = new FurnitureJudge(body, stats, settings);
        this.minScoredChars = settings.minScoredChars();
        this.minTwinBlocks = settings.minTwinBlocks();
        this.ancestorLevels = settings.ancestorLevels();
    }

    /**
     * The second try, for a page whose first body came out (nearly) empty: scoring alone, every block scoring,
     * class cues or not.
     */
    static Location locateRelaxed(Element body, List<TextBlock> blocks, TextStats stats, ExtractSettings settings) {
        ContentLocator l = new ContentLocator(body, blocks, stats, settings);
        l.relaxed = true;
        return l.byScore();
    }

    /** The body: the declared one when the page declares one that can be found, else the best scored. */
    static Location locate(Element body, List<TextBlock> blocks, TextStats stats, BodyHint hint,
                           ExtractSettings settings) {
        if (hint != null) {
            Element declared = DeclaredBodyLocator.locate(body, blocks, hint, settings);
            if (declared != null) {
                return new Location(List.of(declared), "declared-body");
            }
        }
        return new ContentLocator(body, blocks, stats, settings).byScore();
    }

    // ---------------------------------------------------------------- scoring

    private Location byScore() {
        // Insertion-ordered (jsoup nodes compare by identity): ties rank in document order, run after run.
        Map<Element, double[]> scores = new LinkedHashMap<>();
        Map<Element, Boolean> teasers = new IdentityHashMap<>();
        for (TextBlock b : blocks) {
            if (b.chars() < minScoredChars || !relaxed && furniture.insideFurniture(b.owner())
                    || LegalNotice.is(b) || teasers.computeIfAbsent(b.owner(), TeaserItem::is)) {
                continue;
            }
            double score = 1 + commas(b.text()) + Math.min(b.chars() / 100, 3);
            Element e = PARAGRAPH_TAGS.contains(b.tag()) ? b.owner().parent() : b.owner();
            for (int level = 0; level < ancestorLevels && e != null && !e.normalName().equals("html"); level++) {
                double[] s = scores.computeIfAbsent(e, ContentLocator::initialScore);
                double divider = level == 0 ? 1 : level == 1 ? 2 : level * 3;
                s[0] += score / divider;
                e = e.parent();
            }
        }
        if (scores.isEmpty()) {
            return new Location(List.of(body), "whole-page");
        }
        // Scale by non-link share; find the best few.
        List<Element> ranked = new ArrayList<>(scores.keySet());
        for (Element e : ranked) {
            double[] s = scores.get(e);
            s[0] *= 1 - stats.of(e).linkDensity();
        }
        ranked.sort((a, b) -> Double.compare(scores.get(b)[0], scores.get(a)[0]));
        Element top = ranked.get(0);
        double topScore = scores.get(top)[0];

        top = commonAncestorOfAlternatives(top, topScore, ranked, scores);
        top = climbWhileParentScoresHigher(top, scores);
        while (top.parent() != null && top.parent() != body && top.parent().childrenSize() == 1) {
            top = top.parent();
        }
        top = firstOfTwins(top);
        double finalScore = score(scores, top);
        List<Element> roots = withSiblings(top, finalScore, scores);
        if (roots.size() == 1) {
            List<Element> chunks = sameClassChunks(top);
            if (chunks.size() > 1) {
                return new Location(chunks, "scored-chunks");
            }
        }
        return new Location(roots, "scored");
    }

    private static double score(Map<Element, double[]> scores, Element e) {
        double[] s = scores.get(e);
        return s == null ? 0 : s[0];
    }

    private static double[] initialScore(Element e) {
        double score = switch (e.normalName()) {
            case "div", "article", "section", "main" -> 5;
            case "pre", "td", "blockquote" -> 3;
            case "address", "ol", "ul", "dl", "dd", "dt", "li", "form" -> -3;
            case "h1", "h2", "h3", "h4", "h5", "h6", "th" -> -5;
            default -> 0;
        };
        score += ClassCues.weight(e);
        if (e.attr("itemprop").equalsIgnoreCase("articleBody")) {
            score += 50;
        }
        return new double[]{score};
    }

    /** Readability: when three of the five best candidates share an ancestor, the body is that ancestor. */
    private Element commonAncestorOfAlternatives(Element top, double topScore, List<Element> ranked,
                                                 Map<Element, double[]> scores) {
        List<Element> alternatives = new ArrayList<>();
        for (int i = 1; i < Math.min(5, ranked.size()); i++) {
            if (score(scores, ranked.get(i)) >= topScore * 0.75) {
                alternatives.add(ranked.get(i));
            }
        }
        if (alternatives.size() < 3) {
            return top;
        }
        for (Element p = top.parent(); p != null && p != body; p = p.parent()) {
            int contained = 0;
            for (Element alt : alternatives) {
                if (isAncestor(p, alt)) {
                    contained++;
                }
            }
            if (contained >= 3) {
                return p;
            }
        }
        return top;
    }

    /** Readability: move up while a parent scores higher than what is below it (and not far below the top). */
    private Element climbWhileParentScoresHigher(Element top, Map<Element, double[]> scores) {
        double last = score(scores, top);
        double threshold = last / 3;
        for (Element p = top.parent(); p != null && p != body; p = p.parent()) {
            double[] s = scores.get(p);
            if (s == null) {
                continue;
            }
            if (s[0] < threshold) {
                break;
            }
            if (s[0] > last) {
                return p;
            }
            last = s[0];
        }
        return top;
    }

    /** Readability: siblings of the top that score well, or that are paragraphs of prose, belong to the body. */
    private List<Element> withSiblings(Element top, double topScore, Map<Element, double[]> scores) {
        Element parent = top.parent();
        if (parent == null || top == body) {
            return List.of(top);
        }
        double threshold = Math.max(10, topScore * 0.2);
        List<Element> roots = new ArrayList<>();
        for (Element sibling : parent.children()) {
            if (sibling == top) {
                roots.add(sibling);
                continue;
            }
            if (furniture.insideFurniture(sibling)) {
                continue;
            }
            double bonus = !top.className().isEmpty() && sibling.className().equals(top.className())
                    ? topScore * 0.2 : 0;
            double[] s = scores.get(sibling);
            boolean append = s != null && s[0] + bonus >= threshold;
            if (!append && sibling.normalName().equals("p")) {
                TextStats.Totals t = stats.of(sibling);
                double ld = t.linkDensity();
                append = t.chars > 80 && ld < 0.25
                        || t.chars > 0 && t.chars < 80 && ld == 0 && endsSentence(sibling.text());
            }
            if (append && !copyOf(sibling, top)) {
                roots.add(sibling);
            }
        }
        return roots;
    }

    /**
     * A body laid out twice (for phones and for desktops, one hidden by a style sheet) has a container holding both
     * copies ({@link #copyOf}): the first copy is the body.
     */
    private Element firstOfTwins(Element top) {
        descend:
        while (true) {
            int chars = stats.of(top).chars;
            Element first = null;
            for (Element child : top.children()) {
                if (stats.of(child).chars < 0.4 * chars) {
                    continue;
                }
                if (first == null) {
                    first = child;
                } else if (copyOf(child, first)) {
                    top = first;
                    continue descend;
                }
            }
            return top;
        }
    }

    /**
     * True when {@code a} holds the same text as {@code b}, in several blocks: the body laid out twice, for two
     * screen sizes. (Two equal paragraphs are just that.)
     */
    private boolean copyOf(Element a, Element b) {
        TextStats.Totals ta = stats.of(a);
        TextStats.Totals tb = stats.of(b);
        return ta.blocks >= minTwinBlocks && tb.blocks >= minTwinBlocks
                && Math.abs(ta.chars - tb.chars) <= tb.chars / 50 && a.text().equals(b.text());
    }

    /**
     * A body cut into chunks: elements of the root's tag and class near it (sharing an ancestor at most three levels
     * up) that hold prose, gathered in document order. Chunks lie side by side: an element of the same class that
     * holds the root ({@code div.section} inside {@code div.section}, the headline and dateline in the outer one) is
     * a wrapper, not a chunk, and taking both would give the body twice.
     */
    private List<Element> sameClassChunks(Element top) {
        String cls = top.className();
        if (cls.isEmpty()) {
            return List.of(top);
        }
        Element scope = top;
        for (int i = 0; i < 3 && scope.parent() != null && scope.parent() != body; i++) {
            scope = scope.parent();
        }
        if (scope == top) {
            return List.of(top);
        }
        List<Element> chunks = new ArrayList<>();
        for (Element e : scope.getElementsByTag(top.normalName())) {
            if (e.className().equals(cls) && (e == top || stats.of(e).proseChars > 0 && !isAncestor(e, top)
                    && !nested(e, chunks) && !furniture.insideFurniture(e))) {
                chunks.add(e);
            }
        }
        return chunks;
    }

    private static boolean nested(Element e, List<Element> chunks) {
        for (Element c : chunks) {
            if (isAncestor(c, e)) {
                return true;
            }
        }
        return false;
    }

    static boolean isAncestor(Element ancestor, Element e) {
        for (Element p = e; p != null; p = p.parent()) {
            if (p == ancestor) {
                return true;
            }
        }
        return false;
    }

    static int commas(String text) {
        int n = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == ',' || c == '，' || c == '、' || c == '،') {
                n++;
            }
        }
        return n;
    }

    private static boolean endsSentence(String text) {
        int i = text.indexOf('.');
        while (i >= 0) {
            if (i == text.length() - 1 || text.charAt(i + 1) == ' ') {
                return true;
            }
            i = text.indexOf('.', i + 1);
        }
        return false;
    }
}
