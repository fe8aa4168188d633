package org.triangulate.cli;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.Writer;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.triangulate.graph.timeline.TimelineEntry;
import org.triangulate.model.Geo;

/**
 * Writes the {@code events} listing as text (two lines an event, as {@code timeline} prints),
 * CSV (RFC 4180, one row an event, a header first) or JSON (an array of objects with the CSV's
 * columns as keys, numbers as numbers). Stateless.
 */
final class EventListing {
  /** The formats as the command line spells them. */
  enum Format { text, csv, json }

  static final List<String> COLUMNS = List.of("id", "group", "type", "time", "basis", "start",
      "end", "place", "province", "country", "lat", "lon", "killed", "injured", "participants",
      "document_id", "document", "evidence");

  private EventListing() {}

  static void write(Format format, List<TimelineEntry> events, Writer w) throws IOException {
    switch (format) {
      case text -> text(events, w);
      case csv -> csv(events, w);
      case json -> json(events, w);
    }
    w.flush();
  }

  private static void text(List<TimelineEntry> events, Writer w) {
    PrintWriter out = w instanceof PrintWriter p ? p : new PrintWriter(w);
    for (TimelineEntry e : events) {
      String when = e.time() == null ? "undated"
          : e.time() + (e.basis().equals("REPORTED") ? " (reported)" : "");
      String toll = EventClaimPrinter.casualties(e.killed(), e.injured());
      out.printf("%-24s %-15s %s%s%s  [%s]%n", when, e.type(), e.place() == null ? ""
              : "at " + e.place() + where(e.placeGeo()) + "  ",
          String.join("; ", e.participants()), toll.equals("not stated") ? "" : "  (" + toll + ")",
          e.group().equals(e.event()) ? e.event() : e.event() + " in " + e.group());
      out.printf("%24s %s%n", "", e.evidence().length() > 110
          ? e.evidence().substring(0, 110) + "…" : e.evidence());
    }
    out.flush();
  }

  /** " (Ghazni, AF)": the province and country a place is in, where the gazetteer knows them. */
  private static String where(@Nullable Geo g) {
    if (g == null) {
      return "";
    }
    return " (" + (g.province() == null ? "" : g.province() + ", ") + g.country() + ")";
  }

  private static List<@Nullable Object> values(TimelineEntry e) {
    Geo g = e.placeGeo();
    List<@Nullable Object> v = new ArrayList<>();
    v.add(e.event());
    v.add(e.group());
    v.add(e.type());
    v.add(e.time());
    v.add(e.basis());
    v.add(e.start() == null ? null : e.start().toString());
    v.add(e.end() == null ? null : e.end().toString());
    v.add(e.place());
    v.add(g == null ? null : g.province());
    v.add(g == null ? null : g.country());
    v.add(g == null ? null : g.lat());
    v.add(g == null ? null : g.lon());
    v.add(e.killed());
    v.add(e.injured());
    v.add(String.join("; ", e.participants()));
    v.add(e.documentId());
    v.add(e.document());
    v.add(e.evidence());
    return v;
  }

  private static void csv(List<TimelineEntry> events, Writer w) throws IOException {
    row(w, new ArrayList<>(COLUMNS));
    for (TimelineEntry e : events) {
      row(w, values(e));
    }
  }

  /** One RFC 4180 record; an empty field for a value not known. */
  static void row(Writer w, List<@Nullable Object> fields) throws IOException {
    for (int i = 0; i < fields.size(); i++) {
      if (i > 0) {
        w.write(',');
      }
      Object value = fields.get(i);
      String f = value == null ? "" : value.toString();
      if (f.indexOf(',') >= 0 || f.indexOf('"') >= 0 || f.indexOf('\n') >= 0
          || f.indexOf('\r') >= 0) {
        w.write('"' + f.replace("\"", "\"\"") + '"');
      } else {
        w.write(f);
      }
    }
    w.write("\r\n");
  }

  private static void json(List<TimelineEntry> events, Writer w) throws IOException {
    List<Map<String, @Nullable Object>> rows = new ArrayList<>();
    for (TimelineEntry e : events) {
      Map<String, @Nullable Object> row = new LinkedHashMap<>();
      List<@Nullable Object> v = values(e);
      for (int i = 0; i < COLUMNS.size(); i++) {
        row.put(COLUMNS.get(i), v.get(i));
      }
      row.put("participants", e.participants());
      rows.add(row);
    }
    new ObjectMapper().disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET)
        .writerWithDefaultPrettyPrinter().writeValue(w, rows);
    w.write(System.lineSeparator());
  }
}
