package org.triangulate.cli.bench;

import java.util.Objects;

/**
 * One timed pass over a set of documents.
 *
 * @param what what ran, as the report names it
 * @param documents documents processed
 * @param tokens their tokens
 * @param threads threads that ran it
 * @param seconds wall-clock time
 * @param cpuSeconds CPU time of the threads that ran it ({@link ThreadCpu}); unlike wall-clock
 *     time, other processes on the machine barely change it
 * @param peakHeapBytes the heap's peak during the pass ({@link PeakHeap})
 */
public record Pass(String what, int documents, long tokens, int threads, double seconds, double cpuSeconds,
    long peakHeapBytes) {
  public Pass {
    Objects.requireNonNull(what, "what");
    if (threads < 1 || seconds <= 0) {
      throw new IllegalArgumentException(
          "a pass needs a thread and some time: threads=" + threads + ", seconds=" + seconds);
    }
  }

  public double tokensPerSecond() {
    return tokens / seconds;
  }

  /** Tokens per CPU-second of the threads that ran the pass. */
  public double tokensPerCpuSecond() {
    return cpuSeconds > 0 ? tokens / cpuSeconds : 0;
  }

  /**
   * The share of the pass's wall-clock time its threads spent on a CPU, from 0 to 1: well below 1
   * when other processes competed for the cores (or the threads waited on each other).
   */
  public double onCpu() {
    return cpuSeconds / (seconds * threads);
  }

  /** Tokens per second divided by the threads that ran the pass. */
  public double tokensPerSecondPerCore() {
    return tokensPerSecond() / threads;
  }
}
