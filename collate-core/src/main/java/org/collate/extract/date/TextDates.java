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
    private final DateTrust trust;
    /** How far from the headline and from a label dates are read ({@link DateWindows}). */
    private final DateWindows windows;
    private final DateLabels labels;

    TextDates(DateSettings settings, DateLabels labels) {
        this.trust = settings.trust();
        this.windows = settings.windows();
        this.labels = labels;
    }

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
        boolean dateLine(int start, int end, int maxLetters) {
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
            return rest.codePoints().filter(Character::isLetter).count() <= maxLetters;
        }
    }

    List<DateCandidate> find(PageView page) {
        List<DateCandidate> out = new ArrayList<>();
        ArticleText article = articleText(page);
        String text = article.text();
        boolean hasHeadline = article.headlineStart() >= 0;
        int from = hasHeadline ? Math.max(0, article.headlineStart() - windows.nearBefore()) : 0;
        int to = hasHeadline ? article.headlineEnd() + windows.labelledAfter() : windows.noHeadlineSpan();
        DateCandidate before = null;
        DateCandidate after = null;
        // Only the stretch that can hold candidates is scanned, with room for the labels before it.
        int scanFrom = Math.max(0, from - windows.labelReach());
        int previousEnd = scanFrom;
        int otherThingUntil = -1;
        String scanned = text.substring(scanFrom, Math.min(text.length(), to + windows.scanOverhang()));
        for (DateParser.Match found : page.parser().all(scanned, page.order())) {
            DateParser.Match m = new DateParser.Match(found.start() + scanFrom, found.end() + scanFrom, found.date());
            int labelFrom = Math.max(previousEnd, m.start() - windows.labelReach());
            String label = text.substring(labelFrom, m.start());
            previousEnd = m.end();
            if (m.start() < from || m.start() > to) {
                continue;
            }
            if (labels.namesOtherThing(label) || m.start() < otherThingUntil) {
                // a date right after another thing's date repeats it ("Founded 28 Feb 1998 (1998-02-28)")
                otherThingUntil = m.end() + windows.otherThingRepeat();
                continue;
            }
            boolean near = !hasHeadline || m.start() <= article.headlineEnd() + windows.nearAfter();
            DateCandidate.Role role = labels.roleOf(label, !near);
            PublicationDate date = m.date().withSource("text");
            String quote = "\"" + context(text, labelFrom, m.end()) + "\"";
            if (role != null) {
                out.add(new DateCandidate(date, role, near ? trust.textLabelled()
                        : trust.textLabelledFar(), "text " + quote));
            } else if (hasHeadline && after == null && m.start() >= article.headlineEnd()
                    && m.start() <= article.headlineEnd() + windows.unlabelledAfter()) {
                int distance = m.start() - article.headlineEnd();
                int block = article.blockLength(m.start());
                boolean byline = distance <= windows.bylineReach() && (block <= windows.bylineBlock()
                        || article.dateLine(m.start(), m.end(), windows.dateLineLetters()))
                        || distance <= windows.bylineReachShortBlock() && block <= windows.shortBlock();
                int level = byline ? trust.textByline() : trust.textAfterHeadline();
                after = new DateCandidate(date, DateCandidate.Role.PUBLISHED, level,
                        "text " + (m.start() - article.headlineEnd()) + " chars after headline, block of "
                                + article.blockLength(m.start()) + " " + quote);
            } else if (hasHeadline && m.start() < article.headlineStart()
                    && m.start() >= article.headlineStart() - windows.unlabelledBefore()) {
                int distance = article.headlineStart() - m.end();
                boolean kicker = distance <= windows.kickerReach()
                        && article.dateLine(m.start(), m.end(), windows.dateLineLetters());
                before = new DateCandidate(date, DateCandidate.Role.PUBLISHED,
                        kicker ? trust.textByline() : trust.textBeforeHeadline(),
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
    private DateCandidate relativeByline(String text, int headlineEnd, PageView page) {
        String byline = text.substring(headlineEnd, Math.min(text.length(), headlineEnd + windows.bylineReach()));
        return RelativeDates.resolve(byline, page.seenAt())
                .map(day -> new DateCandidate(PublicationDate.ofDay(day, "text"), DateCandidate.Role.PUBLISHED,
                        trust.textByline(), "relative date after headline \"" + byline.strip() + "\""))
                .orElse(null);
    }

    /** Dates in short elements named for dates or bylines, by the headline. */
    private void dateElements(PageView page, List<DateCandidate> out) {
        if (page.headline() == null) {
            return;
        }
        for (Element e : page.doc().body() == null ? List.<Element>of() : page.doc().body().getAllElements()) {
            // cheapest tests first: most elements are far from the headline
            if (!MarkupDates.isNearHeadline(page, e, windows) || e.normalName().equals("time") || e.hasAttr("itemprop")
                    || SKIPPED_TAGS.contains(e.normalName())
                    || !(DATE_ELEMENT_NAME.matcher(e.className()).find() || DATE_ELEMENT_NAME.matcher(e.id()).find())
                    || page.isSecondary(e)) {
                continue;
            }
            if (page.textLength(e) > windows.dateElementMaxText() * 2) {
                continue; // a container, not a date element: skip before building its text
            }
            String t = e.text();
            if (t.isBlank() || t.length() > windows.dateElementMaxText()) {
                continue;
            }
            List<DateParser.Match> dates = page.parser().all(t, page.order());
            if (dates.isEmpty()) {
                continue;
            }
            DateParser.Match m = dates.get(0);
            if (labels.namesOtherThing(t.substring(0, m.start()))) {
                continue;
            }
            DateCandidate.Role role = labels.roleOf(t.substring(0, m.start()));
            if (role == null) {
                role = DateLabels.namesModified(e.className()) || DateLabels.namesModified(e.id())
                        ? DateCandidate.Role.MODIFIED : DateCandidate.Role.PUBLISHED;
            }
            out.add(new DateCandidate(m.date().withSource("text"), role, trust.dateElement(),
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
