package org.collate.extract.date;

import org.collate.lexicon.FurnitureWords;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.NodeTraversor;
import org.jsoup.select.NodeVisitor;

import java.time.LocalDateTime;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What the evidence sources need to know about a page besides its markup: its URL, when it was seen, the order its numeric dates are
 * written in, its headline, where each element stands in the visible text, and which parts of it are not the
 * article (comments, related links, navigation, footers), whose dates belong to other things.
 */
final class PageView {

    /** Tags whose content is never the article's own byline. */
    private static final Set<String> SECONDARY_TAGS = Set.of("aside", "nav", "footer", "form", "select", "option");
    private static final Pattern NUMERIC_DATE = Pattern.compile(
            "(?<![\\d.])(\\d{1,2})([/-])(\\d{1,2})\\2(?:19|20)\\d\\d(?!\\d)");

    private final Document doc;
    private final String url;
    private final LocalDateTime seenAt;
    private final DateParser parser;
    private NumericOrder order;
    /** Unambiguous slashed or dashed dates seen in the text: day first (25/12/2020), month first (12/25/2020). */
    private int dayFirstSeen;
    private int monthFirstSeen;
    private final Element headline;
    private final Map<Element, Integer> textStart = new IdentityHashMap<>();
    private final Map<Element, Integer> textEnd = new IdentityHashMap<>();
    private final Map<Element, Boolean> secondary = new IdentityHashMap<>();
    /** The heading that repeats the page's title and the elements around it: the article's frame. */
    private final Map<Element, Boolean> titleFrame = new IdentityHashMap<>();
    private int textLength;
    private List<String> scripts;

    PageView(Document doc, String url, LocalDateTime seenAt, HeadlineFinder headlines, DateParser parser) {
        this.doc = doc;
        this.url = url;
        this.seenAt = seenAt;
        this.parser = parser;
        indexText();
        Element title = headlines.titleHeading(doc);
        for (Element e = title; e != null; e = e.parent()) {
            titleFrame.put(e, Boolean.TRUE);
        }
        this.order = NumericOrder.forLanguageTag(language(doc));
        if (order == NumericOrder.UNKNOWN && (dayFirstSeen > 0) != (monthFirstSeen > 0)) {
            order = dayFirstSeen > 0 ? NumericOrder.DAY_FIRST : NumericOrder.MONTH_FIRST;
        }
        this.headline = headlines.find(doc, this);
    }

    /** The date parser, with the extractor's settings. */
    DateParser parser() {
        return parser;
    }

    Document doc() {
        return doc;
    }

    /** The page's URL, or null. */
    String url() {
        return url;
    }

    /** When the page was retrieved, in the page's local time, or null when unknown. */
    LocalDateTime seenAt() {
        return seenAt;
    }

    /**
     * How the page writes all-numeric dates: from its declared language, else from the unambiguous numeric dates
     * it writes (25/12/2020 shows day first, 12/25/2020 month first) when they all agree.
     */
    NumericOrder order() {
        return order;
    }

    /** The article's headline element, or null when none was recognised. */
    Element headline() {
        return headline;
    }

    /** Where {@code e}'s text starts in the page's visible text (characters), or -1 for elements outside the body. */
    int textPosition(Element e) {
        Integer p = textStart.get(e);
        return p == null ? -1 : p;
    }

    /** The length of {@code e}'s text (as counted for positions), without building it; 0 outside the body. */
    int textLength(Element e) {
        Integer start = textStart.get(e);
        Integer end = textEnd.get(e);
        return start == null || end == null ? 0 : end - start;
    }

    /** Where the headline's text ends in the visible text, or -1 when there is no headline. */
    int headlineEnd() {
        return headline == null ? -1 : textPosition(headline) + headline.text().length();
    }

    /** The contents of the page's scripts other than JSON-LD, read once. */
    List<String> scripts() {
        if (scripts == null) {
            scripts = doc.select("script").stream()
                    .filter(s -> !s.attr("type").equalsIgnoreCase("application/ld+json"))
                    .map(Element::data)
                    .filter(d -> !d.isBlank())
                    .toList();
        }
        return scripts;
    }

    /** The length of the page's visible text. */
    int textLength() {
        return textLength;
    }

    /**
     * Whether {@code e} lies in a part of the page that is not the article: comments, related or popular items,
     * navigation, sidebars, footers.
     */
    boolean isSecondary(Element e) {
        Boolean known = secondary.get(e);
        if (known != null) {
            return known;
        }
        boolean result;
        String tag = e.normalName();
        if (tag.equals("body") || tag.equals("html") || tag.equals("#root")) {
            result = false;
        } else if (titleFrame.containsKey(e)) {
            // it holds the heading that repeats the page's title: a blog's post "widget", a "one-sidebar" layout
            result = e.parent() != null && isSecondary(e.parent());
        } else if (SECONDARY_TAGS.contains(tag) || hasSecondaryName(e) && !holdsMostOfThePage(e)) {
            result = true;
        } else {
            result = e.parent() != null && isSecondary(e.parent());
        }
        secondary.put(e, result);
        return result;
    }

    /**
     * Whether {@code e} holds most of the page's visible text: then it is the page's frame, whatever its class says
     * (a layout class such as {@code with-navigation} or {@code has-sidebar} names what sits beside the content).
     */
    private boolean holdsMostOfThePage(Element e) {
        return textLength > 0 && textLength(e) * 2 > textLength;
    }

    private static boolean hasSecondaryName(Element e) {
        if (isSecondaryWord(e.id())) {
            return true;
        }
        for (String c : e.classNames()) {
            if (isSecondaryWord(c)) {
                return true;
            }
        }
        return false;
    }

    static boolean isSecondaryWord(String word) {
        return FurnitureWords.namesSecondaryContainer(word);
    }

    /** Records where each element's text starts, counting text as {@link Element#text()} would, roughly. */
    private void indexText() {
        Element body = doc.body();
        if (body == null) {
            return;
        }
        int[] pos = {0};
        NodeTraversor.traverse(new NodeVisitor() {
            @Override
            public void head(Node node, int depth) {
                if (node instanceof Element e) {
                    textStart.put(e, pos[0]);
                } else if (node instanceof TextNode t) {
                    String text = t.text();
                    pos[0] += text.length();
                    if (text.indexOf('/') >= 0 || text.indexOf('-') >= 0) {
                        countNumericOrders(text);
                    }
                }
            }

            @Override
            public void tail(Node node, int depth) {
                if (node instanceof Element e) {
                    textEnd.put(e, pos[0]);
                }
            }
        }, body);
        textLength = pos[0];
    }

    private void countNumericOrders(String text) {
        Matcher m = NUMERIC_DATE.matcher(text);
        while (m.find()) {
            int a = Integer.parseInt(m.group(1));
            int b = Integer.parseInt(m.group(3));
            if (a > 12 && a <= 31 && b <= 12) {
                dayFirstSeen++;
            } else if (b > 12 && b <= 31 && a <= 12) {
                monthFirstSeen++;
            }
        }
    }

    private static String language(Document doc) {
        Element html = doc.selectFirst("html[lang]");
        String lang = html == null ? "" : html.attr("lang");
        if (lang.isBlank() || !lang.contains("-") && !lang.contains("_")) {
            Element locale = doc.selectFirst("meta[property=og:locale], meta[http-equiv=content-language]");
            if (locale != null && !locale.attr("content").isBlank()) {
                String l = locale.attr("content").strip();
                if (lang.isBlank() || l.toLowerCase(Locale.ROOT).startsWith(lang.toLowerCase(Locale.ROOT))) {
                    lang = l;
                }
            }
        }
        return lang;
    }
}
