package org.collate.link;

import org.junit.jupiter.api.Test;

import java.lang.reflect.RecordComponent;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class ScorerWeightsTest {

    @Test
    void theWeightsAreNamedAfterTheScorersFeaturesInTheirOrderThenTheBias() {
        List<String> expected = new ArrayList<>(Arrays.asList(StoryScorer.FEATURES));
        expected.add("bias");
        assertThat(Arrays.stream(ScorerWeights.class.getRecordComponents()).map(RecordComponent::getName))
                .containsExactlyElementsOf(expected);
    }

    @Test
    void theArrayFormKeepsEachWeightInItsPlace() {
        double[] w = ScorerWeights.DEFAULT.toArray();
        assertThat(w).hasSize(StoryScorer.FEATURES.length + 1);
        assertThat(w[0]).isEqualTo(ScorerWeights.DEFAULT.terms());
        assertThat(w[8]).isEqualTo(ScorerWeights.DEFAULT.yearConflict());
        assertThat(w[w.length - 1]).isEqualTo(ScorerWeights.DEFAULT.bias());
        assertThat(ScorerWeights.of(w)).isEqualTo(ScorerWeights.DEFAULT);
        w[4] = 9;
        assertThat(ScorerWeights.of(w).embedding()).isEqualTo(9);
        assertThat(ScorerWeights.DEFAULT.embedding()).isNotEqualTo(9); // the array was a copy
        assertThatThrownBy(() -> ScorerWeights.of(new double[3])).isInstanceOf(IllegalArgumentException.class);
    }
}
