package org.collate.extract.date;

import org.collate.model.PublicationDate;
import org.jsoup.nodes.Element;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * Dates marked up in the page body: microdata {@code itemprop="datePublished"} / {@code dateModified} elements,
 * microformats ({@code .published} / {@code .updated} of hAtom, {@code .dt-published} of h-entry, with an
 * {@code <abbr title>} or value-title), and {@code <time>} elements. A {@code <time>} counts as the article's when it is marked {@code pubdate} or stands
 * by the headline; one elsewhere in the article is weak evidence that only supports others. Elements inside
 * comments, related items, sidebars and footers are skipped, and a date labelled as an update (by its attributes
 * or the words before it) is kept as a modification date.
 *
 * <p>When an element's machine-readable value ({@code datetime}, {@code content}) and its visible text name
 * different days, the visible day is also recorded as the page's local day: the value is often in UTC.
 */
final class MarkupDates {

    /** Microdata of these item types belongs to a comment or review, not to the article. */
    private static final String OTHER_ITEM_TYPES = "(?i).*(comment|review|answer|question|event|offer).*";

    private final DateTrust trust;
    /** How far from the headline (characters of text, before or after it) a byline date may stand. */
    private final DateWindows windows;
    private final DateLabels labels;

    MarkupDates(DateSettings settings, DateLabels labels) {
        this.trust = settings.trust();
        this.windows = settings.windows();
        this.labels = labels;
    }

    List<DateCandidate> find(PageView page) {
        List<DateCandidate> out = new ArrayList<>();
        boolean first = true;
        for (Element e : page.doc().select("[itemprop~=(?i)^date(Published|Created|Modified)$]")) {
            // A date marked up by the headline is the article's even in an <aside> (a byline box beside the
            // heading); further away, a secondary part's marked date is a teaser's.
            if (page.isSecondary(e) && !isNearHeadline(page, e, windows) || inOtherItem(e)) {
                continue;
            }
            String prop = e.attr("itemprop").toLowerCase(Locale.ROOT);
            DateCandidate.Role role = prop.equals("datemodified") ? DateCandidate.Role.MODIFIED
                    : DateCandidate.Role.PUBLISHED;
            add(page, e, role, markedTrust(page, e, first), "itemprop " + e.attr("itemprop"), out);
            first = false;
        }
        first = true;
        for (Element e : page.doc().select(".published, .dt-published, .updated, .dt-updated")) {
            if (e.normalName().equals("time") || e.hasAttr("itemprop") || page.isSecondary(e) || inOtherItem(e)) {
                continue;
            }
            boolean updated = e.hasClass("updated") || e.hasClass("dt-updated");
            add(page, e, updated ? DateCandidate.Role.MODIFIED : DateCandidate.Role.PUBLISHED,
                    markedTrust(page, e, first), "microformat ." + (updated ? "updated" : "published"), out);
            first = false;
        }
        for (Element e : page.doc().select("time")) {
            if (e.hasAttr("itemprop") || page.isSecondary(e) || inOtherItem(e)) {
                continue;
            }
            DateCandidate.Role role = isModified(e) ? DateCandidate.Role.MODIFIED : DateCandidate.Role.PUBLISHED;
            boolean away = !e.hasAttr("pubdate") && !isNearHeadline(page, e, windows);
            int level = e.hasAttr("pubdate") ? trust.markupPublished()
                    : away ? trust.timeElsewhere() : trust.timeNearHeadline();
            add(page, e, role, level, "<time>" + (away ? " away from headline" : ""), out);
        }
        return out;
    }

    private static void add(PageView page, Element e, DateCandidate.Role role, int trust, String what,
                            List<DateCandidate> out) {
        String value = firstNonEmpty(e.attr("datetime"), e.attr("content"),
                e.normalName().equals("abbr") ? e.attr("title") : "", valueTitle(e));
        Optional<PublicationDate> fromValue = parse(value, page);
        Optional<PublicationDate> fromText = e.normalName().equals("meta") ? Optional.empty()
                : parse(e.text(), page);
        Optional<PublicationDate> date = fromValue.or(() -> fromText);
        if (date.isEmpty()) {
            return;
        }
        out.add(new DateCandidate(date.get(), role, trust, what));
        if (role == DateCandidate.Role.PUBLISHED && fromValue.isPresent() && fromText.isPresent()
                && !fromText.get().day().equals(fromValue.get().day())) {
            out.add(new DateCandidate(fromText.get(), DateCandidate.Role.LOCAL_DAY, trust, what + " (visible)"));
        }
    }

    /**
     * Marked-up publication dates are trusted when they are the page's first, stand outside the body (head
     * metadata) or by the headline; a later one far down the page is more likely a teaser's, and only supports.
     */
    private int markedTrust(PageView page, Element e, boolean first) {
        boolean far = page.headline() != null && page.textPosition(e) >= 0 && !isNearHeadline(page, e, windows);
        return first || !far ? trust.markupPublished() : trust.timeElsewhere();
    }

    /** Whether {@code e} stands by the headline, within {@link DateWindows#nearBefore()} and {@code nearAfter()}. */
    static boolean isNearHeadline(PageView page, Element e, DateWindows windows) {
        int end = page.headlineEnd();
        int at = page.textPosition(e);
        if (end < 0 || at < 0) {
            return false;
        }
        int start = page.textPosition(page.headline());
        return at >= start - windows.nearBefore() && at <= end + windows.nearAfter();
    }

    private boolean isModified(Element e) {
        for (Element x : new Element[]{e, e.parent()}) {
            if (x != null && (DateLabels.namesModified(x.className()) || DateLabels.namesModified(x.id()))) {
                return true;
            }
        }
        String before = textBefore(e, windows.markupLabelReach());
        return labels.roleOf(before) == DateCandidate.Role.MODIFIED;
    }

    /** Up to {@code reach} characters of the parent's text just before {@code e}. */
    static String textBefore(Element e, int reach) {
        Element parent = e.parent();
        if (parent == null) {
            return "";
        }
        String all = parent.text();
        String own = e.text();
        int at = own.isEmpty() ? -1 : all.indexOf(own);
        String before = at >= 0 ? all.substring(0, at) : "";
        return before.length() > reach ? before.substring(before.length() - reach) : before;
    }

    /** The microformats value-class pattern: {@code <span class="value-title" title="2020-03-05">}. */
    private static String valueTitle(Element e) {
        Element v = e.selectFirst(".value-title[title]");
        return v == null ? "" : v.attr("title");
    }

    private static boolean inOtherItem(Element e) {
        for (Element x = e.parent(); x != null; x = x.parent()) {
            if (x.hasAttr("itemscope") && x.attr("itemtype").matches(OTHER_ITEM_TYPES)) {
                return true;
            }
        }
        return false;
    }

    private static Optional<PublicationDate> parse(String value, PageView page) {
        return value == null || value.isBlank() ? Optional.empty()
                : page.parser().first(value, page.order()).map(d -> d.withSource("time"));
    }

    private static String firstNonEmpty(String... values) {
        for (String v : values) {
            if (v != null && !v.isBlank()) {
                return v.strip();
            }
        }
        return "";
    }
}
