package org.triangulate.eval;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;

/**
 * Precision, recall and F1 per (section, field, type), micro-averaged over the gold documents.
 * Sections are {@code documents}, {@code entities}, {@code events}, {@code claims}; the field
 * {@code detection} counts aligned items, the other fields count slots of aligned items; type {@code
 * ALL} sums the others. An empty denominator gives 1.0 (nothing was wrongly said, or nothing was
 * there to find), so a row with only misses has P=1, R=0, F1=0. Immutable and thread-safe.
 */
public final class Report {
  private static final List<String> SECTIONS = List.of("documents", "entities", "events", "claims");
  private static final ObjectMapper JSON = new ObjectMapper();

  private final List<Row> rows;
  private final List<String> warnings;

  /** Fields in the order the table prints them; others follow alphabetically. */
  private static final List<String> FIELDS = List.of("detection", "published", "publishedInferred",
      "byline", "dateline", "type", "aliases", "descriptions", "time.value", "time.precision",
      "time.basis", "place", "killed", "injured", "participant.AGENT", "participant.PERPETRATOR",
      "participant.TARGET", "participant.VICTIM", "participant.DETAINEE", "participant.CLAIMANT",
      "speaker", "via", "modality", "predicate", "subject", "object", "section");

  Report(List<Row> rows, List<String> warnings) {
    Comparator<Row> order = Comparator.comparingInt((Row r) -> SECTIONS.indexOf(r.section()))
        .thenComparingInt(r -> FIELDS.contains(r.field()) ? FIELDS.indexOf(r.field()) : FIELDS.size())
        .thenComparing(Row::field)
        .thenComparing(r -> r.type().equals(Tally.ALL) ? "" : r.type());
    this.rows = rows.stream().sorted(order).toList();
    this.warnings = List.copyOf(warnings);
  }

  /** One line of the report. */
  public record Row(String section, String field, String type, long tp, long fp, long fn) {
    public Row {
      Objects.requireNonNull(section, "section");
      Objects.requireNonNull(field, "field");
      Objects.requireNonNull(type, "type");
    }

    public double precision() {
      return tp + fp == 0 ? 1.0 : (double) tp / (tp + fp);
    }

    public double recall() {
      return tp + fn == 0 ? 1.0 : (double) tp / (tp + fn);
    }

    public double f1() {
      double p = precision();
      double r = recall();
      return p + r == 0 ? 0 : 2 * p * r / (p + r);
    }
  }

  public List<Row> rows() {
    return rows;
  }

  /** Anchors the export's text lacked, gold documents missing from the export. */
  public List<String> warnings() {
    return warnings;
  }

  /** The row of a section, field and type ({@code "ALL"} for all types). */
  public Optional<Row> findRow(String section, String field, String type) {
    return rows.stream()
        .filter(r -> r.section().equals(section) && r.field().equals(field) && r.type().equals(type))
        .findFirst();
  }

  /** Like {@link #findRow}, but throws when the report has no such row. */
  public Row row(String section, String field, String type) {
    return findRow(section, field, type).orElseThrow(() -> new EvalException(
        "report: no row for section=" + section + ", field=" + field + ", type=" + type));
  }

  /** An aligned text table, one row per line, then the warnings. */
  public String table() {
    String[] head = {"section", "field", "type", "tp", "fp", "fn", "P", "R", "F1"};
    List<String[]> lines = new java.util.ArrayList<>();
    lines.add(head);
    for (Row r : rows) {
      lines.add(new String[] {r.section(), r.field(), r.type(), Long.toString(r.tp()),
          Long.toString(r.fp()), Long.toString(r.fn()), fmt(r.precision()), fmt(r.recall()),
          fmt(r.f1())});
    }
    int[] width = new int[head.length];
    lines.forEach(l -> {
      for (int i = 0; i < l.length; i++) {
        width[i] = Math.max(width[i], l[i].length());
      }
    });
    StringBuilder sb = new StringBuilder();
    for (String[] l : lines) {
      for (int i = 0; i < l.length; i++) {
        String cell = i < 3 ? pad(l[i], width[i], false) : pad(l[i], width[i], true);
        sb.append(cell).append(i + 1 < l.length ? "  " : "");
      }
      sb.append(System.lineSeparator());
    }
    warnings.forEach(w -> sb.append("warning: ").append(w).append(System.lineSeparator()));
    return sb.toString();
  }

  /** The same as {@link #table()}, as a JSON object {@code {format, rows: [...], warnings: [...]}}. */
  public String json() {
    ObjectNode root = JSON.createObjectNode();
    root.put("format", "triangulate-eval/1");
    ArrayNode arr = root.putArray("rows");
    for (Row r : rows) {
      arr.addObject().put("section", r.section()).put("field", r.field()).put("type", r.type())
          .put("tp", r.tp()).put("fp", r.fp()).put("fn", r.fn())
          .put("precision", round(r.precision())).put("recall", round(r.recall()))
          .put("f1", round(r.f1()));
    }
    ArrayNode w = root.putArray("warnings");
    warnings.forEach(w::add);
    try {
      return JSON.writerWithDefaultPrettyPrinter().writeValueAsString(root);
    } catch (JsonProcessingException e) {
      throw new EvalException("report: cannot write JSON: " + e.getOriginalMessage(), e);
    }
  }

  @Override
  public String toString() {
    return table();
  }

  private static String fmt(double d) {
    return String.format(Locale.ROOT, "%.3f", d);
  }

  private static double round(double d) {
    return Math.round(d * 10000) / 10000.0;
  }

  private static String pad(String s, int w, boolean right) {
    String fill = " ".repeat(w - s.length());
    return right ? fill + s : s + fill;
  }
}
