package org.triangulate.cli.bench;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;

/**
 * The CPU time of the current thread, so a pass can be measured in CPU-seconds as well as in
 * wall-clock seconds: on a machine that other processes share, the first stays close to what an
 * idle machine would show while the second does not. Garbage collection and JIT compilation run
 * on threads of their own and are not counted.
 */
final class ThreadCpu {
  private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();

  private ThreadCpu() {}

  /** The current thread's CPU time in nanoseconds, or 0 when the JVM cannot measure it. */
  static long nanos() {
    return THREADS.isCurrentThreadCpuTimeSupported() ? THREADS.getCurrentThreadCpuTime() : 0;
  }
}
