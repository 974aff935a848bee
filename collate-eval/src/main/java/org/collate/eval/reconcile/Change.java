package org.collate.eval.reconcile;

/** One replacement in the original's coordinates; {@code start == end} inserts. */
record Change(int start, int end, String replacement) {
}
