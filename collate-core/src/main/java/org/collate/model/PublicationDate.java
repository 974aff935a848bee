package org.collate.model;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.Objects;

/**
 * When an article was published, at the precision the evidence allows, and where that came from.
 *
 * @param day    the calendar day (always set)
 * @param time   the exact time with its offset, when the source gave one; null otherwise
 * @param source where the date was read: {@code declared}, {@code json-ld}, {@code meta}, {@code time},
 *               {@code url}, {@code text}, {@code date-line}
 */
public record PublicationDate(LocalDate day, OffsetDateTime time, String source) {
    public PublicationDate {
        Objects.requireNonNull(day, "day");
        Objects.requireNonNull(source, "source");
        if (time != null && !time.toLocalDate().equals(day)) {
            throw new IllegalArgumentException("day " + day + " does not match time " + time);
        }
    }

    public static PublicationDate ofDay(LocalDate day, String source) {
        return new PublicationDate(day, null, source);
    }

    public static PublicationDate ofTime(OffsetDateTime time, String source) {
        return new PublicationDate(time.toLocalDate(), time, source);
    }

    public PublicationDate withSource(String newSource) {
        return new PublicationDate(day, time, newSource);
    }

    /** ISO-8601: the date-time with offset when known, else the date. */
    public String iso() {
        return time != null ? time.toString() : day.toString();
    }
}
