package org.collate.testing;

import java.util.Locale;
import java.util.function.Consumer;
import java.util.function.IntFunction;

import static org.junit.jupiter.api.Assertions.fail;

/**
 * Checks that work grows no faster than its input: the time at size 4n may be at most eight times the time at n
 * (linear work gives about 4, n log n a little more; quadratic work gives 16). Absolute times are never asserted,
 * since they depend on the machine and its load. A warm-up run and the best of three runs at each size tame the JIT;
 * a ratio over the bound is measured again, up to three times, because a collection or a busy neighbour on a shared
 * machine can stretch one measurement (it did, on a CI run: 3.1 at a bound of 3 for work that is linear). Quadratic
 * work exceeds the bound on every attempt, so the retries do not hide it.
 */
public final class Scaling {

    /** The factor between the two sizes measured. */
    public static final int FACTOR = 4;
    /** The largest accepted ratio between the time at 4n and the time at n: the geometric middle of 4 and 16. */
    public static final double MAX_RATIO = 8.0;
    private static final int ATTEMPTS = 3;

    private Scaling() {
    }

    /**
     * Builds an input of size n and of size 4n with {@code input}, runs {@code work} on each, and asserts the ratio.
     *
     * @return the accepted ratio, for messages
     */
    public static <T> double assertLinear(String what, int n, IntFunction<T> input, Consumer<T> work) {
        T small = input.apply(n);
        T large = input.apply(FACTOR * n);
        // Warm-up at both sizes: class loading, and the JIT's compiled code for the loops that the large input runs
        // (with one small run only, the small input's times were taken half-interpreted and a quadratic loop passed).
        work.accept(small);
        work.accept(large);
        work.accept(small);
        StringBuilder tries = new StringBuilder();
        for (int attempt = 0; attempt < ATTEMPTS; attempt++) {
            long tSmall = bestOfThree(small, work);
            long tLarge = bestOfThree(large, work);
            double ratio = (double) tLarge / Math.max(1, tSmall);
            if (ratio <= MAX_RATIO) {
                return ratio;
            }
            tries.append(String.format(Locale.ROOT, " %.1f (%.0f ms -> %.0f ms);", ratio, tSmall / 1e6, tLarge / 1e6));
        }
        return fail(String.format(Locale.ROOT, "%s: time at %dn over the time at n=%d, on %d attempts:%s linear work"
                + " stays near %d", what, FACTOR, n, ATTEMPTS, tries, FACTOR));
    }

    private static <T> long bestOfThree(T input, Consumer<T> work) {
        long best = Long.MAX_VALUE;
        for (int i = 0; i < 3; i++) {
            long start = System.nanoTime();
            work.accept(input);
            best = Math.min(best, System.nanoTime() - start);
        }
        return best;
    }
}
