package org.collate.extract.date;

import org.collate.model.PublicationDate;

/**
 * One piece of evidence for a page's date: what was read, what it claims to be, how much it is trusted and where
 * it came from.
 *
 * @param date     the date read; its source is the public source name ({@code json-ld}, {@code meta}, {@code time},
 *                 {@code url}, {@code text})
 * @param role     whether the evidence says the page was published, modified, or only that the date is on it
 * @param trust    how far the evidence is believed, 0–100 ({@link DateTrust})
 * @param evidence a short description for reports: the meta name, the JSON-LD type, the text around the date
 */
record DateCandidate(PublicationDate date, Role role, int trust, String evidence) {

    /** What a date claims. */
    enum Role {
        /** The page says it was published (or created, or issued) then. */
        PUBLISHED,
        /** The page says it was modified or updated then: never taken for the publication date. */
        MODIFIED,
        /** Only a local-form day (a date-only field, a visible date) that may confirm another candidate's day. */
        LOCAL_DAY
    }
}
