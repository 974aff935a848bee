package org.collate.link;

import it.unimi.dsi.fastutil.ints.IntArrays;

import java.util.Arrays;

/**
 * A sparse vector over term ids: ids ascending, with their weights. Dot products are merge-joins, or binary
 * searches when one side is much longer, so no hashing or boxing happens in the clusterer's inner loop.
 */
final class SparseVector {

    static final SparseVector EMPTY = new SparseVector(new int[0], new float[0]);

    final int[] ids;
    final float[] weights;

    SparseVector(int[] ids, float[] weights) {
        this.ids = ids;
        this.weights = weights;
    }

    int size() {
        return ids.length;
    }

    double norm() {
        double sq = 0;
        for (float w : weights) {
            sq += w * w;
        }
        return Math.sqrt(sq);
    }

    /** This vector scaled to unit length (itself when empty). */
    SparseVector normalised() {
        double n = norm();
        if (n == 0) {
            return this;
        }
        float[] w = new float[weights.length];
        for (int i = 0; i < w.length; i++) {
            w[i] = (float) (weights[i] / n);
        }
        return new SparseVector(ids, w);
    }

    double dot(SparseVector other) {
        SparseVector small = size() <= other.size() ? this : other;
        SparseVector large = small == this ? other : this;
        if (small.size() * 8 < large.size()) {
            double sum = 0;
            int from = 0;
            for (int i = 0; i < small.ids.length; i++) {
                int at = Arrays.binarySearch(large.ids, from, large.ids.length, small.ids[i]);
                if (at >= 0) {
                    sum += small.weights[i] * large.weights[at];
                    from = at + 1;
                } else {
                    from = -at - 1;
                }
            }
            return sum;
        }
        double sum = 0;
        int i = 0;
        int j = 0;
        while (i < ids.length && j < other.ids.length) {
            int a = ids[i];
            int b = other.ids[j];
            if (a == b) {
                sum += weights[i++] * other.weights[j++];
            } else if (a < b) {
                i++;
            } else {
                j++;
            }
        }
        return sum;
    }

    /** The dot product with {@code other} where term {@code t} weighs {@code scale[t]} on the other side. */
    double dotScaled(SparseVector other, float[] scale) {
        double sum = 0;
        int i = 0;
        int j = 0;
        while (i < ids.length && j < other.ids.length) {
            int a = ids[i];
            int b = other.ids[j];
            if (a == b) {
                sum += weights[i++] * other.weights[j++] * scale[a];
            } else if (a < b) {
                i++;
            } else {
                j++;
            }
        }
        return sum;
    }

    /** The norm of this vector with term {@code t} scaled by {@code scale[t]}. */
    double normScaled(float[] scale) {
        double sq = 0;
        for (int i = 0; i < ids.length; i++) {
            double w = weights[i] * scale[ids[i]];
            sq += w * w;
        }
        return Math.sqrt(sq);
    }

    /** The sum of the two vectors. */
    SparseVector plus(SparseVector other) {
        int[] ids2 = new int[ids.length + other.ids.length];
        float[] w2 = new float[ids2.length];
        int i = 0;
        int j = 0;
        int n = 0;
        while (i < ids.length || j < other.ids.length) {
            if (j >= other.ids.length || i < ids.length && ids[i] < other.ids[j]) {
                ids2[n] = ids[i];
                w2[n++] = weights[i++];
            } else if (i >= ids.length || other.ids[j] < ids[i]) {
                ids2[n] = other.ids[j];
                w2[n++] = other.weights[j++];
            } else {
                ids2[n] = ids[i];
                w2[n++] = weights[i++] + other.weights[j++];
            }
        }
        return new SparseVector(Arrays.copyOf(ids2, n), Arrays.copyOf(w2, n));
    }

    /** The {@code k} entries heaviest once term {@code t} is scaled by {@code scale[t]} (ties by id), unscaled. */
    SparseVector top(int k, float[] scale) {
        if (ids.length <= k) {
            return this;
        }
        // Positions sorted as ints, not boxed: retiring stories sorted whole centroids (ties by id: a total order).
        int[] order = new int[ids.length];
        for (int i = 0; i < order.length; i++) {
            order[i] = i;
        }
        IntArrays.quickSort(order, (a, b) -> {
            float wa = weights[a] * scale[ids[a]];
            float wb = weights[b] * scale[ids[b]];
            return wa != wb ? Float.compare(wb, wa) : Integer.compare(ids[a], ids[b]);
        });
        int[] keep = new int[k];
        for (int i = 0; i < k; i++) {
            keep[i] = order[i];
        }
        Arrays.sort(keep);
        int[] ids2 = new int[k];
        float[] w2 = new float[k];
        for (int i = 0; i < k; i++) {
            ids2[i] = ids[keep[i]];
            w2[i] = weights[keep[i]];
        }
        return new SparseVector(ids2, w2);
    }
}
