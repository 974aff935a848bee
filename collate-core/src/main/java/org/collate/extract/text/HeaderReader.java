package org.collate.extract.text;

import org.collate.extract.ExtractSettings;
import org.collate.extract.date.DateParser;
import org.collate.model.PublicationDate;
import org.collate.model.RemovalReason;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * Reads the lines above the story: the header zone, which ends at the first unit of running prose. There it finds
 * the date line (the publication date), the title (a line that repeats, else the last headline-shaped line, else the
 * first line), bylines, and the short labels around them, which are site or section names.
 */
final class HeaderReader {

    private static final Pattern BYLINE = Pattern.compile(
            "(?iu)^(?:by|written by|author:|von|par|por|di)\\s+\\p{Lu}[\\p{L}.'’\\-]*(?:\\s+(?:and\\s+)?\\p{Lu}[\\p{L}.'’\\-]*){0,5}"
                    + "(?:\\s*[,|–—-]\\s*.{0,60})?$");
    private static final Pattern DATE_WORDS = Pattern.compile(
            "(?iu)\\b(?:published|updated|posted|last|modified|on|at|am|pm|a\\.m\\.|p\\.m\\.|gmt|utc|bst|cet|est|edt|pst"
                    + "|monday|tuesday|wednesday|thursday|friday|saturday|sunday|mon|tue|wed|thu|fri|sat|sun)\\b"
                    + "|\\d{1,2}:\\d{2}(?::\\d{2})?|[|,:•·\\-–—()]");

    /** What the header holds; {@code marks} gives each header unit's removal reason, null for kept units. */
    record Header(int length, String title, PublicationDate published, String author,
                  Map<Integer, RemovalReason> marks) {
    }

    /**
     * The header is at most this many units: a story does not start later than that
     * ({@link ExtractSettings#maxHeaderUnits()}).
     */
    private final int maxHeaderUnits;

    HeaderReader(ExtractSettings settings) {
        this.maxHeaderUnits = settings.maxHeaderUnits();
    }

    Header read(List<TextUnit> units, String declaredTitle) {
        int end = 0;
        while (end < units.size() && end < maxHeaderUnits && !units.get(end).isProse()) {
            end++;
        }
        Map<Integer, RemovalReason> marks = new HashMap<>();
        PublicationDate published = null;
        String author = null;
        List<Integer> labels = new ArrayList<>();
        for (int i = 0; i < end; i++) {
            TextUnit unit = units.get(i);
            if (published == null && isDateLine(unit)) {
                published = DateParser.parse(unit.text()).map(d -> d.withSource("date-line")).orElse(null);
                marks.put(i, RemovalReason.DATE_LINE);
            } else if (BYLINE.matcher(unit.text()).matches() && unit.words() <= 12) {
                author = unit.text().replaceFirst("(?iu)^(?:by|written by|author:|von|par|por|di)\\s+", "")
                        .replaceFirst("\\s*[,|–—-].*$", "");
                marks.put(i, RemovalReason.BYLINE);
            } else if (unit.hasLetters()) {
                labels.add(i);
            }
        }
        String title = declaredTitle;
        int titleIndex = -1;
        if (title == null) {
            titleIndex = chooseTitle(units, labels);
            title = titleIndex >= 0 ? units.get(titleIndex).text() : null;
        }
        String titleKey = title == null ? null : key(title);
        for (int i : labels) {
            if (i == titleIndex) {
                marks.put(i, RemovalReason.DUPLICATE_TITLE);
            } else if (titleKey != null && key(units.get(i).text()).equals(titleKey)) {
                marks.put(i, RemovalReason.DUPLICATE_TITLE);
            } else if (units.get(i).words() <= 5 && !units.get(i).endsLikeSentence()) {
                marks.put(i, RemovalReason.SITE_NAME);
            }
        }
        return new Header(end, title, published, author, marks);
    }

    /**
     * The title among the header's labels: one that is repeated (content farms print it twice), else the last one of
     * headline length (site and section names come first), else the first label.
     */
    private static int chooseTitle(List<TextUnit> units, List<Integer> labels) {
        if (labels.isEmpty()) {
            return -1;
        }
        Map<String, Integer> seen = new HashMap<>();
        for (int i : labels) {
            Integer first = seen.putIfAbsent(key(units.get(i).text()), i);
            if (first != null) {
                return first;
            }
        }
        for (int k = labels.size() - 1; k >= 0; k--) {
            TextUnit unit = units.get(labels.get(k));
            if (unit.words() >= 4 && unit.words() <= 30) {
                return labels.get(k);
            }
        }
        return labels.get(0);
    }

    /** A unit that is a date and little else ("March 2, 2024", "Published: Fri 16 Sep 2022 10:32 BST"). */
    static boolean isDateLine(TextUnit unit) {
        if (unit.words() > 12 || DateParser.parse(unit.text()).isEmpty()) {
            return false;
        }
        String rest = DATE_WORDS.matcher(unit.text()).replaceAll(" ");
        String[] remaining = rest.strip().split("\\s+");
        int wordsLeft = 0;
        for (String w : remaining) {
            if (!w.isEmpty() && !w.matches("\\d+(?:st|nd|rd|th)?\\.?") && DateParser.month(w) == null) {
                wordsLeft++;
            }
        }
        return wordsLeft <= 1;
    }

    static String key(String text) {
        return text.toLowerCase(Locale.ROOT).replaceAll("[^\\p{L}\\p{N}]+", " ").strip();
    }
}
