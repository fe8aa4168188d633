package org.triangulate.server;

import java.lang.management.ManagementFactory;
import java.lang.management.MemoryMXBean;
import java.util.concurrent.atomic.AtomicLong;

/**
 * The most heap in use since the last {@link #reset}, sampled every 20 ms by a daemon thread:
 * the heap a phase of a benchmark needed, garbage not yet collected included (summing the pools'
 * own peaks would add peaks of different moments). Thread-safe.
 */
final class HeapPeak implements AutoCloseable {
  private final MemoryMXBean memory = ManagementFactory.getMemoryMXBean();
  private final AtomicLong peak = new AtomicLong();
  private final Thread sampler;

  HeapPeak() {
    sampler = Thread.ofPlatform().daemon().name("heap-peak").start(this::sample);
  }

  private void sample() {
    while (!Thread.currentThread().isInterrupted()) {
      peak.accumulateAndGet(memory.getHeapMemoryUsage().getUsed(), Math::max);
      try {
        Thread.sleep(20);
      } catch (InterruptedException e) {
        return;
      }
    }
  }

  /** The peak since the last reset, in MiB, and starts a new phase. */
  long resetMiB() {
    long p = Math.max(peak.getAndSet(0), memory.getHeapMemoryUsage().getUsed());
    return p >> 20;
  }

  @Override
  public void close() {
    sampler.interrupt();
  }
}
