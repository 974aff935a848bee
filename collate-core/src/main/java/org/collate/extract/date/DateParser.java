package org.collate.extract.date;

import org.collate.model.PublicationDate;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads a date or date-time written in any of the forms news pages use: ISO-8601 and RFC 1123, "16 September
 * 2022", "Sept. 16, 2022", "Friday 16th September 2022", "16.09.2022", "2022/09/16", with month names in English
 * and the main European languages. Numeric day/month orders that cannot be told apart (03/04/2022) are not
 * guessed. Results carry source {@code parsed}; callers set the real source.
 */
public final class DateParser {

    /** Dates outside this range are not publication dates of news on the web. */
    static final int MIN_YEAR = 1995;

    private static final Map<String, Integer> MONTHS = new HashMap<>();

    static {
        String[][] names = {
                // English
                {"january", "jan"}, {"february", "feb"}, {"march", "mar"}, {"april", "apr"}, {"may"},
                {"june", "jun"}, {"july", "jul"}, {"august", "aug"}, {"september", "sep", "sept"},
                {"october", "oct"}, {"november", "nov"}, {"december", "dec"},
        };
        for (int m = 0; m < names.length; m++) {
            for (String n : names[m]) {
                MONTHS.put(n, m + 1);
            }
        }
        addMonths("janvier février mars avril mai juin juillet août septembre octobre novembre décembre");
        addMonths("enero febrero marzo abril mayo junio julio agosto septiembre octubre noviembre diciembre");
        addMonths("januar februar märz april mai juni juli august september oktober november dezember");
        addMonths("gennaio febbraio marzo aprile maggio giugno luglio agosto settembre ottobre novembre dicembre");
        addMonths("janeiro fevereiro março abril maio junho julho agosto setembro outubro novembro dezembro");
        addMonths("januari februari maart april mei juni juli augustus september oktober november december");
        addMonths("января февраля марта апреля мая июня июля августа сентября октября ноября декабря");
        addMonths("январь февраль март апрель май июнь июль август сентябрь октябрь ноябрь декабрь");
        addMonths("січня лютого березня квітня травня червня липня серпня вересня жовтня листопада грудня");
        addMonths("stycznia lutego marca kwietnia maja czerwca lipca sierpnia września października listopada grudnia");
        addMonths("ocak şubat mart nisan mayıs haziran temmuz ağustos eylül ekim kasım aralık");
    }

    private static void addMonths(String spaceSeparated) {
        String[] names = spaceSeparated.split(" ");
        for (int m = 0; m < 12; m++) {
            MONTHS.putIfAbsent(names[m], m + 1);
        }
    }

    private static final String MONTH = "(\\p{L}{3,12})\\.?";
    private static final Pattern ISO = Pattern.compile(
            "(?<![\\d])((?:19|20)\\d\\d)-(\\d{1,2})-(\\d{1,2})(?:[T ](\\d{1,2}):(\\d{2})(?::(\\d{2})(?:[.,]\\d+)?)?"
                    + "\\s*(Z|[+-]\\d{2}:?\\d{2}|UTC|GMT)?)?(?![\\d])");
    private static final Pattern YMD_SLASH = Pattern.compile("(?<!\\d)((?:19|20)\\d\\d)[/.](\\d{1,2})[/.](\\d{1,2})(?!\\d)");
    private static final Pattern DMY_NUMERIC = Pattern.compile("(?<![\\d.])(\\d{1,2})([./-])(\\d{1,2})\\2((?:19|20)\\d\\d)(?!\\d)");
    private static final Pattern DAY_MONTH_YEAR = Pattern.compile(
            "(?<!\\d)(\\d{1,2})(?:st|nd|rd|th|er|\\.|º)?\\s*(?:de\\s+)?" + MONTH + ",?\\s*(?:de\\s+)?((?:19|20)\\d\\d)(?!\\d)",
            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    private static final Pattern MONTH_DAY_YEAR = Pattern.compile(
            MONTH + "\\s+(\\d{1,2})(?:st|nd|rd|th)?,?\\s+((?:19|20)\\d\\d)(?!\\d)",
            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    private static final Pattern TIME = Pattern.compile("(?<!\\d)(\\d{1,2}):(\\d{2})(?::(\\d{2}))?\\s*(am|pm|a\\.m\\.|p\\.m\\.)?",
            Pattern.CASE_INSENSITIVE);

    private DateParser() {
    }

    /** Parses the first date found in {@code text}. */
    public static Optional<PublicationDate> parse(String text) {
        if (text == null) {
            return Optional.empty();
        }
        String s = text.strip();
        if (s.isEmpty()) {
            return Optional.empty();
        }
        Optional<PublicationDate> iso = parseIso(s);
        if (iso.isPresent()) {
            return iso;
        }
        try {
            ZonedDateTime rfc = ZonedDateTime.parse(s, DateTimeFormatter.RFC_1123_DATE_TIME);
            return valid(PublicationDate.ofTime(rfc.toOffsetDateTime(), "parsed"));
        } catch (DateTimeParseException ignored) {
            // not RFC 1123; try the free forms
        }
        return parseWords(s);
    }

    private static Optional<PublicationDate> parseIso(String s) {
        Matcher m = ISO.matcher(s);
        if (!m.find()) {
            m = YMD_SLASH.matcher(s);
            if (m.find()) {
                return date(m.group(1), m.group(2), m.group(3));
            }
            return Optional.empty();
        }
        if (m.group(4) == null) {
            return date(m.group(1), m.group(2), m.group(3));
        }
        try {
            LocalDateTime local = LocalDateTime.of(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)),
                    Integer.parseInt(m.group(3)), Integer.parseInt(m.group(4)), Integer.parseInt(m.group(5)),
                    m.group(6) == null ? 0 : Integer.parseInt(m.group(6)));
            String zone = m.group(7);
            if (zone == null) {
                // A local time with no offset: the day is what the page says, the instant is unknown.
                return valid(PublicationDate.ofDay(local.toLocalDate(), "parsed"));
            }
            ZoneOffset offset = switch (zone) {
                case "Z", "UTC", "GMT" -> ZoneOffset.UTC;
                default -> ZoneOffset.of(zone.length() == 5 ? zone.substring(0, 3) + ":" + zone.substring(3) : zone);
            };
            return valid(PublicationDate.ofTime(OffsetDateTime.of(local, offset), "parsed"));
        } catch (DateTimeException | NumberFormatException e) {
            return Optional.empty();
        }
    }

    private static Optional<PublicationDate> parseWords(String s) {
        Matcher m = DAY_MONTH_YEAR.matcher(s);
        while (m.find()) {
            Integer month = month(m.group(2));
            if (month != null) {
                return date(m.group(3), String.valueOf(month), m.group(1));
            }
        }
        m = MONTH_DAY_YEAR.matcher(s);
        while (m.find()) {
            Integer month = month(m.group(1));
            if (month != null) {
                return date(m.group(3), String.valueOf(month), m.group(2));
            }
        }
        m = DMY_NUMERIC.matcher(s);
        if (m.find()) {
            int a = Integer.parseInt(m.group(1));
            int b = Integer.parseInt(m.group(3));
            if (a > 12 && b <= 12) {
                return date(m.group(4), m.group(3), m.group(1));
            }
            if (b > 12 && a <= 12) {
                return date(m.group(4), m.group(1), m.group(3));
            }
            if (".".equals(m.group(2)) && b <= 12) {
                // Dotted numeric dates are day-first wherever they are written (16.09.2022).
                return date(m.group(4), m.group(3), m.group(1));
            }
        }
        return Optional.empty();
    }

    /** The month number of a name or abbreviation in any supported language, or null. */
    public static Integer month(String name) {
        String n = name.toLowerCase(Locale.ROOT).replace(".", "");
        Integer m = MONTHS.get(n);
        if (m == null && n.length() > 3) {
            m = MONTHS.get(n.substring(0, 3));
            if (m != null && !isEnglishPrefix(n)) {
                m = null;
            }
        }
        return m;
    }

    private static boolean isEnglishPrefix(String n) {
        for (String full : new String[]{"january", "february", "march", "april", "june", "july", "august",
                "september", "october", "november", "december"}) {
            if (full.startsWith(n)) {
                return true;
            }
        }
        return false;
    }

    /** A time of day in {@code text} (10:32, 1:05 pm), or null. */
    static int[] timeOfDay(String text) {
        Matcher m = TIME.matcher(text);
        if (!m.find()) {
            return null;
        }
        int h = Integer.parseInt(m.group(1));
        int min = Integer.parseInt(m.group(2));
        String ampm = m.group(4);
        if (ampm != null && ampm.toLowerCase(Locale.ROOT).startsWith("p") && h < 12) {
            h += 12;
        }
        return h < 24 && min < 60 ? new int[]{h, min} : null;
    }

    private static Optional<PublicationDate> date(String year, String month, String day) {
        try {
            return valid(PublicationDate.ofDay(
                    LocalDate.of(Integer.parseInt(year), Integer.parseInt(month), Integer.parseInt(day)), "parsed"));
        } catch (DateTimeException | NumberFormatException e) {
            return Optional.empty();
        }
    }

    private static Optional<PublicationDate> valid(PublicationDate d) {
        int year = d.day().getYear();
        return year >= MIN_YEAR && year <= LocalDate.now().getYear() + 1 ? Optional.of(d) : Optional.empty();
    }
}
