package org.collate.link;

import org.collate.analyze.signature.MinHasher;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.Map;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

/** Sparse vector arithmetic, and the collection statistics that weigh its terms. */
class SparseVectorTest {

    private static SparseVector v(int[] ids, float... weights) {
        return new SparseVector(ids, weights);
    }

    @Test
    void dotProductByMergeJoin() {
        SparseVector a = v(new int[]{1, 3, 5}, 1, 2, 3);
        SparseVector b = v(new int[]{3, 5, 7}, 4, 1, 2);
        assertThat(a.dot(b)).isEqualTo(2 * 4 + 3 * 1);
        assertThat(b.dot(a)).isEqualTo(a.dot(b));
        assertThat(a.dot(SparseVector.EMPTY)).isZero();
    }

    @Test
    void dotProductByBinarySearchWhenOneSideIsMuchLonger() {
        int[] ids = new int[40];
        float[] w = new float[40];
        for (int i = 0; i < ids.length; i++) {
            ids[i] = 2 * i; // even ids 0..78
            w[i] = i;
        }
        SparseVector longer = v(ids, w);
        SparseVector shorter = v(new int[]{4, 5, 78, 100}, 1, 10, 2, 10); // 4 → weight 2, 78 → weight 39
        double expected = 1 * 2 + 2 * 39;
        assertThat(shorter.dot(longer)).isEqualTo(expected);
        assertThat(longer.dot(shorter)).isEqualTo(expected);
    }

    @Test
    void normPlusScaledAndTop() {
        SparseVector a = v(new int[]{0, 2}, 3, 4);
        assertThat(a.norm()).isEqualTo(5.0);
        SparseVector unit = a.normalised();
        assertThat(unit.norm()).isCloseTo(1.0, within(1e-6));
        assertThat(unit.weights[0]).isCloseTo(0.6f, within(1e-6f));
        assertThat(SparseVector.EMPTY.normalised().size()).isZero();

        SparseVector sum = a.plus(v(new int[]{1, 2}, 1, 1));
        assertThat(sum.ids).containsExactly(0, 1, 2);
        assertThat(sum.weights).containsExactly(3f, 1f, 5f);

        float[] scale = {1, 1, 0.5f};
        assertThat(a.dotScaled(v(new int[]{2}, 2), scale)).isEqualTo(4 * 2 * 0.5);
        assertThat(a.normScaled(scale)).isCloseTo(Math.sqrt(9 + 4), within(1e-9));

        // Scaled, id 0 weighs 3 and id 2 weighs 2: the top one is id 0, returned with its unscaled weight.
        SparseVector top = a.top(1, scale);
        assertThat(top.ids).containsExactly(0);
        assertThat(top.weights).containsExactly(3f);
        assertThat(a.top(1, new float[]{1, 1, 1}).ids).containsExactly(2);
        assertThat(a.top(5, scale)).isSameAs(a);
    }

    private static LinkFeatures doc(String id, Map<String, Integer> terms, Map<String, Integer> entities) {
        return new LinkFeatures(id, LocalDate.of(2025, 1, 1), null, Set.of(), terms, entities, Set.of(), Set.of(),
                null, new MinHasher().signature(id), 100);
    }

    @Test
    void idfFallsAsDocumentFrequencyRises() {
        CollectionStatistics stats = new CollectionStatistics();
        // "common" in three documents, "some" in one, "rare" in none.
        for (LinkFeatures f : new LinkFeatures[]{
                doc("1", Map.of("common", 1, "some", 1), Map.of("person:smith", 1)),
                doc("2", Map.of("common", 2), Map.of("person:smith", 1)),
                doc("3", Map.of("common", 1), Map.of())}) {
            stats.add(f, stats.termFrequencies(f));
        }
        assertThat(stats.documents()).isEqualTo(3);

        Map<String, Double> w = stats.termWeights(doc("q", Map.of("common", 1, "some", 1, "rare", 1), Map.of()));
        assertThat(w.get("rare")).isGreaterThan(w.get("some"));
        assertThat(w.get("some")).isGreaterThan(w.get("common"));
        // ln(1 + (N + 1) / (df + 1)) with N = 3, tf 1.
        assertThat(w.get("common")).isCloseTo(Math.log(1 + 4.0 / 4), within(1e-9));
        assertThat(w.get("rare")).isCloseTo(Math.log(1 + 4.0 / 1), within(1e-9));
        // Sublinear tf: a count of 3 weighs 1 + ln 3 times a count of 1.
        Map<String, Double> w3 = stats.termWeights(doc("q3", Map.of("common", 3), Map.of()));
        assertThat(w3.get("common")).isCloseTo((1 + Math.log(3)) * w.get("common"), within(1e-9));

        assertThat(stats.entityIdf(KeyHash.entity("person:jones"))).isGreaterThan(stats.entityIdf(KeyHash.entity("person:smith")));
    }

    @Test
    void termFrequenciesAreSublinearAndSortedAndTheWeightedVectorIsUnit() {
        CollectionStatistics stats = new CollectionStatistics();
        LinkFeatures f = doc("1", Map.of("zeta", 1, "alpha", 3, "mid", 1), Map.of());
        SparseVector tf = stats.termFrequencies(f);
        assertThat(tf.size()).isEqualTo(3);
        int[] sorted = tf.ids.clone();
        Arrays.sort(sorted);
        assertThat(tf.ids).containsExactly(sorted);
        float max = 0;
        for (float x : tf.weights) {
            max = Math.max(max, x);
        }
        assertThat(max).isCloseTo((float) (1 + Math.log(3)), within(1e-6f));
        // The same terms get the same ids again.
        assertThat(stats.termFrequencies(f).ids).containsExactly(tf.ids);
        assertThat(stats.weighted(tf).norm()).isCloseTo(1.0, within(1e-6));
    }
}
