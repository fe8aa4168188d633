package org.triangulate.spark;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import java.util.zip.GZIPInputStream;
import org.apache.spark.sql.SparkSession;
import org.triangulate.corenlp.CoreNlpAnalyzer;

/**
 * Documents per second of {@link ExtractJob} in local mode with 1 and then 2 cores on the same
 * input, and the ratio: a benchmark, outside the tests. CoreNLP is loaded before the clock starts
 * (in local mode the executor is this JVM) and one unmeasured pass over the paths warms the JIT,
 * so the figures are extraction and Spark, not loading.
 * {@code java … org.triangulate.spark.SparkBench [--repeat N] PATH…}.
 */
public final class SparkBench {
  private SparkBench() {}

  public static void main(String[] args) throws IOException {
    int repeat = 1;
    List<String> paths = new ArrayList<>();
    for (int i = 0; i < args.length; i++) {
      if (args[i].equals("--repeat")) {
        repeat = Integer.parseInt(args[++i]);
      } else {
        paths.add(args[i]);
      }
    }
    CoreNlpAnalyzer.warmUp();
    ExecutorPipeline.shared(2);
    List<String> inputs = new ArrayList<>();
    for (int r = 0; r < repeat; r++) {
      inputs.addAll(paths); // the same files again: the job does not deduplicate, the loader does
    }
    warmUp(paths);
    double one = 0;
    for (int cores : new int[] {1, 2}) {
      Path out = Files.createTempDirectory("triangulate-spark-bench");
      Files.delete(out);
      SparkSession spark = SparkSession.builder().master("local[" + cores + "]").appName("SparkBench")
          .config("spark.ui.enabled", "false").getOrCreate();
      long start = System.nanoTime();
      try {
        ExtractJob.run(spark, new ExtractJob.Settings(inputs, out, LocalDate.now(java.time.ZoneOffset.UTC), 4 * cores));
      } finally {
        spark.stop();
      }
      double seconds = (System.nanoTime() - start) / 1e9;
      long docs = records(out);
      double rate = docs / seconds;
      System.out.printf(Locale.ROOT, "local[%d]: %d documents in %.1f s, %.2f documents/s%s%n", cores, docs,
          seconds, rate, cores == 1 ? "" : String.format(Locale.ROOT, " (%.2f× one core)", rate / one));
      one = cores == 1 ? rate : one;
      delete(out);
    }
  }

  /** One unmeasured pass over the paths once: Spark's start, the JIT and CoreNLP's lazy parts. */
  private static void warmUp(List<String> paths) throws IOException {
    Path out = Files.createTempDirectory("triangulate-spark-warm-up");
    Files.delete(out);
    SparkSession spark = SparkSession.builder().master("local[1]").appName("SparkBench warm-up")
        .config("spark.ui.enabled", "false").getOrCreate();
    try {
      ExtractJob.run(spark, new ExtractJob.Settings(paths, out, LocalDate.now(java.time.ZoneOffset.UTC), 1));
    } finally {
      spark.stop();
    }
    delete(out);
  }

  private static long records(Path out) throws IOException {
    long n = 0;
    try (Stream<Path> parts = Files.list(out)) {
      for (Path part : parts.filter(p -> p.getFileName().toString().startsWith("part-")).toList()) {
        try (BufferedReader in = new BufferedReader(new InputStreamReader(
            new GZIPInputStream(Files.newInputStream(part)), StandardCharsets.UTF_8))) {
          n += in.lines().count();
        }
      }
    }
    return n;
  }

  private static void delete(Path dir) throws IOException {
    try (Stream<Path> files = Files.walk(dir)) {
      for (Path p : files.sorted(Comparator.reverseOrder()).toList()) {
        Files.delete(p);
      }
    }
  }
}
