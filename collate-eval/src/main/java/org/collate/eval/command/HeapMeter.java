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

    static String describe() {
        return String.format(java.util.Locale.ROOT, "peak heap %.0f MB (max heap %.0f MB)",
                peakBytes() / 1_048_576.0, Runtime.getRuntime().maxMemory() / 1_048_576.0);
    }
}
