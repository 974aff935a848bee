package org.collate.analyze.temporal;

import org.collate.extract.date.DateParser;
import org.collate.lexicon.NumberWords;
import org.collate.limit.Deadline;
import org.collate.model.DateMention;
import org.collate.model.Sentence;
import org.collate.model.Span;

import java.time.DateTimeException;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds date expressions and resolves them against the publication date, as a reader of the day would: "on
 * Friday" is the latest Friday on or before publication (or the next one when the sentence speaks of the future),
 * "in October" the nearest October, "last week" the week before. Without a publication date, relative expressions
 * stay unresolved and keep their weekday, so a later stage can still compare "Friday" with "Thursday".
 */
public final class TemporalExtractor {

    private static final String MONTH = "(January|February|March|April|May|June|July|August|September|October|November"
            + "|December|Jan\\.?|Feb\\.?|Mar\\.?|Apr\\.?|Jun\\.?|Jul\\.?|Aug\\.?|Sept?\\.?|Oct\\.?|Nov\\.?|Dec\\.?)";
    private static final String WEEKDAY = "(Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)";
    private static final Pattern FULL_DATE = Pattern.compile(
            "\\b(?:" + WEEKDAY + "\\s*,?\\s+)?(?:(\\d{1,2})(?:st|nd|rd|th)?\\s+" + MONTH + "\\s*,?\\s*((?:19|20)\\d\\d)"
                    + "|" + MONTH + "\\s+(\\d{1,2})(?:st|nd|rd|th)?\\s*,?\\s*((?:19|20)\\d\\d))\\b"
                    + "|\\b((?:19|20)\\d\\d-\\d\\d-\\d\\d)\\b");
    private static final Pattern DAY_MONTH = Pattern.compile(
            "\\b(?:(?:on|by|until|since|from)\\s+)?(?:" + WEEKDAY + ",?\\s+)?(?:(\\d{1,2})(?:st|nd|rd|th)?\\s+" + MONTH
                    + "|" + MONTH + "\\s+(\\d{1,2})(?:st|nd|rd|th)?)\\b(?!\\s*,?\\s*(?:19|20)\\d\\d)");
    private static final Pattern MONTH_YEAR = Pattern.compile("\\b(?:in\\s+)?" + MONTH + "\\s+((?:19|20)\\d\\d)\\b");
    private static final Pattern MONTH_ONLY = Pattern.compile("\\b(?:in|since|until|by|from|last|next|this|early|late|mid-?)\\s+"
            + MONTH + "\\b(?!\\s+\\d)");
    private static final Pattern YEAR = Pattern.compile("\\b(?:in|since|until|by|from|during|of)\\s+((?:19|20)\\d\\d)\\b");
    private static final Pattern WEEKDAY_ONLY = Pattern.compile(
            "\\b(?:(?:on|last|next|this|by|until|since|from|early|late)\\s+)?" + WEEKDAY + "(?:\\s+(?:morning|afternoon|evening|night))?\\b");
    private static final Pattern RELATIVE = Pattern.compile(
            "\\b(today|yesterday|tomorrow|(?:last|next|this|earlier this|later this)\\s+(?:week|month|year)"
                    + "|(\\d+|a|" + String.join("|", NumberWords.cardinals())
                    + ")\\s+(days?|weeks?|months?|years?)\\s+ago)\\b",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern FUTURE = Pattern.compile("\\b(will|shall|is to|are to|is due|are due|plans? to|is set to|'ll|next)\\b",
            Pattern.CASE_INSENSITIVE);

    public List<DateMention> extract(String text, List<Sentence> sentences, LocalDate published) {
        List<DateMention> out = new ArrayList<>();
        for (Sentence s : sentences) {
            Deadline.check();
            List<Span> taken = new ArrayList<>();
            String st = s.text();
            int base = s.span().start();
            // Every pattern below needs some of these; a sentence without them skips the pattern (most do).
            boolean digit = hasDigit(st);
            boolean monthName = hasMonth(st);
            String lower = st.toLowerCase(Locale.ROOT);
            Boolean future = null;
            Matcher m = FULL_DATE.matcher(digit ? st : "");
            while (m.find()) {
                LocalDate d = DateParser.parse(m.group()).map(p -> p.day()).orElse(null);
                if (d != null) {
                    add(out, taken, text, base, m.start(), m.end(), false, d, "day",
                            m.group(1) == null ? null : weekday(m.group(1)));
                }
            }
            m = MONTH_YEAR.matcher(digit && monthName ? st : "");
            while (m.find()) {
                Integer month = DateParser.month(m.group(1));
                if (month != null) {
                    add(out, taken, text, base, m.start(), m.end(), false,
                            LocalDate.of(Integer.parseInt(m.group(2)), month, 1), "month", null);
                }
            }
            m = DAY_MONTH.matcher(digit && monthName ? st : "");
            while (m.find()) {
                String dayText = m.group(2) != null ? m.group(2) : m.group(5);
                String monthText = m.group(3) != null ? m.group(3) : m.group(4);
                Integer month = DateParser.month(monthText);
                if (month == null) {
                    continue;
                }
                LocalDate d = published == null ? null : nearestYear(published, month, Integer.parseInt(dayText));
                add(out, taken, text, base, m.start(), m.end(), true, d, "day", m.group(1) == null ? null : weekday(m.group(1)));
            }
            m = MONTH_ONLY.matcher(monthName ? st : "");
            while (m.find()) {
                Integer month = DateParser.month(m.group(1));
                if (month != null) {
                    LocalDate d = published == null ? null : nearestYear(published, month, 1);
                    add(out, taken, text, base, m.start(), m.end(), true, d, "month", null);
                }
            }
            m = YEAR.matcher(digit ? st : "");
            while (m.find()) {
                add(out, taken, text, base, m.start(), m.end(), false, LocalDate.of(Integer.parseInt(m.group(1)), 1, 1),
                        "year", null);
            }
            m = WEEKDAY_ONLY.matcher(st.contains("day") ? st : "");
            while (m.find()) {
                DayOfWeek day = weekday(m.group(1));
                String lead = m.group().toLowerCase(Locale.ROOT);
                if (future == null) {
                    future = FUTURE.matcher(st).find();
                }
                boolean forward = lead.startsWith("next") || future && !lead.startsWith("last");
                LocalDate d = published == null ? null : forward
                        ? published.with(TemporalAdjusters.nextOrSame(day))
                        : published.with(TemporalAdjusters.previousOrSame(day));
                if (d != null && lead.startsWith("last") && d.equals(published)) {
                    d = d.minusWeeks(1);
                }
                add(out, taken, text, base, m.start(), m.end(), true, d, "day", day);
            }
            m = RELATIVE.matcher(lower.contains("day") || lower.contains("week") || lower.contains("month")
                    || lower.contains("year") || lower.contains("tomorrow") ? st : "");
            while (m.find()) {
                String expr = m.group(1).toLowerCase(Locale.ROOT);
                LocalDate d = published == null ? null : relative(expr, published);
                String granularity = expr.contains("week") ? "week" : expr.contains("month") ? "month"
                        : expr.contains("year") ? "year" : "day";
                add(out, taken, text, base, m.start(), m.end(), true, d, granularity, null);
            }
        }
        out.sort((a, b) -> a.span().compareTo(b.span()));
        return out;
    }

    /** Whether {@code s} has an ASCII digit, which every pattern with a number needs ({@code \d} is ASCII). */
    private static boolean hasDigit(String s) {
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c >= '0' && c <= '9') {
                return true;
            }
        }
        return false;
    }

    /** Whether {@code s} has the start of a month name as {@link #MONTH} spells it (capitalised). */
    private static boolean hasMonth(String s) {
        for (String prefix : MONTH_PREFIXES) {
            if (s.contains(prefix)) {
                return true;
            }
        }
        return false;
    }

    private static final String[] MONTH_PREFIXES = {"Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep",
            "Oct", "Nov", "Dec"};

    private static void add(List<DateMention> out, List<Span> taken, String text, int base, int start, int end,
                            boolean relative, LocalDate resolved, String granularity, DayOfWeek weekday) {
        Span span = new Span(base + start, base + end);
        for (Span t : taken) {
            if (t.overlaps(span)) {
                return;
            }
        }
        taken.add(span);
        out.add(new DateMention(span, span.of(text), relative, resolved, granularity, weekday));
    }

    /** The date in the year that puts it nearest the reference (news speaks of the recent past and near future). */
    static LocalDate nearestYear(LocalDate reference, int month, int day) {
        LocalDate best = null;
        for (int year = reference.getYear() - 1; year <= reference.getYear() + 1; year++) {
            try {
                LocalDate d = LocalDate.of(year, month, day);
                if (best == null || Math.abs(d.toEpochDay() - reference.toEpochDay())
                        < Math.abs(best.toEpochDay() - reference.toEpochDay())) {
                    best = d;
                }
            } catch (DateTimeException e) {
                // 29 February in a common year
            }
        }
        return best;
    }

    private static LocalDate relative(String expr, LocalDate p) {
        if (expr.equals("today")) {
            return p;
        }
        if (expr.equals("yesterday")) {
            return p.minusDays(1);
        }
        if (expr.equals("tomorrow")) {
            return p.plusDays(1);
        }
        if (expr.endsWith("ago")) {
            String[] parts = expr.split("\\s+");
            int n = parts[0].equals("a") ? 1 : NumberWords.cardinal(parts[0]) > 0 ? NumberWords.cardinal(parts[0])
                    : Integer.parseInt(parts[0]);
            String unit = parts[1];
            return unit.startsWith("day") ? p.minusDays(n) : unit.startsWith("week") ? p.minusWeeks(n)
                    : unit.startsWith("month") ? p.minusMonths(n) : p.minusYears(n);
        }
        int shift = expr.startsWith("last") ? -1 : expr.startsWith("next") ? 1 : 0;
        if (expr.endsWith("week")) {
            return p.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY)).plusWeeks(shift);
        }
        if (expr.endsWith("month")) {
            return p.withDayOfMonth(1).plusMonths(shift);
        }
        return p.withDayOfYear(1).plusYears(shift);
    }

    private static DayOfWeek weekday(String name) {
        return DayOfWeek.valueOf(name.toUpperCase(Locale.ROOT));
    }
}
