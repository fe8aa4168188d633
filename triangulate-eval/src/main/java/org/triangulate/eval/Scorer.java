package org.triangulate.eval;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Map;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * Scores a {@code triangulate/1} JSON export against the gold set. Export documents are matched
 * to gold documents by the file name of their {@code file}; within a document, entities align by
 * type and name, events and claims by the overlap of their evidence with the gold anchors (see
 * {@code gold/README.md}). Items of export documents that are not in the gold set are ignored.
 * Stateless and thread-safe.
 *
 * <p>Command line: {@code java -cp … org.triangulate.eval.Scorer GOLD_DIR EXPORT.json [--json]}
 * prints the table (or the JSON report); exit 0 when scored, 2 on bad input.
 */
public final class Scorer {
  private static final ObjectMapper JSON = new ObjectMapper();

  private Scorer() {}

  /** Loads the gold set (checksums first) and the export, and scores. */
  public static Report evaluate(Path goldDir, Path exportJson) {
    GoldSet gold = GoldSet.load(goldDir);
    JsonNode export;
    try {
      export = JSON.readTree(exportJson.toFile());
    } catch (IOException e) {
      throw new EvalException(exportJson + ": not a JSON export: " + e.getMessage(), e);
    }
    return score(gold, export);
  }

  /** Scores an export against a loaded gold set. */
  public static Report score(GoldSet gold, JsonNode export) {
    if (!"triangulate/1".equals(export.path("format").asText())) {
      throw new EvalException("export: expected \"format\": \"triangulate/1\", got "
          + export.path("format"));
    }
    ExportView view = new ExportView(export);
    Tally tally = new Tally();
    for (GoldDocument doc : gold.documents()) {
      var found = view.findDocument(doc.document());
      if (found.isEmpty()) {
        tally.fn("documents", "detection", Tally.ALL);
        tally.warn(doc.document() + ": not in the export (no document whose file is named so)");
        missing(doc, tally);
        continue;
      }
      JsonNode d = found.get();
      tally.tp("documents", "detection", Tally.ALL);
      document(doc, d, tally);
      String text = d.path("text").asText("");
      Anchors anchors = new Anchors(text);
      Scope scope = new Scope(doc, view, d.path("id").asText(), anchors, NameKeys.key(text), tally);
      EntityScoring.score(scope);
      Map<String, String> events = EventScoring.score(scope);
      ClaimScoring.score(scope, events);
      anchors.unlocated().forEach(a -> tally.warn(doc.document() + ": anchor not in the exported text: " + a));
    }
    return tally.report();
  }

  /**
   * Document fields: published (within the accepted range), publishedInferred, byline (the
   * export's contains the gold one) and dateline (the export's starts with the gold place, so
   * {@code "PESHAWAR, Pakistan"} is {@code "PESHAWAR"}).
   */
  private static void document(GoldDocument gold, JsonNode exp, Tally t) {
    String published = ExportView.text(exp, "published");
    if (gold.publishedFrom() != null) {
      t.slot("documents", "published", Tally.ALL, true, published != null,
          within(published, gold.publishedFrom(), gold.publishedTo()));
    }
    if (gold.publishedInferred() != null) {
      JsonNode inferred = exp.get("publishedInferred");
      t.slot("documents", "publishedInferred", Tally.ALL, true, inferred != null && inferred.isBoolean(),
          inferred != null && inferred.isBoolean() && inferred.asBoolean() == gold.publishedInferred());
    }
    if (gold.byline() != null) {
      String byline = ExportView.text(exp, "byline");
      t.slot("documents", "byline", Tally.ALL, true, byline != null,
          byline != null && NameKeys.key(byline).contains(NameKeys.key(gold.byline())));
    }
    if (gold.dateline() != null) {
      String dateline = ExportView.text(exp, "dateline");
      t.slot("documents", "dateline", Tally.ALL, true, dateline != null,
          dateline != null && (NameKeys.key(dateline) + " ").startsWith(NameKeys.key(gold.dateline()) + " "));
    }
  }

  private static boolean within(@Nullable String date, @Nullable LocalDate from, @Nullable LocalDate to) {
    if (date == null || from == null || to == null) {
      return false;
    }
    try {
      LocalDate d = LocalDate.parse(date);
      return !d.isBefore(from) && !d.isAfter(to);
    } catch (DateTimeParseException e) {
      return false;
    }
  }

  /** A gold document the export lacks: everything it holds is missed. */
  private static void missing(GoldDocument doc, Tally t) {
    doc.entities().stream().filter(e -> !e.optional()).forEach(e -> t.fn("entities", "detection", e.type()));
    doc.events().stream().filter(e -> !e.optional()).forEach(e -> t.fn("events", "detection", e.type()));
    doc.claims().stream().filter(c -> !c.optional()).forEach(c -> t.fn("claims", "detection", c.modality()));
  }

  /** {@code Scorer GOLD_DIR EXPORT.json [--json]}. */
  public static void main(String[] args) {
    System.exit(run(args, System.out, System.err));
  }

  static int run(String[] args, PrintStream out, PrintStream err) {
    Set<String> flags = Set.of("--json");
    var positional = java.util.Arrays.stream(args).filter(a -> !flags.contains(a)).toList();
    if (positional.size() != 2) {
      err.println("usage: Scorer GOLD_DIR EXPORT.json [--json]");
      return 2;
    }
    try {
      Report report = evaluate(Path.of(positional.get(0)), Path.of(positional.get(1)));
      out.print(java.util.Arrays.asList(args).contains("--json") ? report.json() + "\n" : report.table());
      return 0;
    } catch (EvalException e) {
      err.println("error: " + e.getMessage());
      return 2;
    }
  }
}
