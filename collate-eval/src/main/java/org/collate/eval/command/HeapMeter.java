package org.collate.eval.command;

import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;

/** Peak heap use over a measured section, from the JVM's memory pools (the sum of their peaks: an upper bound). */
final class HeapMeter {

    private HeapMeter() {
    }

    static void reset() {
        System.gc();
        for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
            if (pool.getType() == MemoryType.HEAP) {
                pool.resetPeakUsage();
            }
        }
    }

    static long peakBytes() {
        long sum = 0;
        for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
            if (pool.getType() == MemoryType.HEAP) {
                sum += pool.getPeakUsage().getUsed();
            }
        }
        return sum;
    }

    /**
     * The live heap: what is left after a full collection. The peak above counts garbage not yet collected, which a
     * collector lets grow towards the bound; whether a long run's memory stays flat is read here.
     */
    static long liveBytes() {
        System.gc();
        return ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
    }

    /** {@link #liveBytes} and the time the collection took, which a timed section should leave out. */
    record Live(long bytes, long nanos) {
        String describe() {
            return String.format(java.util.Locale.ROOT, "live heap %.0f MB", bytes / 1_048_576.0);
        }
    }

    static Live live() {
        long t = System.nanoTime();
        long bytes = liveBytes();
        return new Live(bytes, System.nanoTime() - t);
    }

    static String describe() {
        return String.format(java.util.Locale.ROOT, "peak heap %.0f MB (max heap %.0f MB)",
                peakBytes() / 1_048_576.0, Runtime.getRuntime().maxMemory() / 1_048_576.0);
    }
}
