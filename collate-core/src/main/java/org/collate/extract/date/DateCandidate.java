package org.collate.extract.date;

import org.collate.model.PublicationDate;

/**
 * One piece of evidence for a page's date: what was read, what it claims to be, how much it is trusted and where
 * it came from.
 *
 * @param date     the date read; its source is the public source name ({@code json-ld}, {@code meta}, {@code time},
 *                 {@code url}, {@code text})
 * @param role     whether the evidence says the page was published, modified, or only that the date is on it
 * @param trust    how far the evidence is believed, 0–100 ({@link Trust})
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

    /** Trust levels, highest first. Two candidates of one level are told apart by where they stand. */
    static final class Trust {
        /** {@code datePublished} of the page's main article in JSON-LD. */
        static final int JSON_LD_MAIN = 100;
        /** {@code article:published_time} and the metas named for publication only. */
        static final int META_PUBLISHED = 92;
        /** {@code datePublished} of another article-like JSON-LD object. */
        static final int JSON_LD_OTHER = 88;
        /** An element marked {@code itemprop="datePublished"} in the page body. */
        static final int MARKUP_PUBLISHED = 85;
        /** Generic date metas ({@code date}, {@code dc.date}). */
        static final int META_GENERIC = 80;
        /** A {@code <time>} element by the headline, or marked {@code pubdate}. */
        static final int TIME_NEAR_HEADLINE = 75;
        /** A full date in the URL's path. */
        static final int URL = 65;
        /** A date inside a link to the page itself (a permalink, the page's own entry in a listing). */
        static final int SELF_LINK = 62;
        /** A date the text labels as the publication date ("Published on …", "Publié le …") by the headline. */
        static final int TEXT_LABELLED = 60;
        /** An element by the headline whose class or id says it holds the date or the byline. */
        static final int DATE_ELEMENT = 58;
        /** The first unlabelled date right below the headline, where bylines stand. */
        static final int TEXT_BYLINE = 57;
        /** A labelled date further down the article. */
        static final int TEXT_LABELLED_FAR = 56;
        /** A date-only value in the page's scripts: a local day only. */
        static final int SCRIPT = 50;
        /** A {@code <time>} element in the article but away from the headline: support only. */
        static final int TIME_ELSEWHERE = 45;
        /** The first unlabelled date below the headline but further than a byline: support only. */
        static final int TEXT_AFTER_HEADLINE = 40;
        /** The last unlabelled date just above the headline: support only. */
        static final int TEXT_BEFORE_HEADLINE = 35;

        private Trust() {
        }
    }
}
