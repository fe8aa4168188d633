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
    Extractor extractor = options.extractor();
    CodedReport report = new CodedReport();
    int threads = Math.max(1, Math.min(2, Runtime.getRuntime().availableProcessors()));
    ExecutorService pool = Executors.newFixedThreadPool(threads);
    try {
      List<Future<CodedScoring.Scored>> futures = new ArrayList<>();
      for (CodedRecord r : records) {
        futures.add(pool.submit(() -> {
          Document d = ingestor.read(r.id() + ".txt", r.text().getBytes(StandardCharsets.UTF_8), null);
          Extraction x = extractor.extract(d);
          return CodedScoring.score(r, x);
        }));
      }
      for (int i = 0; i < futures.size(); i++) {
        try {
          report.add(futures.get(i).get());
        } catch (ExecutionException e) {
          String why = e.getCause() instanceof TriangulateException t ? t.getMessage() : String.valueOf(e.getCause());
          out.println(records.get(i).id() + ": not scored: " + why);
        }
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    } finally {
      pool.shutdownNow();
    }
    return report;
  }

  private static List<CodedRecord> select(List<CodedRecord> all, String side, int limit) {
    String s = side.toLowerCase(Locale.ROOT);
    if (!List.of("dev", "test", "all").contains(s)) {
      throw new IllegalArgumentException("--split must be dev, test or all: " + side);
    }
    Map<CodedRecord.Corpus, Integer> taken = new EnumMap<>(CodedRecord.Corpus.class);
    List<CodedRecord> out = new ArrayList<>();
    for (CodedRecord r : all) {
      boolean onSide = s.equals("all") || r.split() == (s.equals("test") ? Split.TEST : Split.DEV);
      int n = taken.getOrDefault(r.corpus(), 0);
      if (onSide && (limit <= 0 || n < limit)) {
        out.add(r);
        taken.put(r.corpus(), n + 1);
      }
    }
    return out;
  }
}
