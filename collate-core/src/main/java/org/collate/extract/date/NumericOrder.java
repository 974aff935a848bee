package org.collate.extract.date;

import java.util.Locale;

/**
 * Which comes first in an all-numeric date such as 03/04/2020. Only the United States (and a few places that follow
 * it) write the month first; nearly everyone else writes the day first, and dotted dates (03.04.2020) are day-first
 * everywhere. Without knowing the page's locale, a slashed date whose two small numbers could both be months is
 * not read at all.
 */
public enum NumericOrder {
    /** Month first: 03/04/2020 is March 4 (en-US, en-PH, fil). */
    MONTH_FIRST,
    /** Day first: 03/04/2020 is 3 April (most of the world). */
    DAY_FIRST,
    /** Unknown: ambiguous slashed dates are not read. */
    UNKNOWN;

    /**
     * The order a page in language/locale {@code tag} ({@code en-US}, {@code fr}, {@code pt_BR}) uses. English
     * without a region is unknown (British and American pages both say just {@code en}), and so is Canadian
     * English, which writes both.
     */
    public static NumericOrder forLanguageTag(String tag) {
        if (tag == null || tag.isBlank()) {
            return UNKNOWN;
        }
        String t = tag.strip().replace('_', '-').toLowerCase(Locale.ROOT);
        String lang = t.contains("-") ? t.substring(0, t.indexOf('-')) : t;
        String region = t.contains("-") ? t.substring(t.indexOf('-') + 1) : "";
        if (lang.equals("en")) {
            return switch (region) {
                case "us", "ph" -> MONTH_FIRST;
                case "", "ca" -> UNKNOWN;
                default -> DAY_FIRST;
            };
        }
        if (lang.equals("fil") || lang.equals("tl")) {
            return MONTH_FIRST;
        }
        return lang.matches("[a-z]{2,3}") ? DAY_FIRST : UNKNOWN;
    }
}
