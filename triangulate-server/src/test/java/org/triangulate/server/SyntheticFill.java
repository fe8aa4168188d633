package org.triangulate.server;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.triangulate.graph.store.Store;
import org.triangulate.model.Document;
import org.triangulate.model.Extraction;

/**
 * Fills a store with {@link SyntheticCorpus} reports through the store's COPY batch path ({@link
 * Store#saveAllDeferringResolution}), then resolves once, as a bulk load does. Resumable: batches
 * are saved in order, one transaction each, so the number of stored documents says where a killed
 * fill stopped; a re-run regenerates the reports before that point (the corpus is one Random, so
 * report {@code i} is only reproduced after reports {@code 0..i-1}) and saves from the batch
 * before it on (documents stored already write nothing). The seed and size are written beside the
 * data ({@code synthetic.properties}) so a re-run with another seed is refused rather than mixed
 * in. Not thread-safe.
 */
final class SyntheticFill {
  /** What filling took: documents saved now, and seconds for saving and for resolving. */
  record Result(int saved, double loadSeconds, double resolveSeconds) {}

  private final Store store;
  private final SyntheticCorpus corpus;
  private final int batch;

  SyntheticFill(Store store, SyntheticCorpus corpus, int batch) {
    this.store = store;
    this.corpus = corpus;
    this.batch = batch;
  }

  /**
   * Makes the store hold reports {@code 0..docs-1} of the corpus, resolved. Always generates all
   * of them, so the corpus's Random ends where a fresh fill leaves it.
   */
  Result fill(int docs) {
    int stored = countDocuments();
    int from = stored >= docs ? docs : Math.max(0, (stored / batch - 1) * batch);
    if (stored > 0) {
      System.out.printf("store holds %d documents; saving from report %d on%n", stored, from);
    }
    long start = System.nanoTime();
    int saved = 0;
    List<Store.Unsaved> pending = new ArrayList<>(batch);
    for (int i = 0; i < docs; i++) {
      Map.Entry<Document, Extraction> r = corpus.report(i);
      if (i < from) {
        continue; // generated only to move the Random on
      }
      pending.add(new Store.Unsaved(r.getKey(), r.getValue(), null));
      if (pending.size() == batch || i == docs - 1) {
        saved += (int) store.saveAllDeferringResolution(pending).stream()
            .filter(s -> s.status() == Store.SaveResult.Status.INGESTED).count();
        pending.clear();
        if ((i + 1) % (batch * 20) == 0) {
          System.out.printf("  %d documents stored, %.0f s%n", i + 1, seconds(start));
        }
      }
    }
    double load = seconds(start);
    if (saved > 0) {
      System.out.printf("saved %d documents with COPY in %.1f s (%.0f documents/s)%n", saved, load,
          saved / load);
    }
    double resolve = 0;
    if (store.unresolved() > 0) { // this fill's documents, or a killed fill's
      long resolving = System.nanoTime();
      store.resolve();
      resolve = seconds(resolving);
      System.out.printf("resolved across documents in %.1f s%n", resolve);
    }
    return new Result(saved, load, resolve);
  }

  private int countDocuments() {
    return store.read("count", h -> h.createQuery("SELECT count(*) FROM documents")
        .mapTo(Integer.class).one());
  }

  /**
   * Records {@code seed} for the data directory, or checks it against the one recorded: a fill
   * resumed with another seed would store another corpus's reports beside the first's.
   */
  static void claim(Path data, long seed) {
    Path file = data.resolve("synthetic.properties");
    String line = "seed=" + seed + "\n";
    try {
      if (Files.exists(file)) {
        String recorded = Files.readString(file, StandardCharsets.UTF_8);
        if (!recorded.equals(line)) {
          throw new IllegalArgumentException("the data directory holds another seed's reports: "
              + file + " says " + recorded.strip() + ", given seed=" + seed);
        }
      } else {
        Files.createDirectories(data);
        Files.writeString(file, line, StandardCharsets.UTF_8);
      }
    } catch (IOException e) {
      throw new UncheckedIOException(file.toString(), e);
    }
  }

  private static double seconds(long since) {
    return (System.nanoTime() - since) / 1e9;
  }
}
