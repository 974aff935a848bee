package org.collate.limit;

import java.time.Duration;
import java.util.function.Supplier;

/**
 * A time budget for the document the current thread is working on, checked cooperatively: work runs inside
 * {@link #within}, and the stages call {@link #check()} in their loops (per paragraph, per sentence, between
 * steps), which throws {@link Exceeded} once the budget is spent.
 *
 * <p>Why this design: Java cannot stop a computing thread from outside, so a {@code Future.get(timeout)} with
 * {@code cancel(true)} would need the very same checks in the loops (for the interrupt flag) and a second thread
 * per document besides. The deadline lives in a thread-local rather than in every method's parameters so that the
 * stages keep the signatures their evaluators and tools call; outside {@link #within} there is no deadline and
 * {@link #check()} costs one thread-local read. Since every per-sentence step is bounded by the sentence limits, a
 * check per sentence bounds how far past its budget a document can run.
 */
public final class Deadline {

    private static final ThreadLocal<long[]> CURRENT = new ThreadLocal<>();

    private Deadline() {
    }

    /** Thrown by {@link #check()} when the current document's budget is spent. */
    public static final class Exceeded extends RuntimeException {
        private final Duration budget;

        Exceeded(Duration budget) {
            super("over its time budget of " + describe(budget), null, false, false);
            this.budget = budget;
        }

        public Duration budget() {
            return budget;
        }
    }

    /**
     * Runs {@code work} with a budget of {@code budget} on this thread; nested calls keep the earlier deadline when
     * it is the sooner.
     *
     * @throws Exceeded when the work checked its deadline after the budget was spent
     */
    public static <T> T within(Duration budget, Supplier<T> work) {
        long[] outer = CURRENT.get();
        long end = System.nanoTime() + Math.max(0, budget.toNanos());
        long[] mine = outer != null && outer[0] - end < 0 ? outer : new long[]{end, budget.toNanos()};
        CURRENT.set(mine);
        try {
            return work.get();
        } finally {
            if (outer == null) {
                CURRENT.remove();
            } else {
                CURRENT.set(outer);
            }
        }
    }

    /** Throws {@link Exceeded} when the current thread's document is past its budget; does nothing outside one. */
    public static void check() {
        long[] current = CURRENT.get();
        if (current != null && System.nanoTime() - current[0] >= 0) {
            throw new Exceeded(Duration.ofNanos(current[1]));
        }
    }

    /** "30 s", "250 ms". */
    public static String describe(Duration d) {
        return d.toMillis() >= 1000 && d.toMillis() % 1000 == 0 ? d.toSeconds() + " s" : d.toMillis() + " ms";
    }
}
