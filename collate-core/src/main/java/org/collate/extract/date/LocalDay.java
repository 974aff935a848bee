package org.collate.extract.date;

import org.collate.model.PublicationDate;

import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.List;

/**
 * Puts a chosen date on the day the page itself gives. A time with its own offset
 * ({@code 2020-03-27T23:30:00-05:00}) already is on the page's day and is kept as it is. A time stated in UTC
 * ({@code Z}, {@code +00:00}) is an instant whose local day may be the day before or after; in order:
 * <ol>
 *   <li>when another candidate gives the same instant with a local offset, that local time is taken;</li>
 *   <li>when the page shows the UTC day itself by its headline (a byline, a date element, a labelled date), that
 *       day stays: what a page shows its readers is its own day;</li>
 *   <li>when the page declares its time zone ({@link ScriptDates#zone}), the instant is read in it;</li>
 *   <li>when the page gives the publication day in a local form (a visible date, a date-only field) on the
 *       neighbouring day, from evidence that could stand on its own, and the UTC hour allows it (real offsets lie
 *       between −12 and +14 hours), that day is taken. The URL counts only for the day after: an address is often
 *       made the day before publication, but a blog's {@code /2019/01/01/} on a post stamped
 *       {@code 2018-12-31T23:11Z} was made on the writer's own New Year's day.</li>
 * </ol>
 * Midnight UTC exactly is how many systems write a bare date, so it is left alone.
 */
final class LocalDay {

    /** The day to report, and a note when it was moved. */
    record Result(PublicationDate date, String note) {
    }

    private LocalDay() {
    }

    /**
     * The chosen date on the page's own day.
     *
     * @param standsAlone the least trust of evidence that could stand on its own ({@link DateTrust#textLabelledFar()})
     */
    static Result adjust(DateCandidate chosen, List<DateCandidate> all, PageView page, int standsAlone) {
        PublicationDate d = chosen.date();
        OffsetDateTime t = d.time();
        if (t == null || t.getOffset().getTotalSeconds() != 0 || t.toLocalTime().equals(LocalTime.MIDNIGHT)) {
            return new Result(d, null);
        }
        for (DateCandidate c : all) {
            OffsetDateTime other = c.date().time();
            if (c.role() != DateCandidate.Role.MODIFIED && other != null && other.getOffset().getTotalSeconds() != 0
                    && Duration.between(t.toInstant(), other.toInstant()).abs().toSeconds() <= 60) {
                return moved(d, PublicationDate.ofTime(other, d.source()), "same instant in " + c.evidence());
            }
        }
        if (shownOn(d.day(), all, standsAlone)) {
            // the page shows this very day by its headline or in a date element: that is its own day
            return new Result(d, null);
        }
        ZoneId zone = ScriptDates.zone(page);
        if (zone != null) {
            return moved(d, PublicationDate.ofTime(t.atZoneSameInstant(zone).toOffsetDateTime(), d.source()),
                    "read in the page's zone " + zone);
        }
        int hour = t.getHour();
        LocalDate before = hour < 12 ? d.day().minusDays(1) : null;
        LocalDate after = hour >= 10 ? d.day().plusDays(1) : null;
        DateCandidate local = null;
        for (DateCandidate c : all) {
            boolean url = c.date().source().equals("url");
            if (c.role() == DateCandidate.Role.MODIFIED || c.date().time() != null
                    || c.role() == DateCandidate.Role.PUBLISHED && c.trust() < standsAlone && !url) {
                continue;
            }
            LocalDate day = c.date().day();
            if (url && !day.equals(after)) {
                continue; // an address made the day before is common; one made the day after is the local day
            }
            if ((day.equals(before) || day.equals(after)) && (local == null || c.trust() > local.trust())) {
                local = c;
            }
        }
        return local == null ? new Result(d, null)
                : moved(d, PublicationDate.ofDay(local.date().day(), d.source()), "local day given by "
                + local.evidence());
    }

    /**
     * Whether a visible date by the headline (a byline, a date element, a labelled date) names {@code day}: then the
     * page shows its readers that day, and neither a declared zone nor another local date moves it.
     */
    private static boolean shownOn(LocalDate day, List<DateCandidate> all, int standsAlone) {
        for (DateCandidate c : all) {
            if (c.role() == DateCandidate.Role.PUBLISHED && c.date().source().equals("text")
                    && c.trust() >= standsAlone && c.date().day().equals(day)) {
                return true;
            }
        }
        return false;
    }

    private static Result moved(PublicationDate from, PublicationDate to, String why) {
        return to.day().equals(from.day()) ? new Result(to, null)
                : new Result(to, "UTC " + from.time() + " put on " + to.day() + ": " + why);
    }
}
