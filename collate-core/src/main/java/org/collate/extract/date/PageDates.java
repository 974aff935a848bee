package org.collate.extract.date;

import org.collate.model.PublicationDate;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.TextNode;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.format.TextStyle;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The last resort, read only when no other evidence dates the page: the first full date the page writes on a line
 * of its own (a stamp, not a sentence), provided no other such date is written more often. A page that names no date by its headline, in its
 * markup or in its address still often shows one (a blog's "Datum 12.01.2017" in a side box, a press release's
 * stamp above its title, "Aktualisiert: …" at its foot), and the first date a reader meets is the page's own more
 * often than not; a date written more often than it (a calendar, a list of events, a forum's posts) says the page
 * is about other days, and the chooser still abstains. This is the whole-page search that htmldate runs when its
 * targeted searches fail (its "extensive" mode), without its scoring.
 */
final class PageDates {

    /** Below every level of {@link DateTrust}: it is never weighed against other evidence, only used when none. */
    static final int TRUST = 0;
    /**
     * The longest line read: a date stamp ("Datum 12.01.2017", "VON A. AUTOR am 21. April 2020") stands on a short
     * line of its own, while a date inside a sentence of the article is the date of an event it reports.
     */
    private static final int STAMP_CHARS = 80;
    /** Words (with a letter in them) a stamp line may hold besides its dates: a label and a name. */
    private static final int STAMP_WORDS = 4;
    private static final Pattern WORD = Pattern.compile("\\S*\\p{L}\\S*");
    /** How much of the text before a date is read for its label: a label stands right before its date. */
    private static final int LABEL_REACH = 25;

    private final DateLabels labels;

    PageDates(DateLabels labels) {
        this.labels = labels;
    }

    /**
     * The first date not labelled as a modification ("last edited: …") or as the date of something else ("born …"),
     * provided no other such date is written more often.
     */
    Optional<DateCandidate> find(PageView page) {
        Element body = page.doc().body();
        if (body == null) {
            return Optional.empty();
        }
        List<DateParser.Match> dates = new ArrayList<>();
        // Text nodes only: a script's or a style's content is data, not text, in jsoup.
        body.traverse((node, depth) -> {
            if (node instanceof TextNode t && t.parent() instanceof Element parent) {
                stamps(t, parent, page, dates);
            }
        });
        if (dates.isEmpty()) {
            return Optional.empty();
        }
        Map<LocalDate, Integer> counts = new HashMap<>();
        int most = 0;
        for (DateParser.Match m : dates) {
            most = Math.max(most, counts.merge(m.date().day(), 1, Integer::sum));
        }
        DateParser.Match first = dates.get(0);
        if (counts.get(first.date().day()) < most) {
            return Optional.empty();
        }
        return Optional.of(candidate(first, "the first of " + dates.size() + " dates stamped on the page"));
    }

    /**
     * The dates of a text node that is a stamp: a short line whose words, besides its dates, are at most a label and
     * a name ("Datum", "Aktualisiert:", "VON A. AUTOR am"); a line with more words is a sentence, whose dates are the
     * events it reports. A line any of whose dates is labelled as a modification or as another thing's date is
     * skipped whole.
     */
    private void stamps(TextNode t, Element parent, PageView page, List<DateParser.Match> out) {
        String line = t.text().strip();
        if (line.length() > STAMP_CHARS || line.length() < 8) {
            return;
        }
        List<DateParser.Match> found = page.parser().all(line, page.order());
        // Where the line stands is asked only of lines that hold a date: most text nodes hold none.
        if (found.isEmpty() || inLinkOrAside(parent, page)) {
            return;
        }
        // A label in a cell of its own (<dt>Datum</dt><dd>…</dd>, <th>Founded</th><td>…</td>) reads as the line's.
        String cellLabel = t.previousSibling() == null && parent.previousElementSibling() != null
                ? parent.previousElementSibling().text() + " " : "";
        StringBuilder rest = new StringBuilder();
        int from = 0;
        for (DateParser.Match m : found) {
            String before = cellLabel + line.substring(from, m.start());
            if (labels.roleOf(tail(before)) == DateCandidate.Role.MODIFIED || labels.namesOtherThing(before)) {
                return;
            }
            rest.append(line, from, m.start()).append(' ');
            from = m.end();
        }
        rest.append(line.substring(from));
        List<String> words = WORD.matcher(rest).results().map(r -> r.group()).toList();
        if (words.size() > STAMP_WORDS || (!words.isEmpty() && words.stream().allMatch(PageDates::isWeekday))) {
            return; // a sentence; or a weekday and a date alone, a masthead's or a calendar's day on show
        }
        out.addAll(found);
    }

    /** Weekday names in the languages of the pages read most, from the JDK's locale data. */
    private static final Set<String> WEEKDAYS = weekdays();

    private static Set<String> weekdays() {
        Set<String> names = new HashSet<>();
        for (String language : List.of("en", "de", "fr", "es", "it", "pt", "nl", "pl", "sv", "da", "no", "fi",
                "tr", "ru", "uk", "cs")) {
            for (DayOfWeek d : DayOfWeek.values()) {
                for (TextStyle style : List.of(TextStyle.FULL, TextStyle.SHORT)) {
                    names.add(d.getDisplayName(style, Locale.forLanguageTag(language)).toLowerCase(Locale.ROOT)
                            .replace(".", ""));
                }
            }
        }
        return Set.copyOf(names);
    }

    private static boolean isWeekday(String word) {
        return WEEKDAYS.contains(word.toLowerCase(Locale.ROOT).replaceAll("[.,:;]", ""));
    }

    private static String tail(String s) {
        return s.length() > LABEL_REACH ? s.substring(s.length() - LABEL_REACH) : s;
    }

    /**
     * Whether the text sits in a link (a teaser, an archive entry, a comment's permalink: another item's date) or in
     * a part of the page that is not its content (comments, related items, sidebars, footers).
     */
    private static boolean inLinkOrAside(Element e, PageView page) {
        return e.closest("a") != null || page.isSecondary(e) && hasOwnHeading(e, page);
    }

    /**
     * Whether a secondary part around {@code e} holds a heading of its own ("Also read", a teaser's title): then its
     * dates are its items'. A side box without one (a blog's "Datum" box beside the post) still dates the page.
     */
    private static boolean hasOwnHeading(Element e, PageView page) {
        for (Element x = e; x != null && page.isSecondary(x); x = x.parent()) {
            if (!x.select("h1, h2, h3, h4, h5, h6").isEmpty()) {
                return true;
            }
        }
        return false;
    }

    private static DateCandidate candidate(DateParser.Match m, String evidence) {
        return new DateCandidate(PublicationDate.ofDay(m.date().day(), "page"), DateCandidate.Role.PUBLISHED, TRUST,
                evidence);
    }
}
