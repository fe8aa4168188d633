package org.triangulate.spark;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import java.util.zip.GZIPInputStream;
import org.triangulate.graph.store.Store;
import org.triangulate.graph.store.StoreLocation;
import org.triangulate.pipeline.Extracted;
import org.triangulate.pipeline.IngestBatch;
import org.triangulate.pipeline.IngestPipeline;

/**
 * Saves the {@link ExtractJob}'s records into the store, in their order, {@link #BATCH} at a time
 * with PostgreSQL's COPY in one transaction each ({@link IngestBatch#addAll}), then resolves the
 * whole store once: the {@link IngestPipeline}'s save and resolve stages, with nothing extracted
 * here. Idempotent per document: a document whose id is stored is left as it is, so loading the
 * same output again adds nothing, and a load killed midway loses at most its open batch, which
 * a re-run adds. A record that failed in the job is named and the rest load; a batch the store
 * refuses is saved again one document at a time, so that the refused one is named. Needs no Spark: {@code java -cp 'triangulate-spark.jar:lib/*'
 * org.triangulate.spark.ExtractionLoader --db jdbc:postgresql://… DIR} (credentials from
 * {@code PGUSER}/{@code PGPASSWORD}), or {@code --data DIR}
 * for the embedded store.
 */
public final class ExtractionLoader {
  private ExtractionLoader() {}

  public static void main(String[] args) {
    if (args.length != 3 || !(args[0].equals("--db") || args[0].equals("--data"))) {
      System.err.println("usage: ExtractionLoader (--db JDBC-URL | --data DIR) OUTPUT-DIR");
      System.exit(2);
    }
    StoreLocation where = args[0].equals("--db") ? new StoreLocation.Server(args[1], System.getenv("PGUSER"), System.getenv("PGPASSWORD")) : new StoreLocation.Embedded(Path.of(args[1]));
    try (Store store = Store.open(where)) {
      IngestPipeline.Summary s = load(store, Path.of(args[2]), new IngestPipeline.Listener() {
        @Override
        public void resolving() {
          System.out.println("resolving entities and events across documents…");
        }
      });
      s.messages().forEach(System.err::println);
      System.out.printf("%d loaded, %d unchanged, %d failed%n", s.ingested(), s.unchanged(), s.failures().size());
      System.exit(s.failures().isEmpty() ? 0 : 1);
    }
  }

  /**
   * Records saved in one transaction: enough that a statement per table, not per row, is what
   * a batch costs; few enough that their text (the records' lines, at most {@link #BATCH_CHARS}
   * characters) stays a small part of the heap.
   */
  static final int BATCH = 500;
  static final long BATCH_CHARS = 64L * 1024 * 1024;

  /** Loads every {@code part-*} file of {@code dir}, in name order, and resolves once. */
  public static IngestPipeline.Summary load(Store store, Path dir, IngestPipeline.Listener listener) {
    return load(store, dir, listener, BATCH);
  }

  /** As {@link #load(Store, Path, IngestPipeline.Listener)}, {@code size} records a batch. */
  static IngestPipeline.Summary load(Store store, Path dir, IngestPipeline.Listener listener,
      int size) {
    try (IngestBatch batch = IngestPipeline.savingOnly(store).batch(true, listener)) {
      List<Extracted> records = new ArrayList<>();
      long chars = 0;
      for (Path part : parts(dir)) {
        try (BufferedReader in = open(part)) {
          int n = 0;
          for (String line = in.readLine(); line != null; line = in.readLine()) {
            n++;
            if (!line.isBlank()) {
              records.add(ExtractedJson.read(line, part.getFileName() + ":" + n));
              chars += line.length();
            }
            if (records.size() >= size || chars >= BATCH_CHARS) {
              batch.addAll(records);
              records.clear();
              chars = 0;
            }
          }
        } catch (IOException e) {
          throw new SparkJobException(part + ": cannot read: " + e.getMessage(), e);
        }
      }
      batch.addAll(records);
      return batch.finish();
    }
  }

  private static List<Path> parts(Path dir) {
    if (!Files.isRegularFile(dir.resolve("_SUCCESS"))) {
      throw new SparkJobException(dir + ": no _SUCCESS file: not the output of a finished job");
    }
    try (Stream<Path> files = Files.list(dir)) {
      return files.filter(p -> p.getFileName().toString().startsWith("part-")).sorted().toList();
    } catch (IOException e) {
      throw new SparkJobException(dir + ": cannot list: " + e.getMessage(), e);
    }
  }

  private static BufferedReader open(Path part) throws IOException {
    InputStream in = Files.newInputStream(part);
    if (part.getFileName().toString().endsWith(".gz")) {
      in = new GZIPInputStream(in);
    }
    return new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
  }
}
