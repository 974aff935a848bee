package org.collate.reconcile;

import org.collate.model.Span;

/**
 * Two statements that differ in a checkable slot: a real disagreement, or the same fact worded otherwise.
 *
 * @param slot    what differs: number, casualties, weekday, date, role, spelling, place, quote
 * @param about   what the slot is about ("injured", "Narendra Modi's title")
 * @param first   the first statement's value, and where it is
 * @param second  the second statement's value, and where it is
 * @param variant true when both can be true of the same thing (a name's spelling, a title's synonym, a quote's
 *                rewording): shown apart, never counted as disagreement
 */
record Conflict(String slot, String about, Value first, Value second, boolean variant) {

    /** A disagreement: the two values cannot both be true. */
    Conflict(String slot, String about, Value first, Value second) {
        this(slot, about, first, second, false);
    }

    /** The same fact worded otherwise. */
    static Conflict variant(String slot, String about, Value first, Value second) {
        return new Conflict(slot, about, first, second, true);
    }

    /** A value as one sentence gives it, with its own characters. */
    record Value(int sentence, String text, Span span) {
    }
}
