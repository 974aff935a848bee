package org.collate.eval;

import java.util.Locale;

/** A precision, recall and their F1. */
public record PrecisionRecall(double precision, double recall) {

    public double f1() {
        return precision + recall == 0 ? 0 : 2 * precision * recall / (precision + recall);
    }

    public static PrecisionRecall ofCounts(double truePositives, double falsePositives, double falseNegatives) {
        double p = truePositives + falsePositives == 0 ? 1 : truePositives / (truePositives + falsePositives);
        double r = truePositives + falseNegatives == 0 ? 1 : truePositives / (truePositives + falseNegatives);
        return new PrecisionRecall(p, r);
    }

    @Override
    public String toString() {
        return String.format(Locale.ROOT, "F1 %.4f precision %.4f recall %.4f", f1(), precision, recall);
    }
}
