package org.triangulate.cli;

import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.BiConsumer;
import java.util.function.Function;
import org.triangulate.eval.coded.CodedCorpus;
import org.triangulate.eval.coded.CodedRecord;
import org.triangulate.eval.coded.CodedReport;
import org.triangulate.eval.coded.CodedScoring;
import org.triangulate.eval.coded.Split;
import org.triangulate.extract.Extractor;
import org.triangulate.ingest.Ingestor;
import org.triangulate.model.Document;
import org.triangulate.model.Extraction;
import org.triangulate.model.TriangulateException;

/**
 * {@code eval --coded DIR}: reads each coded record's text as a document (its coding is never
 * shown to the extractor), extracts it, and scores the extraction against the coding. No store is
 * involved: the fields scored are those of one document's extraction.
 */
final class CodedEval {
  private CodedEval() {}

  static CodedReport evaluate(Path dir, String side, int limit, ExtractOptions options, PrintWriter out) {
    List<CodedRecord> records = select(CodedCorpus.load(dir), side, limit);
    Ingestor ingestor = options.ingestor();
    CodedReport report = new CodedReport();
    extractEach(records, CodedRecord::id,
        r -> ingestor.read(r.id() + ".txt", r.text().getBytes(StandardCharsets.UTF_8), null),
        options.extractor(), (r, x) -> report.add(CodedScoring.score(r, x)), out);
    return report;
  }

  /**
   * Reads and extracts each item on up to two threads and hands each extraction to {@code use}
   * in input order; an item that cannot be read or extracted gets one line naming it and why.
   */
  static <T> void extractEach(List<T> items, Function<T, String> id, Function<T, Document> read, Extractor extractor,
      BiConsumer<T, Extraction> use, PrintWriter out) {
    ExecutorService pool = Executors.newFixedThreadPool(Math.max(1, Math.min(2, Runtime.getRuntime().availableProcessors())));
    try {
      List<Future<Extraction>> futures = new ArrayList<>();
      for (T item : items) {
        futures.add(pool.submit(() -> extractor.extract(read.apply(item))));
      }
      for (int i = 0; i < futures.size(); i++) {
        try {
          use.accept(items.get(i), futures.get(i).get());
        } catch (ExecutionException e) {
          String why = e.getCause() instanceof TriangulateException t ? t.getMessage() : String.valueOf(e.getCause());
          out.println(id.apply(items.get(i)) + ": not scored: " + why);
        }
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    } finally {
      pool.shutdownNow();
    }
  }

  /** Whether a record on {@code split} is on the side asked for: dev, test or all. */
  static boolean onSide(String side, Split split) {
    String s = side.toLowerCase(Locale.ROOT);
    if (!List.of("dev", "test", "all").contains(s)) {
      throw new IllegalArgumentException("--split must be dev, test or all: " + side);
    }
    return s.equals("all") || split == (s.equals("test") ? Split.TEST : Split.DEV);
  }


  private static List<CodedRecord> select(List<CodedRecord> all, String side, int limit) {
    Map<CodedRecord.Corpus, Integer> taken = new EnumMap<>(CodedRecord.Corpus.class);
    List<CodedRecord> out = new ArrayList<>();
    for (CodedRecord r : all) {
      int n = taken.getOrDefault(r.corpus(), 0);
      if (onSide(side, r.split()) && (limit <= 0 || n < limit)) {
        out.add(r);
        taken.put(r.corpus(), n + 1);
      }
    }
    return out;
  }

}
