package org.collate.pipeline;

import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.IntStream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Results come back in input order whatever order the workers finish in; a failure reaches the caller. */
class OrderedParallelMapperTest {

    @Test
    void deliversInInputOrderWhenALaterItemFinishesFirst() throws InterruptedException {
        CountDownLatch secondDone = new CountDownLatch(1);
        List<String> delivered = new ArrayList<>();
        List<String> finished = java.util.Collections.synchronizedList(new ArrayList<>());
        try (OrderedParallelMapper<Integer, String> mapper = new OrderedParallelMapper<>(2, i -> {
            if (i == 0) {
                // The first item waits until the second has finished: completion order is 1, 0.
                await(secondDone);
            }
            finished.add("r" + i);
            if (i == 1) {
                secondDone.countDown();
            }
            return "r" + i;
        }, delivered::add)) {
            mapper.accept(0);
            mapper.accept(1);
            mapper.accept(2);
        }
        assertThat(finished.indexOf("r1")).isLessThan(finished.indexOf("r0"));
        assertThat(delivered).containsExactly("r0", "r1", "r2");
    }

    @Test
    void manyItemsOnSeveralThreadsKeepTheirOrder() {
        List<Integer> delivered = new ArrayList<>();
        try (OrderedParallelMapper<Integer, Integer> mapper = new OrderedParallelMapper<>(4, i -> {
            // Uneven work: later items are often cheaper than earlier ones.
            long x = 0;
            for (int k = 0; k < (1000 - i) * 200; k++) {
                x += k % 7;
            }
            return x >= 0 ? i : -1;
        }, delivered::add)) {
            IntStream.range(0, 1000).forEach(mapper::accept);
        }
        assertThat(delivered).containsExactlyElementsOf(IntStream.range(0, 1000).boxed().toList());
    }

    @Test
    void holdsABoundedWindowInFlight() {
        int threads = 2;
        AtomicInteger accepted = new AtomicInteger();
        AtomicInteger deliveredCount = new AtomicInteger();
        AtomicInteger maxAhead = new AtomicInteger();
        try (OrderedParallelMapper<Integer, Integer> mapper = new OrderedParallelMapper<>(threads, i -> i,
                r -> deliveredCount.incrementAndGet())) {
            for (int i = 0; i < 500; i++) {
                mapper.accept(i);
                accepted.incrementAndGet();
                maxAhead.accumulateAndGet(accepted.get() - deliveredCount.get(), Math::max);
            }
        }
        assertThat(deliveredCount.get()).isEqualTo(500);
        // Items accepted but not yet delivered never exceed the window (threads x 4).
        assertThat(maxAhead.get()).isLessThanOrEqualTo(threads * 4);
    }

    @Test
    void aFailureReachesTheCallerAfterTheResultsBeforeIt() {
        List<Integer> delivered = new ArrayList<>();
        assertThatThrownBy(() -> {
            try (OrderedParallelMapper<Integer, Integer> mapper = new OrderedParallelMapper<>(2, i -> {
                if (i == 5) {
                    throw new IllegalArgumentException("bad item 5");
                }
                return i;
            }, delivered::add)) {
                IntStream.range(0, 20).forEach(mapper::accept);
            }
        }).isInstanceOf(IllegalArgumentException.class).hasMessage("bad item 5");
        assertThat(delivered).startsWith(0, 1, 2, 3, 4).doesNotContain(5);
    }

    @Test
    void oneThreadRunsOnTheCallersThread() {
        List<String> threadNames = new ArrayList<>();
        try (OrderedParallelMapper<Integer, Integer> mapper = new OrderedParallelMapper<>(1, i -> {
            threadNames.add(Thread.currentThread().getName());
            return i;
        }, r -> { })) {
            mapper.accept(1);
        }
        assertThat(threadNames).containsExactly(Thread.currentThread().getName());
    }

    private static void await(CountDownLatch latch) {
        try {
            if (!latch.await(30, TimeUnit.SECONDS)) {
                throw new IllegalStateException("the other item never finished");
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
