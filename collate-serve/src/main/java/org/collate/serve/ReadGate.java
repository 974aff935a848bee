package org.collate.serve;

import java.util.concurrent.locks.Condition;
import java.util.concurrent.locks.ReentrantLock;

/**
 * Admits reads a few at a time, first come first served, and one fewer while articles are being posted.
 *
 * <p>Why: the server's one writer analyses posted articles on as many threads as there are cores, but with fifty
 * clients reading, every admitted read is one more thread the scheduler shares the cores with (posts reach about 100
 * articles/s alone and under 40 beside fifty readers, measured with {@code bench serve}). Giving up one read slot
 * while a post is in flight leaves the writer more of the CPU; the reads queue a little longer while it lasts
 * (measured: a shorter read tail, 83–97 against 110 ms p99, and as many posts). A semaphore cannot express this: a
 * writer acquiring a permit of a fair semaphore would queue behind every waiting reader. The gate's count of posts in
 * flight is the server's only one: the background reports also wait while it is above zero.
 */
final class ReadGate {

    private final int readers;
    private final ReentrantLock lock = new ReentrantLock(true);
    private final Condition free = lock.newCondition();
    private int reading;
    private int posting;

    /** @param readers reads admitted at once while no post is in flight (at least one) */
    ReadGate(int readers) {
        this.readers = Math.max(1, readers);
    }

    /** Reads admitted at once now: one fewer than usual while a post is in flight, never fewer than one. */
    int limit() {
        lock.lock();
        try {
            return limitLocked();
        } finally {
            lock.unlock();
        }
    }

    /** Waits for a read slot. */
    void enter() throws InterruptedException {
        lock.lock();
        try {
            while (reading >= limitLocked()) {
                free.await();
            }
            reading++;
        } finally {
            lock.unlock();
        }
    }

    /** Takes a read slot if one is free now. */
    boolean tryEnter() {
        lock.lock();
        try {
            if (reading >= limitLocked()) {
                return false;
            }
            reading++;
            return true;
        } finally {
            lock.unlock();
        }
    }

    /** Gives a read slot back. */
    void exit() {
        lock.lock();
        try {
            reading--;
            free.signal();
        } finally {
            lock.unlock();
        }
    }

    /** Posts received and not yet answered. */
    int postsInFlight() {
        lock.lock();
        try {
            return posting;
        } finally {
            lock.unlock();
        }
    }

    /** A post begins: from now on one read slot fewer is handed out (reads already running finish). */
    void postStarted() {
        lock.lock();
        try {
            posting++;
        } finally {
            lock.unlock();
        }
    }

    /** A post ended: the slot it held back is handed out again. */
    void postEnded() {
        lock.lock();
        try {
            posting--;
            free.signalAll();
        } finally {
            lock.unlock();
        }
    }

    private int limitLocked() {
        return posting > 0 ? Math.max(1, readers - 1) : readers;
    }
}
