package org.triangulate.cli;

import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import org.triangulate.eval.annotated.Annotation;
import org.triangulate.eval.annotated.AnnotationScoring;
import org.triangulate.eval.annotated.Annotations;
import org.triangulate.eval.annotated.Tally;
import org.triangulate.ingest.Ingestor;
import org.triangulate.model.Extraction;

/**
 * {@code eval --coded DIR --annotations gold/real}: extracts each annotated text (a record's text,
 * or a file read as a file is) and scores it against its blind annotation, by source.
 */
final class AnnotatedEval {
  private AnnotatedEval() {}

  static Tally evaluate(Path annotations, Path corpus, String side, ExtractOptions options, PrintWriter out,
      List<String> dump) {
    List<Annotation> all = Annotations.load(annotations, corpus).stream()
        .filter(a -> CodedEval.onSide(side, a.split())).toList();
    Ingestor ingestor = options.ingestor();
    Tally tally = new Tally();
    CodedEval.extractEach(all, Annotation::id, a -> {
      // a file under the corpus folder is read as the file it is; a record's text as a text
      String name = a.id().endsWith(".txt") ? a.id() : a.id() + ".txt";
      return ingestor.read(name, a.text().getBytes(StandardCharsets.UTF_8), a.id().endsWith(".txt") ? a.id() : null);
    }, options.extractor(), (a, x) -> {
      AnnotationScoring.score(a, x, tally, group(a.id()));
      dump.add(describe(a, x));
    }, out);
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
    var goldClaims = n.putArray("goldClaims");
    a.claims().forEach(c -> goldClaims.add(c.modality() + " " + (c.speaker() == null ? null : a.of(c.speaker())) + " : "
        + c.predicate() + " '" + a.of(c.anchor()) + "'"));
    var goldRelations = n.putArray("goldRelations");
    a.relations().forEach(r -> goldRelations.add(a.of(r.subject()) + " " + r.relation()
        + (r.negated() ? " (negated) " : " ")
        + a.of(r.object())));
    var found = n.putArray("found");
    java.util.Map<String, String> names = new java.util.HashMap<>();
    x.entities().forEach(e -> names.put(e.key(), e.name() + (e.geo() != null ? "[" + e.geo().province() + "]" : "")));
    x.events().forEach(e -> found.add(e.type() + " date=" + e.time().value() + " at=" + names.get(e.location())
        + " killed=" + e.killed() + " parts=" + e.participants().stream().map(p -> p.role() + ":" + p.text()).toList()
        + " :: " + e.evidence().stream().map(ev -> ev.text()).toList()));
    var claims = n.putArray("claims");
    x.claims().forEach(c -> claims.add(c.modality() + " " + c.speakerText() + " / " + names.get(c.speaker()) + " : "
        + names.get(c.subject()) + " " + c.predicate() + " " + (c.object() != null && names.containsKey(c.object())
        ? names.get(c.object()) : c.object()) + " :: " + c.evidence().stream().map(ev -> ev.text()).toList()));
    return n.toString();
  }

  private static String group(String id) {
    return id.startsWith("isafpr-") ? "isaf" : id.startsWith("wp-") ? "wikipedia" : "articles";
  }
}
