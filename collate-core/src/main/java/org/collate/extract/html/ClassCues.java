package org.collate.extract.html;

import org.collate.model.RemovalReason;
import org.jsoup.nodes.Element;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * What an element's {@code class} and {@code id} say about it. Names are cut into lower-case words at punctuation
 * and at camel-case humps ({@code ArticlePage-articleBody} gives {@code article, page, article, body}), so that
 * {@code ad} matches {@code header-ad-slot} but not {@code header} or {@code Page-admin}.
 */
final class ClassCues {

    private ClassCues() {
    }

    /** Words that name page furniture, with what kind of furniture it is. */
    private static final Map<String, RemovalReason> FURNITURE_WORDS = Map.ofEntries(
            // share bars and follow prompts
            Map.entry("share", RemovalReason.SHARE_PROMPT), Map.entry("sharing", RemovalReason.SHARE_PROMPT),
            Map.entry("shares", RemovalReason.SHARE_PROMPT), Map.entry("sharebar", RemovalReason.SHARE_PROMPT),
            Map.entry("social", RemovalReason.SHARE_PROMPT), Map.entry("addthis", RemovalReason.SHARE_PROMPT),
            Map.entry("sharethis", RemovalReason.SHARE_PROMPT), Map.entry("sharedaddy", RemovalReason.SHARE_PROMPT),
            Map.entry("follow", RemovalReason.SHARE_PROMPT),
            // links to other articles
            Map.entry("related", RemovalReason.RELATED_LINK), Map.entry("recommended", RemovalReason.RELATED_LINK),
            Map.entry("recommendations", RemovalReason.RELATED_LINK), Map.entry("recirc", RemovalReason.RELATED_LINK),
            Map.entry("recirculation", RemovalReason.RELATED_LINK), Map.entry("trending", RemovalReason.RELATED_LINK),
            Map.entry("popular", RemovalReason.RELATED_LINK), Map.entry("mostread", RemovalReason.RELATED_LINK),
            Map.entry("outbrain", RemovalReason.RELATED_LINK), Map.entry("taboola", RemovalReason.RELATED_LINK),
            Map.entry("readmore", RemovalReason.RELATED_LINK), Map.entry("teaser", RemovalReason.RELATED_LINK),
            Map.entry("teasers", RemovalReason.RELATED_LINK), Map.entry("seealso", RemovalReason.RELATED_LINK),
            // advertising and the outlet's own promotions
            Map.entry("ad", RemovalReason.PROMO), Map.entry("ads", RemovalReason.PROMO),
            Map.entry("adv", RemovalReason.PROMO), Map.entry("advert", RemovalReason.PROMO),
            Map.entry("advertisement", RemovalReason.PROMO), Map.entry("advertising", RemovalReason.PROMO),
            Map.entry("adslot", RemovalReason.PROMO), Map.entry("adunit", RemovalReason.PROMO),
            Map.entry("dfp", RemovalReason.PROMO), Map.entry("gpt", RemovalReason.PROMO),
            Map.entry("sponsor", RemovalReason.PROMO), Map.entry("sponsored", RemovalReason.PROMO),
            Map.entry("promo", RemovalReason.PROMO), Map.entry("promotion", RemovalReason.PROMO),
            Map.entry("newsletter", RemovalReason.PROMO), Map.entry("subscribe", RemovalReason.PROMO),
            Map.entry("subscription", RemovalReason.PROMO), Map.entry("signup", RemovalReason.PROMO),
            Map.entry("marketing", RemovalReason.PROMO), Map.entry("banner", RemovalReason.PROMO),
            Map.entry("donate", RemovalReason.PROMO),
            // captions and credits
            Map.entry("caption", RemovalReason.CAPTION), Map.entry("captions", RemovalReason.CAPTION),
            Map.entry("figcaption", RemovalReason.CAPTION), Map.entry("credit", RemovalReason.CAPTION),
            Map.entry("credits", RemovalReason.CAPTION),
            // bylines and datelines
            Map.entry("byline", RemovalReason.BYLINE), Map.entry("author", RemovalReason.BYLINE),
            Map.entry("authors", RemovalReason.BYLINE), Map.entry("contributor", RemovalReason.BYLINE),
            Map.entry("dateline", RemovalReason.BYLINE), Map.entry("timestamp", RemovalReason.BYLINE),
            Map.entry("meta", RemovalReason.BYLINE), Map.entry("pubdate", RemovalReason.BYLINE),
            // navigation
            Map.entry("breadcrumb", RemovalReason.NAVIGATION), Map.entry("breadcrumbs", RemovalReason.NAVIGATION),
            Map.entry("nav", RemovalReason.NAVIGATION), Map.entry("navigation", RemovalReason.NAVIGATION),
            Map.entry("menu", RemovalReason.NAVIGATION), Map.entry("pagination", RemovalReason.NAVIGATION),
            Map.entry("pager", RemovalReason.NAVIGATION), Map.entry("tags", RemovalReason.NAVIGATION),
            Map.entry("tagcloud", RemovalReason.NAVIGATION), Map.entry("keywords", RemovalReason.NAVIGATION),
            // other page furniture
            Map.entry("comment", RemovalReason.BOILERPLATE), Map.entry("comments", RemovalReason.BOILERPLATE),
            Map.entry("disqus", RemovalReason.BOILERPLATE), Map.entry("footer", RemovalReason.BOILERPLATE),
            Map.entry("cookie", RemovalReason.BOILERPLATE), Map.entry("cookies", RemovalReason.BOILERPLATE),
            Map.entry("consent", RemovalReason.BOILERPLATE), Map.entry("gdpr", RemovalReason.BOILERPLATE),
            Map.entry("modal", RemovalReason.BOILERPLATE), Map.entry("popup", RemovalReason.BOILERPLATE),
            Map.entry("toolbar", RemovalReason.BOILERPLATE), Map.entry("sidebar", RemovalReason.BOILERPLATE),
            Map.entry("widget", RemovalReason.BOILERPLATE), Map.entry("hidden", RemovalReason.BOILERPLATE),
            Map.entry("skip", RemovalReason.NAVIGATION));

    /** Words of a container that holds the article itself. */
    private static final Set<String> BODY_WORDS = Set.of("article", "body", "content", "entry", "post", "story",
            "text", "main", "blog", "prose", "hentry", "paragraph", "richtext", "articlebody", "storybody",
            "postcontent", "entrycontent");

    /** Readability's class weights, kept as substrings (they were tuned on substrings). */
    private static final String[] POSITIVE = {"article", "body", "content", "entry", "hentry", "main",
            "post", "text", "blog", "story", "prose"};
    private static final String[] NEGATIVE = {"hidden", "banner", "combx", "comment", "com-", "contact", "foot",
            "masthead", "media", "meta", "outbrain", "promo", "related", "scroll", "share", "shoutbox", "sidebar",
            "skyscraper", "sponsor", "shopping", "tags", "tool", "widget", "byline", "author", "dateline",
            "newsletter", "subscribe", "social", "caption", "credit", "teaser", "recirc", "trending"};

    /** The lower-case words of an element's class and id. */
    static List<String> words(Element e) {
        List<String> words = new ArrayList<>();
        cut(e.className(), words);
        cut(e.id(), words);
        return words;
    }

    private static void cut(String name, List<String> out) {
        int start = -1;
        for (int i = 0; i <= name.length(); i++) {
            char c = i < name.length() ? name.charAt(i) : ' ';
            boolean letter = Character.isLetterOrDigit(c);
            boolean hump = letter && start >= 0 && Character.isUpperCase(c) && i > 0
                    && Character.isLowerCase(name.charAt(i - 1));
            if ((!letter || hump) && start >= 0) {
                out.add(name.substring(start, i).toLowerCase(Locale.ROOT));
                start = -1;
            }
            if (letter && start < 0) {
                start = i;
            }
        }
    }

    /**
     * Words that name small furniture only: a byline box, a caption, a share bar or a tag list never holds
     * paragraphs of prose, so an element holding much prose is not that furniture, whatever its name
     * ({@code hs_cos_wrapper_meta_field} and {@code field-label-hidden} wrap whole article bodies). The other words
     * (comments, sidebar, related, ads) name furniture of any size.
     */
    private static final Set<String> WEAK_WORDS = Set.of(
            "share", "sharing", "shares", "sharebar", "social", "addthis", "sharethis", "sharedaddy", "follow",
            "caption", "captions", "figcaption", "credit", "credits", "byline", "author", "authors", "contributor",
            "dateline", "timestamp", "meta", "pubdate", "breadcrumb", "breadcrumbs", "nav", "navigation", "menu",
            "pagination", "pager", "tags", "tagcloud", "keywords", "modal", "popup", "toolbar", "widget", "hidden",
            "skip", "banner", "teaser", "teasers", "popular", "donate");

    /**
     * Stems that name furniture at the start of a run-together word ({@code relatedposts}, {@code commentlist},
     * {@code sharebar}, {@code newslettersignup}).
     */
    private static final String[] COMPOUND_STEMS = {"related", "comment", "sharing", "share", "social", "newsletter",
            "advert", "sponsor", "promo", "recommend", "taboola", "outbrain", "sidebar", "breadcrumb", "byline",
            "caption", "footer", "disqus", "subscribe", "popup", "cookie"};

    private static RemovalReason compound(String word) {
        for (String stem : COMPOUND_STEMS) {
            if (word.length() > stem.length() && word.startsWith(stem) && !word.startsWith("commentary")
                    && !word.startsWith("shareholder")) {
                return FURNITURE_WORDS.getOrDefault(stem, stem.equals("related") || stem.equals("recommend")
                        ? RemovalReason.RELATED_LINK : stem.equals("advert") ? RemovalReason.PROMO
                        : RemovalReason.BOILERPLATE);
            }
        }
        return null;
    }

    /** True when the furniture word the element's class or id carries is a weak one ({@link #WEAK_WORDS}). */
    static boolean weakFurniture(Element e) {
        for (String w : words(e)) {
            if (FURNITURE_WORDS.containsKey(w)) {
                return WEAK_WORDS.contains(w);
            }
            for (String stem : COMPOUND_STEMS) {
                if (w.startsWith(stem) && compound(w) != null) {
                    return WEAK_WORDS.contains(stem);
                }
            }
        }
        return true;
    }

    /** The kind of page furniture the element's class or id names, or null. */
    static RemovalReason furniture(Element e) {
        if (e.className().isEmpty() && e.id().isEmpty()) {
            return null;
        }
        List<String> words = words(e);
        // "social-media-embed", "embedded-tweet": a post quoted in the article, not a share bar.
        boolean embed = words.contains("embed") || words.contains("embedded") || words.contains("tweet");
        for (String w : words) {
            RemovalReason r = FURNITURE_WORDS.get(w);
            if (r == null) {
                r = compound(w);
            }
            if (r != null && !(embed && r == RemovalReason.SHARE_PROMPT)) {
                return r;
            }
        }
        String joined = (e.className() + " " + e.id()).toLowerCase(Locale.ROOT);
        if (joined.contains("sr-only") || joined.contains("visually-hidden") || joined.contains("screen-reader")
                || joined.contains("visuallyhidden") || joined.contains("screenreader")) {
            return RemovalReason.BOILERPLATE;
        }
        return null;
    }

    /** True when the class or id names an article container ({@code article-body}, {@code entry-content}). */
    static boolean bodyLike(Element e) {
        for (String w : words(e)) {
            if (BODY_WORDS.contains(w)) {
                return true;
            }
        }
        return false;
    }

    /** Readability's weight: +25 for a content-like class or id, -25 for a furniture-like one, each. */
    static double weight(Element e) {
        double w = 0;
        for (String s : new String[]{e.className(), e.id()}) {
            if (s.isEmpty()) {
                continue;
            }
            String l = s.toLowerCase(Locale.ROOT);
            if (containsAny(l, NEGATIVE)) {
                w -= 25;
            }
            if (containsAny(l, POSITIVE)) {
                w += 25;
            }
        }
        return w;
    }

    private static boolean containsAny(String s, String[] needles) {
        for (String n : needles) {
            if (s.contains(n)) {
                return true;
            }
        }
        return false;
    }
}
