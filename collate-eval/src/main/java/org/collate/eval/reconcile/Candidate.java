package org.collate.eval.reconcile;

import java.util.List;
import java.util.Set;

/** A possible edit: its kind, a finer label, its changes and the sentences it touches. */
record Candidate(MutationGenerator.Kind kind, String detail, List<Change> changes, Set<Integer> sentences) {
    Candidate {
        changes = List.copyOf(changes);
        sentences = Set.copyOf(sentences);
    }
}
