package org.triangulate.graph.resolve;

import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.triangulate.model.EntityType;

/**
 * Resolves synthetic corpora of 10k, 100k and 1M mentions ({@link SyntheticCorpus}) and prints,
 * per size, the time resolution took, the peak heap, and the pairwise precision and recall of
 * its merges against the generator's truth, for people and for all entities. Not part of
 * {@code verify}; run it with
 *
 * <pre>
 * java -Xmx8g -cp "$(cat cp.txt):target/classes:target/test-classes" \
 *   org.triangulate.graph.resolve.ResolutionBenchmark [seed] [sizes…]
 * </pre>
 *
 * (cp.txt from {@code mvn dependency:build-classpath -Dmdep.outputFile=cp.txt}). The seed
 * defaults to {@value #SEED}, the one issue 11's figures are measured with; the generator is
 * frozen with it.
 */
public final class ResolutionBenchmark {
  /** The seed of issue 11's figures (before and after tuning). */
  static final long SEED = 20261206L;

  private ResolutionBenchmark() {}

  public static void main(String[] args) {
    long seed = args.length > 0 ? Long.parseLong(args[0]) : SEED;
    int[] sizes = args.length > 1
        ? java.util.Arrays.stream(args).skip(1).mapToInt(Integer::parseInt).toArray()
        : new int[] {10_000, 100_000, 1_000_000};
    System.out.printf("seed %d%n", seed);
    System.out.printf("%10s %9s %10s %9s %9s %9s %9s %9s%n", "mentions", "seconds", "peak MiB",
        "P person", "R person", "P all", "R all", "entities");
    for (int size : sizes) {
      run(seed, size);
    }
  }

  private static void run(long seed, int size) {
    List<SyntheticCorpus.Mention> corpus = new SyntheticCorpus(seed, size).generate(size);
    List<EntityRecord> records = corpus.stream().map(SyntheticCorpus.Mention::record).toList();
    System.gc();
    resetPeaks();
    long start = System.nanoTime();
    Resolution resolution = new EntityResolver().resolve(records, List.of(),
        NameStatistics.of(records));
    double seconds = (System.nanoTime() - start) / 1e9;
    long peak = peakHeap();
    Score person = score(corpus, resolution, true);
    Score all = score(corpus, resolution, false);
    long entities = resolution.ids().values().stream().distinct().count();
    System.out.printf("%10d %9.2f %10d %9.4f %9.4f %9.4f %9.4f %9d%n", records.size(), seconds,
        peak >> 20, person.precision(), person.recall(), all.precision(), all.recall(), entities);
    System.out.println("           wrong unions by rule: " + wrongUnions(corpus, resolution));
  }

  /** How many unions joined two local entities of different truth, by rule. */
  static Map<String, Integer> wrongUnions(List<SyntheticCorpus.Mention> corpus,
      Resolution resolution) {
    Map<Long, Long> truth = new HashMap<>();
    corpus.forEach(m -> truth.put(m.record().id(), m.truth()));
    Map<String, Integer> wrong = new java.util.TreeMap<>();
    for (MergeReason m : resolution.reasons()) {
      if (!truth.get(m.a()).equals(truth.get(m.b()))) {
        String rule = m.rule();
        int with = m.reason().lastIndexOf("both with ");
        if (with >= 0) {
          rule += " " + m.reason().substring(with + 10, m.reason().indexOf(':', with) + 1);
        }
        wrong.merge(rule, 1, Integer::sum);
      }
    }
    return wrong;
  }

  /** Pairwise precision and recall. */
  record Score(double precision, double recall) {}

  /** Counts pairs by cluster, by truth and by both, in linear time. */
  static Score score(List<SyntheticCorpus.Mention> corpus, Resolution resolution,
      boolean peopleOnly) {
    Map<String, Long> predicted = new HashMap<>();
    Map<Long, Long> truth = new HashMap<>();
    Map<String, Long> both = new HashMap<>();
    for (SyntheticCorpus.Mention m : corpus) {
      if (peopleOnly && m.record().type() != EntityType.PERSON) {
        continue;
      }
      String id = resolution.ids().get(m.record().id());
      predicted.merge(id, 1L, Long::sum);
      truth.merge(m.truth(), 1L, Long::sum);
      both.merge(id + "|" + m.truth(), 1L, Long::sum);
    }
    double tp = pairs(both);
    double p = pairs(predicted);
    double t = pairs(truth);
    return new Score(p == 0 ? 1 : tp / p, t == 0 ? 1 : tp / t);
  }

  private static double pairs(Map<?, Long> counts) {
    double sum = 0;
    for (long n : counts.values()) {
      sum += n * (n - 1) / 2.0;
    }
    return sum;
  }

  private static void resetPeaks() {
    for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
      if (pool.getType() == MemoryType.HEAP) {
        pool.resetPeakUsage();
      }
    }
  }

  /** The sum of the heap pools' peaks since {@link #resetPeaks}: an upper bound of the peak. */
  private static long peakHeap() {
    long sum = 0;
    for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
      if (pool.getType() == MemoryType.HEAP) {
        sum += pool.getPeakUsage().getUsed();
      }
    }
    return sum;
  }
}
