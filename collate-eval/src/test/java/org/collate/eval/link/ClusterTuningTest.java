package org.collate.eval.link;

import org.collate.link.ScorerWeights;
import org.collate.link.StoryScorer;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

class ClusterTuningTest {

    /** Pairs drawn from a known logistic model give back its weights, the bias included. */
    @Test
    void theLogisticFitRecoversTheWeightsThatMadeTheLabels() {
        int d = StoryScorer.FEATURES.length;
        double[] truth = new double[d + 1];
        Random random = new Random(3);
        for (int j = 0; j <= d; j++) {
            truth[j] = Math.round((random.nextDouble() * 4 - 2) * 10) / 10.0;
        }
        List<double[]> rows = new ArrayList<>();
        for (int i = 0; i < 40_000; i++) {
            double[] row = new double[d + 1];
            double z = truth[d];
            for (int j = 0; j < d; j++) {
                row[j] = random.nextGaussian();
                z += truth[j] * row[j];
            }
            row[d] = random.nextDouble() < 1 / (1 + Math.exp(-z)) ? 1 : 0;
            rows.add(row);
        }
        double[] fitted = ClusterTuning.fitLogistic(rows).toArray();
        for (int j = 0; j <= d; j++) {
            assertThat(fitted[j]).as("weight %d", j).isCloseTo(truth[j], within(0.15));
        }
        assertThat(ScorerWeights.of(fitted).toArray()).hasSize(d + 1);
    }
}
