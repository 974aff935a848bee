package org.collate.reconcile;

import org.collate.model.Span;

/**
 * Two statements that differ in a checkable slot.
 *
 * @param slot   what differs: number, casualties, weekday, date, role, spelling, place, quote
 * @param about  what the slot is about ("injured", "Narendra Modi's title")
 * @param first  the first statement's value, and where it is
 * @param second the second statement's value, and where it is
 */
record Conflict(String slot, String about, Value first, Value second) {

    /** A value as one sentence gives it, with its own characters. */
    record Value(int sentence, String text, Span span) {
    }
}
