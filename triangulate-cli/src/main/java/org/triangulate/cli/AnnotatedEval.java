package org.triangulate.cli;

import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.triangulate.eval.annotated.Annotation;
import org.triangulate.eval.annotated.AnnotationScoring;
import org.triangulate.eval.annotated.Annotations;
import org.triangulate.eval.annotated.Tally;
import org.triangulate.eval.coded.Split;
import org.triangulate.extract.Extractor;
import org.triangulate.ingest.Ingestor;
import org.triangulate.model.Document;
import org.triangulate.model.Extraction;
import org.triangulate.model.TriangulateException;

/**
 * {@code eval --coded DIR --annotations gold/real}: extracts each annotated text (a record's text,
 * or a file read as a file is) and scores it against its blind annotation, by source.
 */
final class AnnotatedEval {
  private AnnotatedEval() {}

  static Tally evaluate(Path annotations, Path corpus, String side, ExtractOptions options, PrintWriter out,
      List<String> dump) {
    String s = side.toLowerCase(Locale.ROOT);
    List<Annotation> all = Annotations.load(annotations, corpus).stream()
        .filter(a -> s.equals("all") || a.split() == (s.equals("test") ? Split.TEST : Split.DEV)).toList();
    Ingestor ingestor = options.ingestor();
    Extractor extractor = options.extractor();
    Tally tally = new Tally();
    ExecutorService pool = Executors.newFixedThreadPool(Math.max(1, Math.min(2, Runtime.getRuntime().availableProcessors())));
    try {
      List<Future<Extraction>> futures = new ArrayList<>();
      for (Annotation a : all) {
        futures.add(pool.submit(() -> {
          String name = a.id().endsWith(".txt") ? a.id() : a.id() + ".txt";
          Document d = ingestor.read(name, a.text().getBytes(StandardCharsets.UTF_8), a.id().endsWith(".txt") ? a.id() : null);
          return extractor.extract(d);
        }));
      }
      for (int i = 0; i < futures.size(); i++) {
        Annotation a = all.get(i);
        try {
          Extraction x = futures.get(i).get();
          AnnotationScoring.score(a, x, tally, group(a.id()));
          dump.add(describe(a, x));
        } catch (ExecutionException e) {
          String why = e.getCause() instanceof TriangulateException t ? t.getMessage() : String.valueOf(e.getCause());
          out.println(a.id() + ": not scored: " + why);
        }
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    } finally {
      pool.shutdownNow();
    }
    return tally;
  }

  /** For reading what came out: the annotated incidents beside the extracted events, one JSON line. */
  private static String describe(Annotation a, Extraction x) {
    var m = new com.fasterxml.jackson.databind.ObjectMapper();
    var n = m.createObjectNode();
    n.put("id", a.id());
    var gold = n.putArray("gold");
    a.events().forEach(g -> gold.add(g.type() + " '" + a.of(g.anchor()) + "' date=" + g.date()
        + " place=" + g.place().stream().map(a::of).toList() + " perp=" + g.perpetrators().stream().map(a::of).toList()
        + " killed=" + g.killed()));
    var found = n.putArray("found");
    java.util.Map<String, String> names = new java.util.HashMap<>();
    x.entities().forEach(e -> names.put(e.key(), e.name() + (e.geo() != null ? "[" + e.geo().province() + "]" : "")));
    x.events().forEach(e -> found.add(e.type() + " date=" + e.time().value() + " at=" + names.get(e.location())
        + " killed=" + e.killed() + " parts=" + e.participants().stream().map(p -> p.role() + ":" + p.text()).toList()
        + " :: " + e.evidence().stream().map(ev -> ev.text()).toList()));
    var claims = n.putArray("claims");
    x.claims().forEach(c -> claims.add(c.modality() + " " + c.speakerText() + " / " + names.get(c.speaker()) + " : "
        + names.get(c.subject()) + " " + c.predicate() + " " + (c.object() != null && names.containsKey(c.object())
        ? names.get(c.object()) : c.object())));
    return n.toString();
  }

  private static String group(String id) {
    return id.startsWith("isafpr-") ? "isaf" : id.startsWith("wp-") ? "wikipedia" : "articles";
  }
}
