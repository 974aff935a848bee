package org.collate.extract.date;

import org.collate.model.PublicationDate;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads dates and date-times written in the forms news pages use:
 * <ul>
 *   <li>ISO-8601 and its relatives: {@code 2022-09-16}, {@code 2022-09-16T10:32:00+02:00}, {@code 2022-09-16
 *       10:32}, {@code 20220916T103200Z}, {@code 2020-09-25T16:02:50CDT};</li>
 *   <li>year first: {@code 2022/09/16}, {@code 2022.09.16}, {@code 2022. 9. 16.}, {@code 2022年9月16日},
 *       {@code 2022년 9월 16일}, {@code 2022. szeptember 16.};</li>
 *   <li>month names in some thirty languages written out by hand, and those of the JDK's locale data
 *       ({@link MonthNames}), with any script's digits: "16 September 2022", "Sept. 16, 2022",
 *       "Friday 16th September 2022", "16 de septiembre de 2022", "1er juin 2020", "16 сентября 2022 г.",
 *       RFC 1123 ("Fri, 16 Sep 2022 10:32:00 GMT") and JavaScript's {@code Date.toString()};</li>
 *   <li>all-numeric day-month-year: {@code 16.09.2022}, {@code 16/09/2022}, {@code 09/16/2022}.</li>
 * </ul>
 * A time written right after a date is kept when its offset is known (a numeric offset, Z, UTC/GMT or an
 * unambiguous zone abbreviation such as EDT or CEST); the day is always the one the text states, in its own zone,
 * never converted to UTC. An all-numeric date whose day and month could be swapped (03/04/2022) is read only when
 * the caller knows the page's {@link NumericOrder}; dotted dates are day-first everywhere. Years before
 * {@link DateSettings#minYear()} (1995) or after next year are not publication dates of news on the web and are not
 * read. The static methods read with the default settings; the publication-date extractor makes its own parser.
 * Results carry source {@code parsed}; callers set the real source.
 */
public final class DateParser {

    /** The parser with the default settings, behind the static methods. */
    private static final DateParser DEFAULT = new DateParser(DateSettings.DEFAULT);

    private static final String YEAR = "((?:19|20)\\d\\d)";
    private static final String MONTH_WORD = "([\\p{L}][\\p{L}\\p{M}]{1,15})(?![\\p{L}\\p{M}])";
    private static final String ZONE = "(Z|(?:GMT|UTC)?\\s?[+-]\\d{1,2}(?::?\\d{2})?|[A-Z]{2,5}(?![A-Za-z]))";
    private static final int CI = Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE;

    private static final Pattern ISO = Pattern.compile("(?<![\\d])" + YEAR + "-(\\d{1,2})-(\\d{1,2})"
            + "(?:(?:T|\\s+|\\s*\\|\\s*)(\\d{1,2})[:h](\\d{2})(?::(\\d{1,2})(?:[.,]\\d+)?)?(?:\\s*" + ZONE + ")?)?"
            + "(?![\\d])");
    private static final Pattern ISO_COMPACT = Pattern.compile("(?<![\\d])" + YEAR
            + "(0[1-9]|1[0-2])(0[1-9]|[12]\\d|3[01])T(\\d{2}):?(\\d{2})(?::?(\\d{2}))?(?:[.,]\\d+)?" + ZONE + "?");
    private static final Pattern YEAR_FIRST = Pattern.compile(
            "(?<![\\d.])" + YEAR + "\\s*([/.])\\s*(\\d{1,2})\\s*\\2\\s*(\\d{1,2})(?![\\d])");
    private static final Pattern EAST_ASIAN = Pattern.compile(
            YEAR + "\\s*[年년]\\s*(\\d{1,2})\\s*[月월]\\s*(\\d{1,2})(?:\\s*[日일]|(?![\\d]))");
    private static final Pattern DAY_MONTH_YEAR = Pattern.compile(
            "(?<![\\p{L}\\d.,:/])(\\d{1,2})(?:st|nd|rd|th|er|\\.|º|°|-?го)?[\\s\\-/]*(?:de\\s+|del\\s+|of\\s+|d['’]\\s*)?"
                    + MONTH_WORD + "\\.?[\\s,\\-/]*(?:de\\s+|del\\s+)?" + YEAR + "(?!\\d)", CI);
    private static final Pattern MONTH_DAY_YEAR = Pattern.compile(
            "(?<![\\p{L}\\p{M}])" + MONTH_WORD + "\\.?\\s*(\\d{1,2})(?:st|nd|rd|th)?(?![\\d])\\s*,?\\s*" + YEAR
                    + "(?!\\d)", CI);
    private static final Pattern YEAR_MONTH_DAY = Pattern.compile(
            "(?<![\\d])" + YEAR + "\\s*(?:\\.|m\\.|,|-)?\\s*" + MONTH_WORD + "\\.?[\\s\\-]*(\\d{1,2})(?![\\d])", CI);
    private static final Pattern NUMERIC = Pattern.compile(
            "(?<![\\d.,/:])(\\d{1,2})([./-])(\\d{1,2})\\2" + YEAR + "(?![\\d])");
    private static final Pattern TIME_AFTER = Pattern.compile(
            "^[\\s,]*(?:(?:at|à|a\\s+las|alle|um|в|о|o|saat|kl\\.?|klo|-|–|—|\\||/)\\s*)?"
                    + "(\\d{1,2}):(\\d{2})(?::(\\d{2}))?\\s*(am|pm|a\\.m\\.|p\\.m\\.)?\\s*(?:\\(?\\s*" + ZONE + ")?",
            CI);

    private static final Pattern YEAR_ANYWHERE = Pattern.compile("(?:19|20)\\d\\d");

    /** Zone abbreviations with one meaning; CST, IST and the like are ambiguous and give no offset. */
    private static final Map<String, Integer> ZONE_MINUTES = Map.ofEntries(
            Map.entry("Z", 0), Map.entry("UTC", 0), Map.entry("GMT", 0), Map.entry("UT", 0), Map.entry("WET", 0),
            Map.entry("EST", -300), Map.entry("EDT", -240), Map.entry("CDT", -300), Map.entry("MST", -420),
            Map.entry("MDT", -360), Map.entry("PST", -480), Map.entry("PDT", -420), Map.entry("AKST", -540),
            Map.entry("AKDT", -480), Map.entry("HST", -600), Map.entry("CET", 60), Map.entry("CEST", 120),
            Map.entry("MEZ", 60), Map.entry("MESZ", 120), Map.entry("WEST", 60), Map.entry("EET", 120),
            Map.entry("EEST", 180), Map.entry("MSK", 180), Map.entry("JST", 540), Map.entry("KST", 540),
            Map.entry("HKT", 480), Map.entry("SGT", 480), Map.entry("PHT", 480), Map.entry("WIB", 420),
            Map.entry("AEST", 600), Map.entry("AEDT", 660), Map.entry("ACST", 570), Map.entry("AWST", 480),
            Map.entry("NZST", 720), Map.entry("NZDT", 780), Map.entry("BRT", -180), Map.entry("ART", -180));

    /**
     * One date found in a text.
     *
     * @param start where it starts in the text
     * @param end   where it ends (after any time read with it)
     * @param date  the date, source {@code parsed}
     */
    record Match(int start, int end, PublicationDate date) {
    }

    /** Dates before this year are not publication dates of news on the web. */
    private final int minYear;
    /** The most a written date extends before its year ("16th de septiembre de 2022") and after it (a time). */
    private final int windowBeforeYear;
    private final int windowAfterYear;

    /** A parser with the earliest year and the windows of {@code settings}. */
    DateParser(DateSettings settings) {
        this.minYear = settings.minYear();
        this.windowBeforeYear = settings.windows().windowBeforeYear();
        this.windowAfterYear = settings.windows().windowAfterYear();
    }

    /** Parses the first date written in {@code text}; ambiguous all-numeric dates are not read. */
    public static Optional<PublicationDate> parse(String text) {
        return parse(text, NumericOrder.UNKNOWN);
    }

    /** Parses the first date written in {@code text}, reading all-numeric dates in the given order. */
    public static Optional<PublicationDate> parse(String text, NumericOrder order) {
        return DEFAULT.first(text, order);
    }

    /** The first date written in {@code text}, reading all-numeric dates in the given order. */
    Optional<PublicationDate> first(String text, NumericOrder order) {
        List<Match> all = all(text, order);
        return all.isEmpty() ? Optional.empty() : Optional.of(all.get(0).date());
    }

    /**
     * Reads a relative date ("yesterday", "3 hours ago", "hace 2 días", "2 дня назад") as seen at {@code seenAt}, in
     * the writer's local time. Source {@code parsed}, day only.
     */
    public static Optional<PublicationDate> parseRelative(String text, LocalDateTime seenAt) {
        return RelativeDates.resolve(text, seenAt).map(d -> PublicationDate.ofDay(d, "parsed"));
    }

    /** The month number (1–12) of a name or abbreviation in any supported language, or null. */
    public static Integer month(String name) {
        return MonthNames.month(name);
    }

    /** Every date written in {@code text}, in order, none overlapping another (default settings). */
    static List<Match> findAll(String text, NumericOrder order) {
        return DEFAULT.all(text, order);
    }

    /** Every date written in {@code text}, in order, none overlapping another. */
    List<Match> all(String text, NumericOrder order) {
        if (text == null || text.isBlank()) {
            return List.of();
        }
        String s = asciiDigits(text);
        List<Match> found = new ArrayList<>();
        for (int[] w : yearWindows(s)) {
            iso(s, w, found);
            isoCompact(s, w, found);
            yearFirst(s, w, YEAR_FIRST, found);
            yearFirst(s, w, EAST_ASIAN, found);
            dayMonthYear(s, w, found);
            monthDayYear(s, w, found);
            yearMonthDay(s, w, found);
            numeric(s, w, order, found);
        }
        found.sort(Comparator.comparingInt(Match::start).thenComparing(m -> -(m.end() - m.start())));
        List<Match> kept = new ArrayList<>();
        int end = -1;
        for (Match m : found) {
            if (m.start() >= end) {
                kept.add(m);
                end = m.end();
            }
        }
        return kept;
    }

    private void iso(String s, int[] w, List<Match> out) {
        Matcher m = in(ISO, s, w);
        while (m.find()) {
            LocalDate day = day(m.group(1), m.group(2), m.group(3));
            if (day == null) {
                continue;
            }
            PublicationDate d = m.group(4) == null ? PublicationDate.ofDay(day, "parsed")
                    : withTime(day, m.group(4), m.group(5), m.group(6), null, m.group(7));
            add(out, m.start(), m.end(), d);
        }
    }

    private void isoCompact(String s, int[] w, List<Match> out) {
        Matcher m = in(ISO_COMPACT, s, w);
        while (m.find()) {
            LocalDate day = day(m.group(1), m.group(2), m.group(3));
            if (day != null) {
                add(out, m.start(), m.end(), withTime(day, m.group(4), m.group(5), m.group(6), null, m.group(7)));
            }
        }
    }

    private void yearFirst(String s, int[] w, Pattern p, List<Match> out) {
        Matcher m = in(p, s, w);
        while (m.find()) {
            boolean separated = p == YEAR_FIRST;
            LocalDate day = day(m.group(1), m.group(separated ? 3 : 2), m.group(separated ? 4 : 3));
            if (day != null) {
                addWithTime(s, out, m.start(), m.end(), day);
            }
        }
    }

    private void dayMonthYear(String s, int[] w, List<Match> out) {
        Matcher m = in(DAY_MONTH_YEAR, s, w);
        while (m.find()) {
            Integer month = MonthNames.month(m.group(2));
            LocalDate day = month == null ? null : day(m.group(3), String.valueOf(month), m.group(1));
            if (day != null) {
                addWithTime(s, out, m.start(), m.end(), day);
            }
        }
    }

    private void monthDayYear(String s, int[] w, List<Match> out) {
        Matcher m = in(MONTH_DAY_YEAR, s, w);
        while (m.find()) {
            Integer month = MonthNames.month(m.group(1));
            LocalDate day = month == null ? null : day(m.group(3), String.valueOf(month), m.group(2));
            if (day != null) {
                addWithTime(s, out, m.start(), m.end(), day);
            }
        }
    }

    private void yearMonthDay(String s, int[] w, List<Match> out) {
        Matcher m = in(YEAR_MONTH_DAY, s, w);
        while (m.find()) {
            Integer month = MonthNames.month(m.group(2));
            LocalDate day = month == null ? null : day(m.group(1), String.valueOf(month), m.group(3));
            if (day != null) {
                addWithTime(s, out, m.start(), m.end(), day);
            }
        }
    }

    private void numeric(String s, int[] w, NumericOrder order, List<Match> out) {
        Matcher m = in(NUMERIC, s, w);
        while (m.find()) {
            int a = Integer.parseInt(m.group(1));
            int b = Integer.parseInt(m.group(3));
            boolean dayFirst;
            if (a > 12 && b <= 12) {
                dayFirst = true;
            } else if (b > 12 && a <= 12) {
                dayFirst = false;
            } else if (a == b || ".".equals(m.group(2))) {
                dayFirst = true;
            } else if (order != NumericOrder.UNKNOWN) {
                dayFirst = order == NumericOrder.DAY_FIRST;
            } else {
                continue;
            }
            LocalDate day = dayFirst ? day(m.group(4), m.group(3), m.group(1)) : day(m.group(4), m.group(1), m.group(3));
            if (day != null) {
                addWithTime(s, out, m.start(), m.end(), day);
            }
        }
    }

    /**
     * The stretches of {@code s} around each four-digit year, merged: every form read has a year, so the patterns
     * run only there (a page's text is mostly not dates, and each pattern costs something at every position).
     */
    private List<int[]> yearWindows(String s) {
        List<int[]> windows = new ArrayList<>();
        Matcher y = YEAR_ANYWHERE.matcher(s);
        while (y.find()) {
            int from = Math.max(0, y.start() - windowBeforeYear);
            int to = Math.min(s.length(), y.end() + windowAfterYear);
            int[] last = windows.isEmpty() ? null : windows.get(windows.size() - 1);
            if (last != null && from <= last[1]) {
                last[1] = to;
            } else {
                windows.add(new int[]{from, to});
            }
        }
        return windows;
    }

    /** A matcher over one window that still sees the text around it, for look-behinds and look-aheads. */
    private static Matcher in(Pattern p, String s, int[] window) {
        return p.matcher(s).region(window[0], window[1]).useTransparentBounds(true).useAnchoringBounds(false);
    }

    /** Adds a date, with the time written right after it when that time carries a known offset. */
    private static void addWithTime(String s, List<Match> out, int start, int end, LocalDate day) {
        Matcher t = TIME_AFTER.matcher(s).region(end, Math.min(s.length(), end + 48));
        if (t.lookingAt()) {
            PublicationDate d = withTime(day, t.group(1), t.group(2), t.group(3), t.group(4), t.group(5));
            add(out, start, t.group(5) != null || t.group(1) != null ? t.end() : end, d);
        } else {
            add(out, start, end, PublicationDate.ofDay(day, "parsed"));
        }
    }

    private static PublicationDate withTime(LocalDate day, String hour, String minute, String second, String ampm,
                                            String zone) {
        try {
            int h = Integer.parseInt(hour);
            if (ampm != null) {
                boolean pm = ampm.toLowerCase(Locale.ROOT).startsWith("p");
                if (h > 12 || h == 0) {
                    return PublicationDate.ofDay(day, "parsed");
                }
                h = pm ? (h == 12 ? 12 : h + 12) : (h == 12 ? 0 : h);
            }
            LocalDateTime local = day.atTime(h, Integer.parseInt(minute), second == null ? 0 : Integer.parseInt(second));
            ZoneOffset offset = offset(zone);
            return offset == null ? PublicationDate.ofDay(day, "parsed")
                    : PublicationDate.ofTime(OffsetDateTime.of(local, offset), "parsed");
        } catch (DateTimeException | NumberFormatException e) {
            return PublicationDate.ofDay(day, "parsed");
        }
    }

    /** The offset a zone designator names, or null when absent, unknown or ambiguous. */
    static ZoneOffset offset(String zone) {
        if (zone == null) {
            return null;
        }
        String z = zone.replace(" ", "");
        Integer named = ZONE_MINUTES.get(z.toUpperCase(Locale.ROOT));
        if (named != null) {
            return ZoneOffset.ofTotalSeconds(named * 60);
        }
        Matcher m = Pattern.compile("(?:GMT|UTC)?([+-])(\\d{1,2})(?::?(\\d{2}))?").matcher(z);
        if (!m.matches()) {
            return null;
        }
        int minutes = Integer.parseInt(m.group(2)) * 60 + (m.group(3) == null ? 0 : Integer.parseInt(m.group(3)));
        if (minutes > 14 * 60) {
            return null;
        }
        return ZoneOffset.ofTotalSeconds(("-".equals(m.group(1)) ? -minutes : minutes) * 60);
    }

    private static void add(List<Match> out, int start, int end, PublicationDate d) {
        if (d != null) {
            out.add(new Match(start, end, d));
        }
    }

    /** The day, or null when it does not exist or lies outside the years news can have been published. */
    private LocalDate day(String year, String month, String day) {
        try {
            LocalDate d = LocalDate.of(Integer.parseInt(year), Integer.parseInt(month), Integer.parseInt(day));
            return d.getYear() >= minYear && d.getYear() <= LocalDate.now().getYear() + 1 ? d : null;
        } catch (DateTimeException | NumberFormatException e) {
            return null;
        }
    }

    /**
     * Every script's decimal digits (full-width, Arabic-Indic, Devanagari, Bengali, Thai…) as ASCII digits, one
     * character for one, so positions are kept.
     */
    private static String asciiDigits(String text) {
        StringBuilder b = null;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            int digit = c > 0x7F && Character.getType(c) == Character.DECIMAL_DIGIT_NUMBER
                    ? Character.digit(c, 10) : -1;
            if (digit >= 0) {
                if (b == null) {
                    b = new StringBuilder(text);
                }
                b.setCharAt(i, (char) ('0' + digit));
            }
        }
        return b == null ? text : b.toString();
    }
}
