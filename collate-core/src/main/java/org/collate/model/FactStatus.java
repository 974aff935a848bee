package org.collate.model;

import java.util.Locale;

/** What the sources say about one fact. */
public enum FactStatus {
    /** Two or more independent articles report it the same way (copies of one source count once). */
    AGREED,
    /** Aligned statements differ in a checkable slot: a number, date, title, spelling, place or quote's words. */
    CONFLICTING,
    /** One article, or one group of copies, reports it. */
    SINGLE_SOURCE;

    public String label() {
        return name().toLowerCase(Locale.ROOT).replace('_', '-');
    }
}
