package org.triangulate.cli.bench;

import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;

/**
 * The heap's peak use during one phase: the sum of every heap pool's peak since the last {@link
 * #reset()}. The pools peak at different moments, so the sum is an upper bound of the true peak;
 * it includes garbage not yet collected, so it also depends on how large the collector lets the
 * young generation grow.
 */
public final class PeakHeap {
  private PeakHeap() {}

  /** Collects garbage, then starts a new phase: every heap pool's peak becomes its current use. */
  public static void reset() {
    System.gc(); // so the phase does not inherit the previous phase's garbage
    for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
      if (pool.getType() == MemoryType.HEAP) {
        pool.resetPeakUsage();
      }
    }
  }

  /** The sum of the heap pools' peaks since the last {@link #reset()}, in bytes. */
  public static long bytes() {
    long sum = 0;
    for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
      if (pool.getType() == MemoryType.HEAP) {
        sum += pool.getPeakUsage().getUsed();
      }
    }
    return sum;
  }
}
