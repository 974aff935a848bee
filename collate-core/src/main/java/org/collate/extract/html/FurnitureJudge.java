package org.collate.extract.html;

import org.collate.extract.ExtractSettings;
import org.jsoup.nodes.Element;

import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.Map;
import java.util.Set;

/**
 * Decides, for the locator, whether an element lies inside page furniture: inside an element whose class or id names
 * furniture ({@link ClassCues#furniture}), unless the name cannot be about that element:
 * <ul>
 *   <li>it wraps the article: it holds half the page's prose and the headline ({@code h1}), a {@code main} or an
 *   {@code itemprop=articleBody} element ({@code Page-ad-margins}, {@code container penci_sidebar} wrap whole
 *   pages). A comment thread may hold most of the prose, but never the headline;</li>
 *   <li>it names itself a body and holds half the page's prose ({@code l-sidebar-fixed l-article-body-segment}:
 *   Readability's "ok, maybe it's a candidate" exception, bounded by the prose so that a {@code comment-body} is
 *   still a comment);</li>
 *   <li>its furniture word is a weak one (byline, meta, caption, hidden, share) and it holds a quarter of the prose
 *   or more: such furniture is small ({@code hs_cos_wrapper_meta_field}, {@code field-label-hidden} wrap whole
 *   bodies).</li>
 * </ul>
 * Answers are remembered per element: one judgement per element of the page at most.
 */
final class FurnitureJudge {

    /** A weak furniture cue is believed only of an element with less than this share of the page's prose. */
    private final double weakCueMaxShare;
    /** An element with this share of the page's prose may be the article's wrapper. */
    private final double wrapperMinShare;

    private final Element body;
    private final TextStats stats;
    private final int pageProse;
    private final Map<Element, Boolean> memo = new IdentityHashMap<>();
    private Set<Element> landmarkAncestors;

    FurnitureJudge(Element body, TextStats stats, ExtractSettings settings) {
        this.weakCueMaxShare = settings.weakCueMaxShare();
        this.wrapperMinShare = settings.wrapperMinShare();
        this.body = body;
        this.stats = stats;
        this.pageProse = stats.of(body).proseChars;
    }

    /** True when {@code e} is furniture or lies inside furniture (the body itself never is). */
    boolean insideFurniture(Element e) {
        if (e == null || e == body) {
            return false;
        }
        Boolean known = memo.get(e);
        if (known != null) {
            return known;
        }
        boolean result = isFurniture(e) || insideFurniture(e.parent());
        memo.put(e, result);
        return result;
    }

    private boolean isFurniture(Element e) {
        if (ClassCues.furniture(e) == null) {
            return false;
        }
        int prose = stats.of(e).proseChars;
        if (prose >= pageProse * wrapperMinShare && (wrapsLandmark(e) || ClassCues.bodyLike(e))) {
            return false;
        }
        return !ClassCues.weakFurniture(e) || prose < pageProse * weakCueMaxShare;
    }

    private boolean wrapsLandmark(Element e) {
        if (landmarkAncestors == null) {
            landmarkAncestors = Collections.newSetFromMap(new IdentityHashMap<>());
            for (Element m : body.select("h1, main, [itemprop=articleBody]")) {
                for (Element p = m; p != null && landmarkAncestors.add(p); p = p.parent()) {
                    // each ancestor once
                }
            }
        }
        return landmarkAncestors.contains(e);
    }
}
