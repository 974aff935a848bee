package org.collate.extract.date;

import org.collate.model.PublicationDate;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.NodeFilter;
import org.jsoup.select.NodeTraversor;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Dates written in the article's visible text, outside comments, related items, navigation and footers:
 * <ul>
 *   <li>a date the words before it label ("Published on 3 May 2020", "Publié le", "Опубликовано",
 *       "Updated: …" for modification), by the headline, or further down when the label stands right before the
 *       date and is not a word prose uses of other things ("released", "issued");</li>
 *   <li>a date in an element whose class or id says it holds the date or byline ({@code .date},
 *       {@code .post-meta}, {@code #byline}, {@code .fecha}) by the headline;</li>
 *   <li>the first unlabelled date right below the headline, in a short block (the shorter, the lower it may
 *       stand), where bylines stand ("By Jane
 *       Doe — March 11, 2020", "Unica.md, 20 septembrie 2020 16:20"), or there a relative date ("3 hours ago",
 *       "ayer") when the time the page was seen is known to resolve it against;</li>
 *   <li>the last unlabelled date just above the headline when it is a line of its own (a kicker date
 *       "31.01.2022" over the title), or the first right below it on a line of its own inside a longer block
 *       ("Donnerstag, 15.2.2018, 19:51"): as a byline;</li>
 *   <li>an unlabelled date further below the headline, or the last one above it: weak evidence (a site's
 *       "today" line, an event's date) that the chooser takes only when other evidence agrees.</li>
 * </ul>
 * Dates the words before them give to something else ("Joined", "Born", "Founded", "valid until") are not read.
 * Without a recognisable headline only labelled dates and date elements are read, in the first part of the text.
 */
final class TextDates {

    private static final Set<String> SKIPPED_TAGS = Set.of("script", "style", "noscript", "template", "svg",
            "select", "option", "button", "iframe");
    private static final Pattern DATE_ELEMENT_NAME = Pattern.compile(
            "(?iu)date|datum|fecha|data|time|publish|posted|byline|timestamp|post-?meta|entry-?meta"
                    + "|article-?meta|post-?info|entry-?info|article-?info|meta-?info|дата|tarih");
    /** How far below the headline a labelled date may stand. */
    private static final int LABELLED_AFTER = 3000;
    /** How much of the text is read for labelled dates when there is no headline. */
    private static final int NO_HEADLINE_SPAN = 2500;
    private static final int LABEL_REACH = 40;
    private static final int UNLABELLED_BEFORE = 300;
    private static final int UNLABELLED_AFTER = 600;
    /** An unlabelled date this close below the headline, in a block this short, stands where bylines do. */
    private static final int BYLINE_REACH = 150;
    private static final int BYLINE_BLOCK = 250;
    /** A block this short holds little but the date (a dateline, an agency line): it may stand a little lower. */
    private static final int BYLINE_REACH_SHORT_BLOCK = 300;
    private static final int SHORT_BLOCK = 80;
    private static final int DATE_ELEMENT_MAX_TEXT = 120;
    /** A date on a line of its own this close above the headline is its dateline (a kicker date). */
    private static final int KICKER_REACH = 30;
    /** The most letters a date's own line holds besides the date: a weekday ("Donnerstag"), "Uhr", a label. */
    private static final int DATE_LINE_LETTERS = 12;
    /** How close after another thing's date a date counts as repeating it. */
    private static final int OTHER_THING_REPEAT = 30;
    /** Characters scanned past the last place a date may start, so a date written across it is read whole. */
    private static final int SCAN_OVERHANG = 80;

    /** The article's visible text, where the headline lies in it, and the block each stretch of text is in. */
    private record ArticleText(String text, int headlineStart, int headlineEnd, TreeMap<Integer, Element> blocks,
                               TreeMap<Integer, TextNode> nodes) {
        /** The length of the text of the block (paragraph, div, list item) that holds position {@code at}. */
        int blockLength(int at) {
            Map.Entry<Integer, Element> e = blocks.floorEntry(at);
            return e == null ? Integer.MAX_VALUE : e.getValue().text().length();
        }

        /**
         * Whether the date at {@code start..end} is a line of its own: the text node that holds it has at most a
         * weekday, a time or a short label besides ("Donnerstag, 15.2.2018, 19:51", "(18.01.2018)"), so it is no
         * sentence of the story, however long the block around it.
         */
        boolean dateLine(int start, int end) {
            Map.Entry<Integer, TextNode> e = nodes.floorEntry(start);
            if (e == null) {
                return false;
            }
            String node = e.getValue().text();
            int from = start - e.getKey();
            // a match may run past its node (text after a <br> is joined without a space); the node ends the line
            int to = Math.min(end - e.getKey(), node.length());
            if (from >= node.length()) {
                return false;
            }
            String rest = node.substring(0, from) + node.substring(to);
            return rest.codePoints().filter(Character::isLetter).count() <= DATE_LINE_LETTERS;
        }
    }

    List<DateCandidate> find(PageView page) {
        List<DateCandidate> out = new ArrayList<>();
        ArticleText article = articleText(page);
        String text = article.text();
        boolean hasHeadline = article.headlineStart() >= 0;
        int from = hasHeadline ? Math.max(0, article.headlineStart() - MarkupDates.NEAR_BEFORE) : 0;
        int to = hasHeadline ? article.headlineEnd() + LABELLED_AFTER : NO_HEADLINE_SPAN;
        DateCandidate before = null;
        DateCandidate after = null;
        // Only the stretch that can hold candidates is scanned, with room for the labels before it.
        int scanFrom = Math.max(0, from - LABEL_REACH);
        int previousEnd = scanFrom;
        int otherThingUntil = -1;
        String scanned = text.substring(scanFrom, Math.min(text.length(), to + SCAN_OVERHANG));
        for (DateParser.Match found : DateParser.findAll(scanned, page.order())) {
            DateParser.Match m = new DateParser.Match(found.start() + scanFrom, found.end() + scanFrom, found.date());
            int labelFrom = Math.max(previousEnd, m.start() - LABEL_REACH);
            String label = text.substring(labelFrom, m.start());
            previousEnd = m.end();
            if (m.start() < from || m.start() > to) {
                continue;
            }
            if (DateLabels.namesOtherThing(label) || m.start() < otherThingUntil) {
                // a date right after another thing's date repeats it ("Founded 28 Feb 1998 (1998-02-28)")
                otherThingUntil = m.end() + OTHER_THING_REPEAT;
                continue;
            }
            boolean near = !hasHeadline || m.start() <= article.headlineEnd() + MarkupDates.NEAR_AFTER;
            DateCandidate.Role role = DateLabels.roleOf(label, !near);
            PublicationDate date = m.date().withSource("text");
            String quote = "\"" + context(text, labelFrom, m.end()) + "\"";
            if (role != null) {
                out.add(new DateCandidate(date, role, near ? DateCandidate.Trust.TEXT_LABELLED
                        : DateCandidate.Trust.TEXT_LABELLED_FAR, "text " + quote));
            } else if (hasHeadline && after == null && m.start() >= article.headlineEnd()
                    && m.start() <= article.headlineEnd() + UNLABELLED_AFTER) {
                int distance = m.start() - article.headlineEnd();
                int block = article.blockLength(m.start());
                boolean byline = distance <= BYLINE_REACH && (block <= BYLINE_BLOCK || article.dateLine(m.start(), m.end()))
                        || distance <= BYLINE_REACH_SHORT_BLOCK && block <= SHORT_BLOCK;
                int trust = byline ? DateCandidate.Trust.TEXT_BYLINE : DateCandidate.Trust.TEXT_AFTER_HEADLINE;
                after = new DateCandidate(date, DateCandidate.Role.PUBLISHED, trust,
                        "text " + (m.start() - article.headlineEnd()) + " chars after headline, block of "
                                + article.blockLength(m.start()) + " " + quote);
            } else if (hasHeadline && m.start() < article.headlineStart()
                    && m.start() >= article.headlineStart() - UNLABELLED_BEFORE) {
                int distance = article.headlineStart() - m.end();
                boolean kicker = distance <= KICKER_REACH && article.dateLine(m.start(), m.end());
                before = new DateCandidate(date, DateCandidate.Role.PUBLISHED,
                        kicker ? DateCandidate.Trust.TEXT_BYLINE : DateCandidate.Trust.TEXT_BEFORE_HEADLINE,
                        "text " + distance + " chars before headline" + (kicker ? ", a line of its own " : " ")
                                + quote);
            }
        }
        if (after == null && hasHeadline && page.seenAt() != null) {
            after = relativeByline(text, article.headlineEnd(), page);
        }
        if (after != null) {
            out.add(after);
        }
        if (before != null) {
            out.add(before);
        }
        dateElements(page, out);
        return out;
    }

    /** "3 hours ago", "ayer" right below the headline, resolved against when the page was seen. */
    private static DateCandidate relativeByline(String text, int headlineEnd, PageView page) {
        String byline = text.substring(headlineEnd, Math.min(text.length(), headlineEnd + BYLINE_REACH));
        return RelativeDates.resolve(byline, page.seenAt())
                .map(day -> new DateCandidate(PublicationDate.ofDay(day, "text"), DateCandidate.Role.PUBLISHED,
                        DateCandidate.Trust.TEXT_BYLINE, "relative date after headline \"" + byline.strip() + "\""))
                .orElse(null);
    }

    /** Dates in short elements named for dates or bylines, by the headline. */
    private static void dateElements(PageView page, List<DateCandidate> out) {
        if (page.headline() == null) {
            return;
        }
        for (Element e : page.doc().body() == null ? List.<Element>of() : page.doc().body().getAllElements()) {
            // cheapest tests first: most elements are far from the headline
            if (!MarkupDates.isNearHeadline(page, e) || e.normalName().equals("time") || e.hasAttr("itemprop")
                    || SKIPPED_TAGS.contains(e.normalName())
                    || !(DATE_ELEMENT_NAME.matcher(e.className()).find() || DATE_ELEMENT_NAME.matcher(e.id()).find())
                    || page.isSecondary(e)) {
                continue;
            }
            if (page.textLength(e) > DATE_ELEMENT_MAX_TEXT * 2) {
                continue; // a container, not a date element: skip before building its text
            }
            String t = e.text();
            if (t.isBlank() || t.length() > DATE_ELEMENT_MAX_TEXT) {
                continue;
            }
            List<DateParser.Match> dates = DateParser.findAll(t, page.order());
            if (dates.isEmpty()) {
                continue;
            }
            DateParser.Match m = dates.get(0);
            if (DateLabels.namesOtherThing(t.substring(0, m.start()))) {
                continue;
            }
            DateCandidate.Role role = DateLabels.roleOf(t.substring(0, m.start()));
            if (role == null) {
                role = DateLabels.namesModified(e.className()) || DateLabels.namesModified(e.id())
                        ? DateCandidate.Role.MODIFIED : DateCandidate.Role.PUBLISHED;
            }
            out.add(new DateCandidate(m.date().withSource("text"), role, DateCandidate.Trust.DATE_ELEMENT,
                    "element ." + e.className() + " \"" + t + "\""));
        }
    }

    /** The body's text outside secondary parts, with the headline located in it. */
    private static ArticleText articleText(PageView page) {
        StringBuilder b = new StringBuilder();
        int[] headline = {-1, -1};
        TreeMap<Integer, Element> blocks = new TreeMap<>();
        TreeMap<Integer, TextNode> nodes = new TreeMap<>();
        Element h = page.headline();
        if (page.doc().body() == null) {
            return new ArticleText("", -1, -1, blocks, nodes);
        }
        NodeTraversor.filter(new NodeFilter() {
            @Override
            public FilterResult head(Node node, int depth) {
                if (node instanceof Element e) {
                    if (SKIPPED_TAGS.contains(e.normalName()) || page.isSecondary(e)) {
                        return FilterResult.SKIP_ENTIRELY;
                    }
                    if (e == h) {
                        headline[0] = b.length();
                    }
                    if (e.isBlock() && !b.isEmpty() && b.charAt(b.length() - 1) != ' ') {
                        b.append(' ');
                    }
                } else if (node instanceof TextNode t) {
                    if (!t.isBlank()) {
                        blocks.put(b.length(), block(t));
                        nodes.put(b.length(), t);
                    }
                    b.append(t.text());
                }
                return FilterResult.CONTINUE;
            }

            @Override
            public FilterResult tail(Node node, int depth) {
                if (node == h) {
                    headline[1] = b.length();
                }
                if (node instanceof Element e && e.isBlock() && !b.isEmpty() && b.charAt(b.length() - 1) != ' ') {
                    b.append(' ');
                }
                return FilterResult.CONTINUE;
            }
        }, page.doc().body());
        return new ArticleText(b.toString(), headline[0], headline[1], blocks, nodes);
    }

    /** The nearest block-level element around a text node. */
    private static Element block(TextNode t) {
        Element e = t.parent() instanceof Element p ? p : null;
        while (e != null && !e.isBlock() && e.parent() != null) {
            e = e.parent();
        }
        return e;
    }

    private static String context(String text, int from, int to) {
        return text.substring(from, Math.min(text.length(), to)).strip().replaceAll("\\s+", " ");
    }
}
