package org.collate.testing;

import java.util.function.IntFunction;

import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Checks that work grows no faster than its input: the time at size 2n may be at most three times the time at n
 * (linear work gives about 2; quadratic work gives 4). Absolute times are never asserted, since they depend on the
 * machine and its load; a warm-up run and the best of three runs at each size tame the JIT and the noise.
 */
public final class Scaling {

    /** The largest accepted ratio between the time at 2n and the time at n. */
    public static final double MAX_RATIO = 3.0;

    private Scaling() {
    }

    /**
     * Builds an input of size n and of size 2n with {@code input}, runs {@code work} on each, and asserts the ratio.
     *
     * @return the measured ratio, for messages
     */
    public static <T> double assertLinear(String what, int n, IntFunction<T> input, java.util.function.Consumer<T> work) {
        T small = input.apply(n);
        T large = input.apply(2 * n);
        work.accept(small); // warm-up: class loading, JIT
        long tSmall = bestOfThree(small, work);
        long tLarge = bestOfThree(large, work);
        double ratio = (double) tLarge / Math.max(1, tSmall);
        assertTrue(ratio <= MAX_RATIO, () -> String.format(java.util.Locale.ROOT,
                "%s: time at 2n is %.1f x the time at n=%d (%.0f ms -> %.0f ms); linear work stays near 2",
                what, ratio, n, tSmall / 1e6, tLarge / 1e6));
        return ratio;
    }

    private static <T> long bestOfThree(T input, java.util.function.Consumer<T> work) {
        long best = Long.MAX_VALUE;
        for (int i = 0; i < 3; i++) {
            long start = System.nanoTime();
            work.accept(input);
            best = Math.min(best, System.nanoTime() - start);
        }
        return best;
    }
}
