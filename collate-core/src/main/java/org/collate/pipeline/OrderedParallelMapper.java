package org.collate.pipeline;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Consumer;
import java.util.function.Function;

/**
 * Maps items on a pool of worker threads while delivering results in input order, holding at most a bounded
 * window of items in flight so memory stays flat however many items stream through. The stages are CPU-bound, so
 * the pool has one platform thread per core rather than virtual threads.
 *
 * @param <I> input type
 * @param <O> output type
 */
public final class OrderedParallelMapper<I, O> implements AutoCloseable {

    private final Function<I, O> function;
    private final Consumer<O> sink;
    private final ExecutorService pool;
    private final int window;
    private final Deque<Future<O>> inFlight = new ArrayDeque<>();

    /**
     * @param threads  worker threads; 1 runs everything on the caller's thread
     * @param function the work, which must be thread-safe
     * @param sink     receives results in input order, on the caller's thread
     */
    public OrderedParallelMapper(int threads, Function<I, O> function, Consumer<O> sink) {
        this.function = function;
        this.sink = sink;
        this.pool = threads > 1 ? Executors.newFixedThreadPool(threads, r -> {
            Thread t = new Thread(r, "collate-worker");
            t.setDaemon(true);
            return t;
        }) : null;
        this.window = Math.max(1, threads * 4);
    }

    /** The number of worker threads to use by default: one per available core. */
    public static int defaultThreads() {
        return Runtime.getRuntime().availableProcessors();
    }

    /** Submits one item; may block to deliver earlier results when the window is full. */
    public void accept(I item) {
        if (pool == null) {
            sink.accept(function.apply(item));
            return;
        }
        inFlight.addLast(pool.submit(() -> function.apply(item)));
        while (inFlight.size() >= window) {
            deliver(inFlight.removeFirst());
        }
    }

    /** Delivers every remaining result. */
    public void finish() {
        while (!inFlight.isEmpty()) {
            deliver(inFlight.removeFirst());
        }
    }

    private void deliver(Future<O> future) {
        try {
            sink.accept(future.get());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted", e);
        } catch (ExecutionException e) {
            Throwable cause = e.getCause();
            if (cause instanceof RuntimeException r) {
                throw r;
            }
            if (cause instanceof Error err) {
                throw err;
            }
            throw new IllegalStateException(cause);
        }
    }

    @Override
    public void close() {
        finish();
        if (pool != null) {
            pool.shutdownNow();
        }
    }
}
