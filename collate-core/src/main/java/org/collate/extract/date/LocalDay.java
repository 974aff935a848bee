package org.collate.extract.date;

import org.collate.model.PublicationDate;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;

/**
 * Puts a chosen date on the day the page itself gives. A time with its own offset
 * ({@code 2020-03-27T23:30:00-05:00}) already is on the page's day and is kept as it is. A time stated in UTC
 * ({@code Z}, {@code +00:00}) is an instant whose local day may be the day before or after: when the page also
 * gives the publication day in a local form (a visible date, a date-only field) on the neighbouring day, from
 * evidence that could stand on its own (not the URL, whose date is when the address was made, often the day
 * before), and the
 * UTC hour allows it (a real offset is between −12 and +14 hours), the local day wins.
 */
final class LocalDay {

    /** The day to report, and a note when it was moved. */
    record Result(PublicationDate date, String note) {
    }

    private LocalDay() {
    }

    static Result adjust(DateCandidate chosen, List<DateCandidate> all, PageView page) {
        PublicationDate d = chosen.date();
        OffsetDateTime t = d.time();
        if (t == null || t.getOffset().getTotalSeconds() != 0) {
            return new Result(d, null);
        }
        int hour = t.getHour();
        LocalDate before = hour < 12 ? d.day().minusDays(1) : null;
        LocalDate after = hour >= 10 ? d.day().plusDays(1) : null;
        DateCandidate local = null;
        for (DateCandidate c : all) {
            if (c.role() == DateCandidate.Role.MODIFIED || c.date().time() != null || c.date().source().equals("url")
                    || c.role() == DateCandidate.Role.PUBLISHED && c.trust() < DateChooser.STANDS_ALONE) {
                continue;
            }
            LocalDate day = c.date().day();
            if ((day.equals(before) || day.equals(after)) && (local == null || c.trust() > local.trust())) {
                local = c;
            }
        }
        if (local == null) {
            return new Result(d, null);
        }
        return new Result(PublicationDate.ofDay(local.date().day(), d.source()),
                "UTC " + t + " put on the local day " + local.date().day() + " given by " + local.evidence());
    }
}
