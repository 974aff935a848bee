package org.collate.testing;

import org.junit.jupiter.api.Test;
import org.opentest4j.AssertionFailedError;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The check the scaling tests rely on tells linear work from quadratic work. */
class ScalingTest {

    private static volatile long sink;

    private static void pairs(int[] values) {
        long acc = 0;
        for (int a : values) {
            for (int b : values) {
                acc = acc * 31 + (a ^ b);
            }
        }
        sink = acc;
    }

    private static void single(int[] values) {
        long acc = 0;
        for (int repeat = 0; repeat < 200; repeat++) {
            for (int a : values) {
                acc = acc * 31 + (a ^ repeat);
            }
        }
        sink = acc;
    }

    private static int[] values(int n) {
        int[] v = new int[n];
        for (int i = 0; i < n; i++) {
            v[i] = i * 7919;
        }
        return v;
    }

    @Test
    void quadraticWorkFails() {
        assertThatThrownBy(() -> Scaling.assertLinear("all pairs", 3_000, ScalingTest::values, ScalingTest::pairs))
                .isInstanceOf(AssertionFailedError.class)
                .hasMessageContaining("all pairs: time at 4n over the time at n=3000, on 3 attempts");
    }

    @Test
    void linearWorkPasses() {
        double ratio = Scaling.assertLinear("one pass", 50_000, ScalingTest::values, ScalingTest::single);
        assertThat(ratio).isLessThanOrEqualTo(Scaling.MAX_RATIO);
    }
}
