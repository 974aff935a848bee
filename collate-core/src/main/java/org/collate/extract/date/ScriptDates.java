package org.collate.extract.date;

import org.collate.model.PublicationDate;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What a page's own scripts (analytics data layers, app state) say about its dates and clock. They are not
 * publication evidence by themselves, but they tell the local day of a timestamp stated in UTC:
 * <ul>
 *   <li>a date-only value under a publication or creation key ({@code "DateCreation":"2020-08-24"},
 *       {@code pubdate: "2020-01-31"}) is the day in the site's own zone, recorded as a local-day candidate;</li>
 *   <li>a single IANA time zone the page declares for itself ({@code "timezone":"America/New_York"}) is the zone
 *       its UTC timestamps are to be read in ({@link #zone(PageView)}).</li>
 * </ul>
 */
final class ScriptDates {

    // Both searches find the value first (a quote opens it, so most positions fail at once) and then read the key
    // just before it: a pattern that starts with the key would backtrack through every long identifier.
    private static final Pattern DATE_VALUE = Pattern.compile("[:=]\\s*[\"']((?:19|20)\\d\\d-\\d\\d-\\d\\d)[\"']");
    private static final Pattern KEY_BEFORE = Pattern.compile("[\"']?([A-Za-z_]{1,60})[\"']?\\s*$");
    private static final Pattern PUBLICATION_KEY = Pattern.compile("(?i).*(pub|creat|issued|release).*");
    private static final Pattern NOT_PUBLICATION = Pattern.compile("(?i).*(start|stop|end|expir|until|modif|updat).*");
    private static final Pattern ZONE_VALUE = Pattern.compile(
            "[\"']((?:Africa|America|Antarctica|Asia|Atlantic|Australia|Europe|Indian|Pacific)"
                    + "/[A-Za-z_\\-]+(?:/[A-Za-z_\\-]+)?)[\"']");
    private static final Pattern ZONE_KEY = Pattern.compile(
            "(?i)[\"']?(?:time_?zone|timezone_?(?:id|name|string)|tz_?name)[\"']?\\s*[:=]\\s*(?:\\{[^{}]{0,120}?)?$");

    private final int trust;

    ScriptDates(DateTrust trust) {
        this.trust = trust.script();
    }

    List<DateCandidate> find(PageView page) {
        List<DateCandidate> out = new ArrayList<>();
        for (String data : page.scripts()) {
            Matcher m = DATE_VALUE.matcher(data);
            while (m.find()) {
                Matcher key = KEY_BEFORE.matcher(data.substring(Math.max(0, m.start() - 64), m.start()));
                if (!key.find() || !PUBLICATION_KEY.matcher(key.group(1)).matches()
                        || NOT_PUBLICATION.matcher(key.group(1)).matches()) {
                    continue;
                }
                try {
                    LocalDate day = LocalDate.parse(m.group(1));
                    out.add(new DateCandidate(PublicationDate.ofDay(day, "script"), DateCandidate.Role.LOCAL_DAY,
                            trust, "script " + key.group(1)));
                } catch (DateTimeException e) {
                    // not a real day
                }
            }
        }
        return out;
    }

    /** The one IANA time zone the page's scripts declare, or null when none or several. */
    static ZoneId zone(PageView page) {
        Set<ZoneId> zones = new LinkedHashSet<>();
        for (String data : page.scripts()) {
            Matcher m = ZONE_VALUE.matcher(data);
            while (m.find()) {
                if (!ZONE_KEY.matcher(data.substring(Math.max(0, m.start() - 160), m.start())).find()) {
                    continue;
                }
                try {
                    zones.add(ZoneId.of(m.group(1)));
                } catch (DateTimeException e) {
                    // not a zone the JDK knows ("America/Carribean")
                }
            }
        }
        return zones.size() == 1 ? zones.iterator().next() : null;
    }
}
