package org.triangulate.cli.bench;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.LongAdder;
import org.triangulate.extract.Extractor;
import org.triangulate.model.Document;
import org.triangulate.model.Extraction;

/**
 * Times an extractor over a {@link BenchSet} on a fixed pool of threads, each document
 * extracted once, and splits the time between the analyzer and the rules with a {@link
 * TimedAnalyzer} that the extractor calls.
 *
 * @param pass the pass: wall-clock time, tokens, threads, peak heap
 * @param extractNanos time inside {@code extract}, summed over threads
 * @param analysis time inside the analyzer, sentences and parsed sentences, summed over threads
 * @param found entities, events and claims extracted, to show the work was done
 */
public record ExtractionPass(Pass pass, long extractNanos, TimedAnalyzer.Counts analysis, Found found) {
  /** What the pass extracted. */
  public record Found(long entities, long events, long claims) {}

  /** Time in the rules: extraction time minus analysis time. */
  public long rulesNanos() {
    return extractNanos - analysis.nanos();
  }

  /**
   * Runs {@code extractor}, whose analyzer is {@code analyzer}, over {@code set} on {@code
   * threads} threads.
   */
  public static ExtractionPass run(
      String what, Extractor extractor, TimedAnalyzer analyzer, BenchSet set, int threads) {
    analyzer.reset();
    LongAdder extractNanos = new LongAdder();
    LongAdder cpuNanos = new LongAdder();
    LongAdder entities = new LongAdder();
    LongAdder events = new LongAdder();
    LongAdder claims = new LongAdder();
    List<Callable<Void>> tasks = new ArrayList<>();
    for (Document d : set.documents()) {
      tasks.add(() -> {
        long cpuStart = ThreadCpu.nanos();
        long start = System.nanoTime();
        Extraction x = extractor.extract(d);
        extractNanos.add(System.nanoTime() - start);
        cpuNanos.add(ThreadCpu.nanos() - cpuStart);
        entities.add(x.entities().size());
        events.add(x.events().size());
        claims.add(x.claims().size());
        return null;
      });
    }
    PeakHeap.reset();
    long start = System.nanoTime();
    // A pool of its own per pass, so exactly `threads` threads extract and none outlives the pass.
    try (ExecutorService pool = Executors.newFixedThreadPool(threads)) {
      for (Future<Void> f : pool.invokeAll(tasks)) {
        f.get();
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new BenchException("benchmark interrupted: " + what, e);
    } catch (ExecutionException e) {
      throw new BenchException("extraction failed in " + what + ": " + e.getCause().getMessage(), e.getCause());
    }
    double seconds = (System.nanoTime() - start) / 1e9;
    Pass pass = new Pass(what, set.size(), set.totalTokens(), threads, seconds, cpuNanos.sum() / 1e9,
        PeakHeap.bytes());
    return new ExtractionPass(pass, extractNanos.sum(), analyzer.counts(),
        new Found(entities.sum(), events.sum(), claims.sum()));
  }
}
