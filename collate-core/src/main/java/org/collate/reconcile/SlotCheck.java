package org.collate.reconcile;

import java.util.List;

/** One slot of the comparison of two aligned sentences: adds at most one conflict of its kind to {@code out}. */
interface SlotCheck {
    void compare(StorySentence a, StorySentence b, List<Conflict> out);
}
