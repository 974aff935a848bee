package org.collate.extract.date;

import org.collate.model.PublicationDate;
import org.jsoup.nodes.Element;

import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * The date of a link to the page itself. Blogs put the post's date in its permalink (hAtom's
 * {@code <a rel="bookmark" href="…the page…"><abbr class="published" title="…">}), and listings, teasers and
 * "latest posts" boxes that show the page's own entry give its date inside the link to it: whatever box that link
 * stands in (the blog's post widget, a sidebar), the date is the page's. A link with a fragment
 * ({@code #comment-12}) points into the page, at a comment, and is not read.
 *
 * <p>In the link, a machine value ({@code datetime}, {@code title} of an {@code <abbr>}, {@code content}) is read
 * first, then the text of a leaf element of the link that holds little but a date. Only the first self link with a
 * date counts; dates labelled as updates or as another thing's are skipped.
 */
final class SelfLinkDates {

    /**
     * A visible date is read from an element of the link that holds little else ("10.11.2021", "Posted March 3,
     * 2020"), at most {@link DateWindows#selfLinkMaxDateText()} characters: a date inside a linked title ("Results
     * of 11–12 July") names what the page is about.
     */
    private final int maxDateText;
    private final int trust;
    private final DateLabels labels;

    SelfLinkDates(DateSettings settings, DateLabels labels) {
        this.maxDateText = settings.windows().selfLinkMaxDateText();
        this.trust = settings.trust().selfLink();
        this.labels = labels;
    }

    Optional<DateCandidate> find(PageView page) {
        String self = key(page.url());
        if (self == null || page.doc().body() == null) {
            return Optional.empty();
        }
        // Resolving every link of a page against its base was a tenth of HTML extraction in the profile: a link to
        // the page must at least name the page's last path segment, which a plain substring test checks first.
        String tail = self.substring(self.lastIndexOf('/') + 1);
        for (Element a : page.doc().body().select("a[href]")) {
            String href = a.attr("href");
            if (!tail.isEmpty() && !href.toLowerCase(Locale.ROOT).contains(tail)
                    || !self.equals(key(a.absUrl("href")))) {
                continue;
            }
            Optional<DateCandidate> found = dateIn(a, page);
            if (found.isPresent()) {
                return found;
            }
        }
        return Optional.empty();
    }

    private Optional<DateCandidate> dateIn(Element e, PageView page) {
        for (Element v : e.select("time[datetime], abbr[title], [itemprop~=(?i)^date(Published|Created)$][content]")) {
            String value = v.hasAttr("datetime") ? v.attr("datetime")
                    : v.hasAttr("content") ? v.attr("content") : v.attr("title");
            Optional<PublicationDate> d = page.parser().first(value, page.order());
            if (d.isPresent() && !DateLabels.namesModified(v.className())) {
                return Optional.of(candidate(d.get(), "machine value " + value));
            }
        }
        for (Element d : e.getAllElements()) {
            String text = d.text();
            if (text.length() > maxDateText || !d.children().isEmpty() && d != e) {
                continue;
            }
            List<DateParser.Match> dates = page.parser().all(text, page.order());
            if (dates.isEmpty()) {
                continue;
            }
            DateParser.Match m = dates.get(0);
            String before = text.substring(0, m.start());
            if (labels.namesOtherThing(before) || labels.roleOf(before) == DateCandidate.Role.MODIFIED) {
                return Optional.empty();
            }
            return Optional.of(candidate(m.date(), "element \"" + text.strip() + "\""));
        }
        return Optional.empty();
    }

    private DateCandidate candidate(PublicationDate d, String what) {
        return new DateCandidate(d.withSource("text"), DateCandidate.Role.PUBLISHED, trust,
                "link to the page itself, " + what);
    }

    /**
     * The URL as compared: without scheme, {@code www.}, trailing slash or empty fragment, keeping the query (which
     * names the page on many sites); null for a link into the page ({@code #…}) or no URL.
     */
    static String key(String url) {
        if (url == null || url.isBlank()) {
            return null;
        }
        String u = url.strip();
        int hash = u.indexOf('#');
        if (hash >= 0) {
            if (hash < u.length() - 1) {
                return null;
            }
            u = u.substring(0, hash);
        }
        u = u.toLowerCase(Locale.ROOT).replaceFirst("^[a-z]+://", "").replaceFirst("^www\\.", "");
        while (u.endsWith("/")) {
            u = u.substring(0, u.length() - 1);
        }
        return u.isEmpty() || !u.contains("/") ? null : u;
    }
}
