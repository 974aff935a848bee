package org.collate.eval;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;

/** Deals items into k folds, the same way for the same seed: the folds of every cross-validated figure. */
public final class Folds {

    private Folds() {
    }

    /**
     * The fold of each of {@code n} items: the items' positions shuffled with {@code seed}, then dealt round in that
     * order, so folds differ in size by one at most.
     */
    public static int[] deal(int n, int k, long seed) {
        if (k < 2) {
            throw new IllegalArgumentException("at least 2 folds are needed, not " + k);
        }
        List<Integer> order = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            order.add(i);
        }
        Collections.shuffle(order, new Random(seed));
        int[] fold = new int[n];
        for (int rank = 0; rank < n; rank++) {
            fold[order.get(rank)] = rank % k;
        }
        return fold;
    }
}
