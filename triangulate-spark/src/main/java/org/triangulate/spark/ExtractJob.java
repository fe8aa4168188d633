package org.triangulate.spark;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.apache.hadoop.io.compress.GzipCodec;
import org.apache.spark.api.java.JavaRDD;
import org.apache.spark.api.java.JavaSparkContext;
import org.apache.spark.sql.SparkSession;
import org.triangulate.ingest.IngestOptions;
import org.triangulate.ingest.Ingestor;
import org.triangulate.ingest.Input;
import org.triangulate.ingest.Inputs;

/**
 * {@code spark-submit --class org.triangulate.spark.ExtractJob … --out DIR [--as-of DATE]
 * [--partitions N] PATH…}: reads the reports under the paths (files and directories, chosen as
 * {@code triangulate ingest} chooses them) in Spark executors, extracts them, and writes one
 * JSON line per document ({@link ExtractedJson}) to {@code DIR/part-*.gz}, in input order. The
 * paths must be readable at the same name on every executor (a shared file system).
 * {@link ExtractionLoader} then saves the lines into the store.
 *
 * <p>A thin shell: the driver only lists the inputs; the executors run the {@link
 * org.triangulate.pipeline.IngestPipeline}'s read and extract stages.
 */
public final class ExtractJob {
  /** The job's arguments. */
  record Settings(List<String> paths, Path out, LocalDate asOf, int partitions) {}

  private ExtractJob() {}

  public static void main(String[] args) {
    Settings settings = parse(args);
    SparkSession spark = SparkSession.builder().appName("triangulate-extract").getOrCreate();
    try {
      run(spark, settings);
      System.out.println("extracted to " + settings.out() + "; load with ExtractionLoader");
    } finally {
      spark.stop();
    }
  }

  /** Runs the job on {@code spark}. */
  static void run(SparkSession spark, Settings settings) {
    Ingestor ingestor = new Ingestor(new IngestOptions(settings.asOf(), java.time.Clock.systemUTC(), ExecutorPipeline.MAX_BYTES));
    Inputs inputs = ingestor.inputs(settings.paths(), false);
    if (!inputs.skipped().isEmpty()) {
      System.err.println("skipped " + inputs.skipped().size() + " files that are not reports: " + inputs.skipped());
    }
    List<String> files = inputs.accepted().stream().map(Input::name).toList();
    JavaSparkContext jsc = JavaSparkContext.fromSparkContext(spark.sparkContext());
    int slots = Integer.parseInt(spark.conf().get("spark.executor.cores",
        String.valueOf(Runtime.getRuntime().availableProcessors())));
    int partitions = settings.partitions() > 0 ? settings.partitions() : Math.max(1, jsc.defaultParallelism());
    // parallelize keeps order: partition i holds the i-th slice, written to part-0000i
    JavaRDD<String> lines = jsc.parallelize(files, Math.max(1, Math.min(partitions, files.size())))
        .mapPartitions(new ExecutorPipeline(settings.asOf(), slots));
    lines.saveAsTextFile(settings.out().toString(), GzipCodec.class);
  }

  static Settings parse(String[] args) {
    List<String> paths = new ArrayList<>();
    Path out = null;
    LocalDate asOf = LocalDate.now(java.time.ZoneOffset.UTC);
    int partitions = 0;
    for (int i = 0; i < args.length; i++) {
      switch (args[i]) {
        case "--out" -> out = Path.of(value(args, ++i));
        case "--as-of" -> asOf = LocalDate.parse(value(args, ++i));
        case "--partitions" -> partitions = Integer.parseInt(value(args, ++i));
        default -> paths.add(args[i]);
      }
    }
    if (out == null || paths.isEmpty()) {
      throw new SparkJobException("usage: ExtractJob --out DIR [--as-of YYYY-MM-DD] [--partitions N] PATH…");
    }
    return new Settings(paths, out, asOf, partitions);
  }

  private static String value(String[] args, int i) {
    if (i >= args.length) {
      throw new SparkJobException(args[i - 1] + " needs a value");
    }
    return args[i];
  }
}
