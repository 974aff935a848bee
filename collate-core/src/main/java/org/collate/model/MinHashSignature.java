package org.collate.model;

import java.util.Arrays;

/**
 * A MinHash signature of an article's word shingles: position {@code i} holds the least value of hash function
 * {@code i} over the shingles, so the share of equal positions of two signatures estimates their Jaccard
 * similarity.
 */
public record MinHashSignature(int[] values) {
    public MinHashSignature {
        values = values.clone();
    }

    @Override
    public int[] values() {
        return values.clone();
    }

    public int size() {
        return values.length;
    }

    public int value(int i) {
        return values[i];
    }

    /** The estimated Jaccard similarity of the two shingle sets. */
    public double similarity(MinHashSignature other) {
        if (other.values.length != values.length) {
            throw new IllegalArgumentException("signatures of different sizes");
        }
        int equal = 0;
        for (int i = 0; i < values.length; i++) {
            if (values[i] == other.values[i]) {
                equal++;
            }
        }
        return equal / (double) values.length;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof MinHashSignature m && Arrays.equals(values, m.values);
    }

    @Override
    public int hashCode() {
        return Arrays.hashCode(values);
    }

    @Override
    public String toString() {
        return "MinHashSignature[" + values.length + "]";
    }
}
