package org.collate.extract.html;

import org.jsoup.nodes.Element;

import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Finds the element (or the few sibling elements) holding the article body.
 *
 * <p>Two ways, the first that works wins:
 * <ol>
 *   <li><b>Declared body.</b> When the page's JSON-LD declares the article text ({@link BodyHint}), the deepest
 *   element holding nearly all the blocks that match it is the body: the publisher has told us.</li>
 *   <li><b>Scoring</b>, after Readability: every block of prose gives points (one, one per comma, one per 100
 *   characters up to three) to its container and, diminishing, to four ancestors above; containers start from their
 *   tag and class/id cues, and end scaled by their share of non-link text. The best container then grows: to the
 *   common ancestor of most strong candidates (a body split by ad slots), to a parent that scores higher, and to
 *   siblings that score well or read as prose. A body cut into chunks that share their class name (one chunk per
 *   few paragraphs, with ad rails between) is gathered chunk by chunk.</li>
 * </ol>
 * Blocks inside elements whose class or id names page furniture (comments, sidebars, related links) do not score,
 * unless the element holds half the page's prose: a wrapper class such as {@code page-ad-margins} or
 * {@code with-sidebar} must not hide the article.
 */
final class ContentLocator {

    /** Share of the declared body's matching text the chosen element must hold. */
    private static final double HINT_COVERAGE = 0.85;
    private static final int MIN_SCORED_CHARS = 25;
    /** A weak furniture cue (byline, caption, hidden) is believed only of an element with less of the prose. */
    private static final double WEAK_CUE_MAX_SHARE = 0.25;
    private static final int ANCESTOR_LEVELS = 5;
    private static final Set<String> PARAGRAPH_TAGS = Set.of("p", "pre", "li", "dd", "dt", "blockquote", "h1", "h2",
            "h3", "h4", "h5", "h6", "td", "th", "figcaption", "summary", "address", "legend", "caption");

    /** The located body: its root elements in document order, and how they were found. */
    record Location(List<Element> roots, String method) {
    }

    private final Element body;
    private final List<TextBlock> blocks;
    private final TextStats stats;
    private final Map<Element, Boolean> furnitureMemo = new IdentityHashMap<>();
    private final int pageProse;
    private Set<Element> landmarkAncestors;

    private boolean relaxed;

    private ContentLocator(Element body, List<TextBlock> blocks, TextStats stats) {
        this.body = body;
        this.blocks = blocks;
        this.stats = stats;
        this.pageProse = stats.of(body).proseChars;
    }

    /**
     * The second try, for a page whose first body came out (nearly) empty: scoring alone, every block scoring,
     * class cues or not.
     */
    static Location locateRelaxed(Element body, List<TextBlock> blocks, TextStats stats) {
        ContentLocator l = new ContentLocator(body, blocks, stats);
        l.relaxed = true;
        return l.byScore();
    }

    static Location locate(Element body, List<TextBlock> blocks, TextStats stats, BodyHint hint) {
        ContentLocator l = new ContentLocator(body, blocks, stats);
        if (hint != null) {
            Element declared = l.byHint(hint);
            if (declared != null) {
                return new Location(List.of(declared), "declared-body");
            }
        }
        return l.byScore();
    }

    // ---------------------------------------------------------------- declared body

    /**
     * The deepest element holding {@link #HINT_COVERAGE} of the page text that matches the declared body, or null
     * when the declaration is of no help: too little of it is on the page, or it is a teaser (the first paragraphs
     * of a container whose other paragraphs of prose it does not declare).
     */
    private Element byHint(BodyHint hint) {
        Map<Element, int[]> prose = new IdentityHashMap<>();
        int total = 0;
        for (TextBlock b : blocks) {
            double share = hint.share(b.text());
            boolean match = share >= 0.5;
            if (!match && !TextStats.isProse(b)) {
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
        if (total < 200) {
            return null;
        }
        Element at = body;
        descend:
        while (true) {
            for (Element child : at.children()) {
                int[] m = prose.get(child);
                if (m != null && m[0] >= HINT_COVERAGE * total) {
                    at = child;
                    continue descend;
                }
            }
            break;
        }
        if (at == body) {
            return null;
        }
        Element container = PARAGRAPH_TAGS.contains(at.normalName()) && at.parent() != null ? at.parent() : at;
        int[] c = prose.get(container);
        return c != null && c[1] > c[0] ? null : at;
    }

    // ---------------------------------------------------------------- scoring

    private Location byScore() {
        Map<Element, double[]> scores = new IdentityHashMap<>();
        for (TextBlock b : blocks) {
            if (b.chars() < MIN_SCORED_CHARS || !relaxed && insideFurniture(b.owner())) {
                continue;
            }
            double score = 1 + commas(b.text()) + Math.min(b.chars() / 100, 3);
            Element e = PARAGRAPH_TAGS.contains(b.tag()) ? b.owner().parent() : b.owner();
            for (int level = 0; level < ANCESTOR_LEVELS && e != null && !e.normalName().equals("html"); level++) {
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
            if (insideFurniture(sibling)) {
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
            if (append) {
                roots.add(sibling);
            }
        }
        return roots;
    }

    /**
     * A body cut into chunks: elements of the root's tag and class near it (sharing an ancestor at most three levels
     * up) that hold prose, gathered in document order.
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
            if (e.className().equals(cls) && (e == top
                    || stats.of(e).proseChars > 0 && !nested(e, chunks) && !insideFurniture(e))) {
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

    /** True when {@code e} lies inside an element whose class or id names furniture (and that is not the body). */
    boolean insideFurniture(Element e) {
        if (e == null || e == body) {
            return false;
        }
        Boolean known = furnitureMemo.get(e);
        if (known != null) {
            return known;
        }
        boolean result = ClassCues.furniture(e) != null && !wrapsArticle(e) && !namedBody(e)
                && (!ClassCues.weakFurniture(e) || stats.of(e).proseChars < pageProse * WEAK_CUE_MAX_SHARE)
                || insideFurniture(e.parent());
        furnitureMemo.put(e, result);
        return result;
    }

    /**
     * True for an element that wraps the article rather than furniture beside it: it holds most of the page's prose
     * and a headline ({@code h1}), a {@code main} or an {@code itemprop=articleBody} element. A comment thread may
     * hold most of the prose, but never the headline.
     */
    private boolean wrapsArticle(Element e) {
        if (stats.of(e).proseChars < pageProse * 0.5) {
            return false;
        }
        if (landmarkAncestors == null) {
            landmarkAncestors = java.util.Collections.newSetFromMap(new IdentityHashMap<>());
            for (Element m : body.select("h1, main, [itemprop=articleBody]")) {
                for (Element p = m; p != null && landmarkAncestors.add(p); p = p.parent()) {
                    // every ancestor once
                }
            }
        }
        return landmarkAncestors.contains(e);
    }

    /**
     * True for an element that names itself a body ({@code l-sidebar-fixed l-article-body-segment}) and holds half
     * the page's prose: the furniture word is then about the layout around it (Readability's "ok, maybe it's a
     * candidate" exception, bounded by the prose share so that a {@code comment-body} is still a comment).
     */
    private boolean namedBody(Element e) {
        return ClassCues.bodyLike(e) && stats.of(e).proseChars >= pageProse * 0.5;
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
