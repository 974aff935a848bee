package org.collate.extract.html;

import org.jsoup.nodes.Element;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.Predicate;

/**
 * The first, page-wide cleaning: drops what can never be article text, before any scoring. Only sure things go here
 * (what the reader never sees or never reads); everything that depends on where the article is waits for
 * {@link ContentPruner}.
 */
final class PageCleaner {

    /** One page-wide rule: an element it matches is dropped with everything inside it. */
    enum Rule {
        /**
         * Scripts, styles, embedded objects, form controls, media players: no readable text. A {@code <noscript>}
         * holding paragraphs of prose stays: it is the article as a reader without scripts sees it (Blogger's
         * templates put the post in a script template for their script to render, and its copy in a noscript).
         */
        NON_TEXT_ELEMENT(e -> Tags.NON_TEXT.contains(e.normalName())
                && !(e.normalName().equals("noscript") && PageCleaner.holdsProse(e))),
        /**
         * Elements the page hides ({@code hidden}, {@code display:none}, {@code aria-hidden}): menus of mobile
         * layouts, pop-up templates, screen-reader duplicates of a hover card.
         */
        HIDDEN(PageCleaner::hidden),
        /** Landmarks that are never the article: navigation, banners, site footers, dialogs, search boxes. */
        CHROME_ROLE(e -> Tags.CHROME_ROLES.contains(e.attr("role").toLowerCase(Locale.ROOT))),
        /** {@code <nav>} and {@code <menu>}: site navigation, breadcrumbs, pagination. */
        NAVIGATION_ELEMENT(e -> e.normalName().equals("nav") || e.normalName().equals("menu")),
        /**
         * Hover cards: an inline element inside a paragraph that is nothing but three or more links (a person's
         * latest headlines, shown when the pointer rests on the name). In prose, links are separated by words. Of
         * nested candidates the innermost goes, so the name that carries the card stays.
         */
        HOVER_CARD(PageCleaner::hoverCard);

        private final Predicate<Element> matches;

        Rule(Predicate<Element> matches) {
            this.matches = matches;
        }

        boolean matches(Element e) {
            return matches.test(e);
        }
    }

    private PageCleaner() {
    }

    /** Applies every rule to the elements below {@code body}; returns how many elements were dropped. */
    static int clean(Element body) {
        List<Element> drop = new ArrayList<>();
        collect(body, drop);
        Removals.removeAll(drop);
        return drop.size();
    }

    private static void collect(Element parent, List<Element> drop) {
        for (Element child : parent.children()) {
            if (matchesAny(child)) {
                drop.add(child);
            } else {
                collect(child, drop);
            }
        }
    }

    private static boolean matchesAny(Element e) {
        for (Rule rule : Rule.values()) {
            if (rule.matches(e)) {
                return true;
            }
        }
        return false;
    }

    private static boolean hidden(Element e) {
        if (e.hasAttr("hidden") || "true".equalsIgnoreCase(e.attr("aria-hidden"))) {
            return true;
        }
        String style = e.attr("style");
        if (style.isEmpty()) {
            return false;
        }
        String s = style.toLowerCase(Locale.ROOT).replace(" ", "");
        return s.contains("display:none") || s.contains("visibility:hidden");
    }

    static boolean hoverCard(Element e) {
        if (!linkCluster(e)) {
            return false;
        }
        for (Element child : e.children()) {
            if (linkCluster(child)) {
                return false;
            }
        }
        return true;
    }

    /** Hover cards are small: an inline element with more elements than this below it is never one. */
    private static final int HOVER_CARD_MAX_ELEMENTS = 40;

    private static boolean linkCluster(Element e) {
        String tag = e.normalName();
        if (BlockSplitter.BLOCK_TAGS.contains(tag) || tag.equals("a") || e.childrenSize() == 0) {
            return false;
        }
        int[] count = new int[3]; // elements, links, link characters
        if (!measure(e, count, false)) {
            return false;
        }
        if (count[1] < 3) {
            return false;
        }
        int chars = e.text().length();
        return chars > 0 && count[2] >= 0.8 * chars;
    }

    /** Paragraphs of text the length of a short article inside {@code e}, outside links. */
    static boolean holdsProse(Element e) {
        int prose = 0;
        for (Element p : e.getElementsByTag("p")) {
            int text = p.text().length();
            for (Element a : p.getElementsByTag("a")) {
                text -= a.text().length();
            }
            prose += Math.max(0, text);
        }
        return prose >= NOSCRIPT_PROSE;
    }

    /** The least prose, in characters, that makes a {@code <noscript>} the article rather than a notice. */
    private static final int NOSCRIPT_PROSE = 400;

    /** Counts elements, links and link text below {@code e}; false as soon as there are too many elements. */
    private static boolean measure(Element e, int[] count, boolean inLink) {
        for (Element child : e.children()) {
            if (++count[0] > HOVER_CARD_MAX_ELEMENTS) {
                return false;
            }
            boolean link = child.normalName().equals("a");
            if (link && !inLink) {
                count[1]++;
                count[2] += child.text().length();
            }
            if (!measure(child, count, inLink || link)) {
                return false;
            }
        }
        return true;
    }

    /** Tag and role sets of the rules. */
    static final class Tags {
        static final Set<String> NON_TEXT = Set.of("script", "style", "noscript", "template", "svg", "math",
                "iframe", "object", "embed", "applet", "canvas", "button", "input", "select", "option", "textarea",
                "video", "audio", "source", "track", "map", "head", "link", "meta", "dialog", "img", "picture");
        static final Set<String> CHROME_ROLES = Set.of("navigation", "banner", "contentinfo", "dialog",
                "alertdialog", "search", "menu", "menubar", "toolbar", "tablist");

        private Tags() {
        }
    }
}
