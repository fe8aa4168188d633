package org.triangulate.spark;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.ThreadLocalRandom;
import org.triangulate.graph.store.Store;
import org.triangulate.graph.store.StoreLocation;
import org.triangulate.pipeline.Extracted;
import org.triangulate.pipeline.IngestBatch;
import org.triangulate.pipeline.IngestPipeline;

/**
 * Rows a second the loader writes, one document at a time (the per-document path the loader
 * used before COPY, still the pipeline's) against batches with COPY, over the same invented
 * records into fresh embedded stores; not part of {@code verify}. Run from the repository:
 *
 * <pre>
 * ./mvnw -q -o -pl triangulate-spark -am test-compile dependency:build-classpath \
 *     -Dmdep.outputFile=target/bench.cp -Dmdep.includeScope=test
 * java -cp triangulate-spark/target/test-classes:triangulate-spark/target/classes:$(cat triangulate-spark/target/bench.cp) \
 *     org.triangulate.spark.LoaderBenchmark [--docs 5000] [--attacks 6] [--seed N] [--rounds 2]
 * </pre>
 *
 * Prints for each way and round: documents and rows written, seconds saving (records read and
 * parsed included, resolution not) and resolving, rows a second while saving.
 */
public final class LoaderBenchmark {
  private LoaderBenchmark() {}

  public static void main(String[] args) throws Exception {
    Map<String, String> opts = new java.util.HashMap<>();
    for (int i = 0; i + 1 < args.length; i += 2) {
      opts.put(args[i], args[i + 1]);
    }
    int docs = Integer.parseInt(opts.getOrDefault("--docs", "5000"));
    int attacks = Integer.parseInt(opts.getOrDefault("--attacks", "6"));
    int rounds = Integer.parseInt(opts.getOrDefault("--rounds", "2"));
    long seed = Long.parseLong(opts.getOrDefault("--seed",
        Long.toString(ThreadLocalRandom.current().nextLong())));
    Path tmp = Files.createTempDirectory("triangulate-load-bench");
    System.out.printf("seed %d, %d documents of %d attacks, in %s%n", seed, docs, attacks, tmp);
    Random random = new Random(seed);
    List<Extracted> records = new ArrayList<>();
    for (int i = 0; i < docs; i++) {
      records.add(InventedRecords.record(random, i, attacks));
    }
    Path out = tmp.resolve("records");
    InventedRecords.write(out, records);
    records = null; // the loaders read the files
    for (int round = 1; round <= rounds; round++) {
      for (boolean bulk : new boolean[] {false, true}) {
        Path data = tmp.resolve("store-" + round + (bulk ? "-copy" : "-each"));
        try (Store store = Store.open(new StoreLocation.Embedded(data))) {
          measure(store, out, bulk, round);
        }
      }
    }
  }

  private static void measure(Store store, Path out, boolean bulk, int round) {
    long[] resolving = new long[1];
    IngestPipeline.Listener listener = new IngestPipeline.Listener() {
      @Override
      public void resolving() {
        resolving[0] = System.nanoTime();
      }
    };
    long start = System.nanoTime();
    IngestPipeline.Summary s = bulk ? ExtractionLoader.load(store, out, listener)
        : oneByOne(store, out, listener);
    long end = System.nanoTime();
    long rows = store.read("rows", h -> h.createQuery("""
            SELECT (SELECT count(*) FROM documents) + (SELECT count(*) FROM extractions)
                 + (SELECT count(*) FROM entities) + (SELECT count(*) FROM aliases)
                 + (SELECT count(*) FROM descriptions) + (SELECT count(*) FROM mentions)
                 + (SELECT count(*) FROM events) + (SELECT count(*) FROM event_participants)
                 + (SELECT count(*) FROM event_evidence) + (SELECT count(*) FROM claims)
                 + (SELECT count(*) FROM claim_via) + (SELECT count(*) FROM claim_evidence)""")
        .mapTo(Long.class).one());
    double saving = (resolving[0] - start) / 1e9;
    double resolve = (end - resolving[0]) / 1e9;
    System.out.printf("round %d %-13s %,d documents, %,d rows: saved in %.1f s (%,.0f rows/s, "
            + "%,.0f documents/s), resolved in %.1f s%n", round,
        bulk ? "COPY batches" : "one by one", s.ingested(), rows, saving, rows / saving,
        s.ingested() / saving, resolve);
  }

  /** The loader as it was before COPY: each record through the pipeline's per-document save. */
  private static IngestPipeline.Summary oneByOne(Store store, Path out,
      IngestPipeline.Listener listener) {
    try (IngestBatch batch = IngestPipeline.savingOnly(store).batch(true, listener)) {
      try (var in = new java.io.BufferedReader(new java.io.InputStreamReader(
          new java.util.zip.GZIPInputStream(Files.newInputStream(out.resolve("part-00000.gz"))),
          java.nio.charset.StandardCharsets.UTF_8))) {
        int n = 0;
        for (String line = in.readLine(); line != null; line = in.readLine()) {
          batch.add(ExtractedJson.read(line, "part-00000.gz:" + ++n));
        }
      } catch (java.io.IOException e) {
        throw new java.io.UncheckedIOException(e);
      }
      return batch.finish();
    }
  }
}
