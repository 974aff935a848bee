package org.collate.eval;

import org.junit.jupiter.api.Test;

import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

/** The B-cubed and pairwise figures that the cluster evaluation reports, checked by hand on tiny clusterings. */
class ClusteringScoresTest {

    private static final Map<String, String> GOLD = Map.of("a", "G1", "b", "G1", "c", "G1", "d", "G2");

    @Test
    void handComputedExample() {
        // gold {a,b,c},{d}; predicted {a,b},{c,d}.
        // B-cubed precision per item (share of its cluster in its class): a 2/2, b 2/2, c 1/2, d 1/2 → 3/4.
        // B-cubed recall per item (share of its class in its cluster): a 2/3, b 2/3, c 1/3, d 1/1 → (8/3)/4 = 2/3.
        // F1 = 2·(3/4)(2/3) / (3/4 + 2/3) = 1 / (17/12) = 12/17.
        // Pairwise: predicted pairs ab, cd; gold pairs ab, ac, bc; shared ab → P 1/2, R 1/3.
        Map<String, String> predicted = Map.of("a", "P1", "b", "P1", "c", "P2", "d", "P2");
        ClusteringScores.Scores s = ClusteringScores.score(predicted, GOLD);
        assertThat(s.bcubed().precision()).isCloseTo(0.75, within(1e-12));
        assertThat(s.bcubed().recall()).isCloseTo(2.0 / 3, within(1e-12));
        assertThat(s.bcubed().f1()).isCloseTo(12.0 / 17, within(1e-12));
        assertThat(s.pairwise().precision()).isCloseTo(0.5, within(1e-12));
        assertThat(s.pairwise().recall()).isCloseTo(1.0 / 3, within(1e-12));
        assertThat(s.items()).isEqualTo(4);
        assertThat(s.clusters()).isEqualTo(2);
        assertThat(s.classes()).isEqualTo(2);
    }

    @Test
    void perfectAndSingletonClusterings() {
        ClusteringScores.Scores perfect = ClusteringScores.score(Map.of("a", "x", "b", "x", "c", "x", "d", "y"), GOLD);
        assertThat(perfect.bcubed().precision()).isEqualTo(1.0);
        assertThat(perfect.bcubed().recall()).isEqualTo(1.0);
        assertThat(perfect.pairwise().f1()).isEqualTo(1.0);

        // All singletons: precision 1; recall a,b,c 1/3 each, d 1 → (1 + 1) / 4 = 1/2; no predicted pairs.
        ClusteringScores.Scores singletons = ClusteringScores.score(Map.of("a", "1", "b", "2", "c", "3", "d", "4"), GOLD);
        assertThat(singletons.bcubed().precision()).isEqualTo(1.0);
        assertThat(singletons.bcubed().recall()).isCloseTo(0.5, within(1e-12));
        assertThat(singletons.pairwise().recall()).isZero();
        assertThat(singletons.clusters()).isEqualTo(4);
    }

    @Test
    void onlyItemsInBothAreScored() {
        // e is predicted but has no gold label; d has a label but no prediction: both are left out.
        ClusteringScores.Scores s = ClusteringScores.score(Map.of("a", "x", "b", "x", "c", "y", "e", "y"), GOLD);
        assertThat(s.items()).isEqualTo(3);
        // a 2/2, b 2/2, c 1/1 → precision 1; recall a 2/3, b 2/3, c 1/3 → 5/9.
        assertThat(s.bcubed().precision()).isEqualTo(1.0);
        assertThat(s.bcubed().recall()).isCloseTo(5.0 / 9, within(1e-12));
    }
}
