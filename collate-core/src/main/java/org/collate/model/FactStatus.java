package org.collate.model;

import java.util.Locale;

/** What the sources say about one fact. */
public enum FactStatus {
    /** Two or more independent articles report it the same way (copies of one source count once). */
    AGREED,
    /**
     * Aligned statements cannot both be true of the same thing: a different quantity of the same measured thing, a
     * different title for one person at one time, a different day of one event, a quote whose facts differ.
     */
    CONFLICTING,
    /**
     * The same fact worded otherwise: a name spelt or transliterated another way, a title's synonym or abbreviation,
     * a number written in another form, a quote rendered in other words. Shown apart, never counted as disagreement.
     */
    VARIANT,
    /** One article, or one group of copies, reports it. */
    SINGLE_SOURCE;

    public String label() {
        return name().toLowerCase(Locale.ROOT).replace('_', '-');
    }
}
