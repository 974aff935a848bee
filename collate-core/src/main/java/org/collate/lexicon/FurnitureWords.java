package org.collate.lexicon;

import org.collate.model.RemovalReason;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Words of the {@code class} and {@code id} attributes that name a page's furniture (share bars, related links, ads,
 * captions, bylines, navigation, comments) or its article container, with the kind of furniture each names. The one
 * list the body extractor (what to cut, what may hold the body) and the date extractor (containers whose dates
 * belong to other items) read. Compiled by hand for Collate from the class names of news pages and from
 * Readability's class weights; words are lower case, as the body extractor cuts names into words.
 */
public final class FurnitureWords {

    private FurnitureWords() {
    }

    /** Words that name page furniture, with what kind of furniture it is. */
    public static final Map<String, RemovalReason> KINDS = Map.ofEntries(
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

    /**
     * Words that name small furniture only: a byline box, a caption, a share bar or a tag list never holds
     * paragraphs of prose, so an element holding much prose is not that furniture, whatever its name
     * ({@code hs_cos_wrapper_meta_field} and {@code field-label-hidden} wrap whole article bodies). The other words
     * (comments, sidebar, related, ads) name furniture of any size.
     */
    public static final Set<String> WEAK = Set.of(
            "share", "sharing", "shares", "sharebar", "social", "addthis", "sharethis", "sharedaddy", "follow",
            "caption", "captions", "figcaption", "credit", "credits", "byline", "author", "authors", "contributor",
            "dateline", "timestamp", "meta", "pubdate", "breadcrumb", "breadcrumbs", "nav", "navigation", "menu",
            "pagination", "pager", "tags", "tagcloud", "keywords", "modal", "popup", "toolbar", "widget", "hidden",
            "skip", "banner", "teaser", "teasers", "popular", "donate");

    /**
     * Stems that name furniture at the start of a run-together word ({@code relatedposts}, {@code commentlist},
     * {@code sharebar}, {@code newslettersignup}).
     */
    public static final List<String> COMPOUND_STEMS = List.of("related", "comment", "sharing", "share", "social",
            "newsletter", "advert", "sponsor", "promo", "recommend", "taboola", "outbrain", "sidebar", "breadcrumb",
            "byline", "caption", "footer", "disqus", "subscribe", "popup", "cookie");

    /** Run-together words that start with a stem but name the article's subject ("commentary", "shareholders"). */
    public static final List<String> NOT_COMPOUNDS = List.of("commentary", "shareholder");

    /** Parts of class names that hide text from sight but not from screen readers ({@code sr-only}). */
    public static final List<String> SCREEN_READER_ONLY = List.of("sr-only", "visually-hidden", "screen-reader",
            "visuallyhidden", "screenreader");

    /** Words of a container that holds the article itself. */
    public static final Set<String> BODY = Set.of("article", "body", "content", "entry", "post", "story",
            "text", "main", "blog", "prose", "hentry", "paragraph", "richtext", "articlebody", "storybody",
            "postcontent", "entrycontent");

    /** Readability's positive class weights, kept as substrings (they were tuned on substrings). */
    public static final List<String> READABILITY_POSITIVE = List.of("article", "body", "content", "entry", "hentry",
            "main", "post", "text", "blog", "story", "prose");

    /** Readability's negative class weights, as substrings, with furniture words it lacked. */
    public static final List<String> READABILITY_NEGATIVE = List.of("hidden", "banner", "combx", "comment", "com-",
            "contact", "foot", "masthead", "media", "meta", "outbrain", "promo", "related", "scroll", "share",
            "shoutbox", "sidebar", "skyscraper", "sponsor", "shopping", "tags", "tool", "widget", "byline", "author",
            "dateline", "newsletter", "subscribe", "social", "caption", "credit", "teaser", "recirc", "trending");

    /**
     * Whole class or id words of containers that hold other items' dates: comments and replies, related or popular
     * articles (every {@link RemovalReason#RELATED_LINK} word of {@link #KINDS}), sidebars and widgets, tickers,
     * navigation and footers, recommendation widgets, and the site's masthead, whose date is today's.
     */
    private static final Pattern SECONDARY_NAME = Pattern.compile(
            "(?i)^(?:.*[-_])?(?:comments?|comment-?(?:list|body|content|item|thread|s-area)|commentlist|disqus\\w*"
                    + "|respond|replies|reply|related\\w*|recommend\\w*|recirc\\w*|teasers?|sidebar\\w*|widget\\w*"
                    + "|popular\\w*"
                    + "|most-?(?:read|viewed|popular)\\w*|trending\\w*|ticker|breaking-?news|latest(?:-?news)?"
                    + "|more-?(?:news|stories|articles)|read-?(?:more|also)|also-?read|see-?also|newsletter"
                    + "|breadcrumbs?|footer\\w*|nav|navbar|navigation|menu\\w*|outbrain\\w*|taboola\\w*"
                    + "|today|current-?date|masthead|site-?header|top-?bar|header-?top"
                    + "|feed-?list\\w*|carousel\\w*)(?:[-_].*)?$");
    /** Every word {@link #SECONDARY_NAME} accepts contains one of these. */
    private static final String[] SECONDARY_STEMS = {"comment", "disqus", "respond", "repl", "related", "recommend",
            "recirc", "teaser", "sidebar", "widget", "popular", "most", "trending", "ticker", "breaking", "latest",
            "more", "read", "also", "newsletter", "breadcrumb", "footer", "nav", "menu", "outbrain", "taboola", "today",
            "current", "masthead", "header", "top", "carousel", "feed"};
    /**
     * Class words that contain a secondary word but describe the article itself ("comments-open"), or the layout
     * around it: a state class ("with-navigation", "has-sidebar", "no-comments") says what sits beside the element.
     */
    private static final Pattern NOT_SECONDARY = Pattern.compile(
            "(?i).*(?:open|closed|status|count|number|link|button|icon|btn|toggle|share)$|(?:with|has|no)[-_].*");

    /**
     * Whether a whole class or id ({@code comment-list}, {@code related-posts}, {@code site-header}) names a part of
     * the page whose dates are other items' (comments, related articles, navigation), not a control of the article
     * ({@code comments-open}, {@code share-count}).
     */
    public static boolean namesSecondaryContainer(String name) {
        return !name.isEmpty() && name.length() < 60 && mayBeSecondary(name)
                && SECONDARY_NAME.matcher(name).matches() && !NOT_SECONDARY.matcher(name).matches();
    }

    /** A quick test that lets most class words (which name no secondary part) skip the full pattern. */
    private static boolean mayBeSecondary(String name) {
        String w = name.toLowerCase(Locale.ROOT);
        for (String stem : SECONDARY_STEMS) {
            if (w.contains(stem)) {
                return true;
            }
        }
        return false;
    }
}
