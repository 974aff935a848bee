package org.collate.extract.date;

import org.collate.model.PublicationDate;

import java.net.URI;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Dates in a URL's path, which many sites build from the publication day: {@code /2020/03/27/},
 * {@code /2020-03-27-title}, {@code /20200327/}, {@code _20200327.html}. A year and month alone
 * ({@code /2020/03/title}) give no day but still bound it: {@link #month(String)}. Only the path is read, so
 * query strings (tracking parameters, cache busters) never pass for dates.
 */
final class UrlDates {

    private static final Pattern FULL = Pattern.compile(
            "(?<![\\d])((?:19|20)\\d\\d)([/_.-])(0?[1-9]|1[0-2])\\2(0?[1-9]|[12]\\d|3[01])(?![\\d])");
    private static final Pattern COMPACT = Pattern.compile(
            "(?<=[/_.-])((?:19|20)\\d\\d)(0[1-9]|1[0-2])(0[1-9]|[12]\\d|3[01])(?=[/_.-]|$)");
    private static final Pattern YEAR_MONTH = Pattern.compile(
            "/((?:19|20)\\d\\d)[/-](0?[1-9]|1[0-2])/");

    /** Dates before this year are not read ({@link DateSettings#minYear()}). */
    private final int minYear;
    private final int trust;

    UrlDates(DateSettings settings) {
        this.minYear = settings.minYear();
        this.trust = settings.trust().url();
    }

    /** The full date in {@code url}'s path, source {@code url}. */
    Optional<DateCandidate> find(String url) {
        String path = path(url);
        if (path == null) {
            return Optional.empty();
        }
        for (Pattern p : new Pattern[]{FULL, COMPACT}) {
            Matcher m = p.matcher(path);
            while (m.find()) {
                boolean separated = p == FULL;
                LocalDate day = day(m.group(1), m.group(separated ? 3 : 2), m.group(separated ? 4 : 3));
                if (day != null) {
                    return Optional.of(new DateCandidate(PublicationDate.ofDay(day, "url"),
                            DateCandidate.Role.PUBLISHED, trust, "URL " + m.group()));
                }
            }
        }
        return Optional.empty();
    }

    /** The year and month in {@code url}'s path ({@code /2020/03/}), or null. */
    YearMonth month(String url) {
        String path = path(url);
        if (path == null) {
            return null;
        }
        Matcher m = YEAR_MONTH.matcher(path);
        if (m.find()) {
            try {
                YearMonth ym = YearMonth.of(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)));
                return ym.getYear() >= minYear ? ym : null;
            } catch (DateTimeException e) {
                return null;
            }
        }
        Optional<DateCandidate> full = find(url);
        return full.map(c -> YearMonth.from(c.date().day())).orElse(null);
    }

    /** A URL without scheme, {@code www.}, query, fragment or trailing slash, for comparing URLs. */
    static String normalise(String url) {
        String u = url.strip().toLowerCase(Locale.ROOT);
        u = u.replaceFirst("^[a-z]+://", "").replaceFirst("^www\\.", "");
        int cut = u.indexOf('?');
        u = cut >= 0 ? u.substring(0, cut) : u;
        cut = u.indexOf('#');
        u = cut >= 0 ? u.substring(0, cut) : u;
        return u.endsWith("/") ? u.substring(0, u.length() - 1) : u;
    }

    private static String path(String url) {
        if (url == null || url.isBlank()) {
            return null;
        }
        try {
            String p = URI.create(url.strip().replace(" ", "%20")).getRawPath();
            return p == null ? null : p;
        } catch (IllegalArgumentException e) {
            String u = url.replaceFirst("^[a-zA-Z]+://[^/]*", "");
            int q = u.indexOf('?');
            return q >= 0 ? u.substring(0, q) : u;
        }
    }

    private LocalDate day(String y, String m, String d) {
        try {
            LocalDate day = LocalDate.of(Integer.parseInt(y), Integer.parseInt(m), Integer.parseInt(d));
            return day.getYear() >= minYear && day.getYear() <= LocalDate.now().getYear() + 1 ? day : null;
        } catch (DateTimeException | NumberFormatException e) {
            return null;
        }
    }
}
