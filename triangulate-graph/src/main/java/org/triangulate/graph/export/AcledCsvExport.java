package org.triangulate.graph.export;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.triangulate.graph.StoreException;
import org.triangulate.graph.export.GraphSnapshot.EventGroup;
import org.triangulate.graph.export.GraphSnapshot.EventParticipant;
import org.triangulate.graph.export.GraphSnapshot.SnapshotDocument;
import org.triangulate.graph.internal.EntityGroup;
import org.triangulate.graph.links.Link;
import org.triangulate.model.Geo;

/**
 * Writes one CSV row per event group with ACLED's column names and date format (RFC 4180:
 * comma-separated, CRLF line ends, fields quoted when they hold a comma, quote or line break;
 * UTF-8), so that scripts written for ACLED data read it. What cannot be mapped is left empty,
 * never guessed:
 *
 * <ul>
 *   <li>{@code event_date}: ACLED's "11 February 2021"; a day is time_precision 1, a month is
 *       coded, as ACLED codes it, to the middle of the month with time_precision 3; a year, a
 *       range or an unknown time leaves both empty ({@code year} is filled when known);
 *   <li>{@code event_type}, {@code sub_event_type}: from {@code acled-event-types.tsv} beside
 *       this class;
 *   <li>{@code actor1}: the first named perpetrator or agent, else the source of the
 *       best-graded PERPETRATOR_OF link to the event; {@code assoc_actor_1} the others; {@code
 *       actor2} and {@code assoc_actor_2} the named targets, victims and detainees. Unnamed
 *       actors ("gunmen") are not given ACLED's "Unidentified Armed Group" names;
 *   <li>{@code country} (English name), {@code admin1} (province), {@code location},
 *       coordinates from the gazetteer; {@code geo_precision} 1 for a gazetteer place, else
 *       empty; {@code admin2} is always empty (the gazetteer has no districts);
 *   <li>{@code source}: the outlets of the documents that report it; {@code notes}: their
 *       evidence passages; {@code fatalities}: the number killed, empty when not reported.
 * </ul>
 *
 * Three columns of Triangulate's own follow ACLED's: the event id, type and number of documents.
 * Stateless, so thread-safe.
 */
final class AcledCsvExport {
  static final List<String> COLUMNS = List.of("event_date", "year", "time_precision",
      "event_type", "sub_event_type", "actor1", "assoc_actor_1", "actor2", "assoc_actor_2",
      "country", "admin1", "admin2", "location", "latitude", "longitude", "geo_precision",
      "source", "notes", "fatalities", "triangulate_event_id", "triangulate_event_type",
      "triangulate_documents");

  private static final DateTimeFormatter ACLED_DATE =
      DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.ENGLISH);
  private static final Map<String, String[]> TYPES = types();

  private AcledCsvExport() {}

  static void write(GraphSnapshot g, OutputStream out) {
    Map<String, EntityGroup> entities = g.entityIndex();
    Map<String, SnapshotDocument> documents = g.documentIndex();
    Map<String, List<Link>> perpetrators = new HashMap<>();
    g.links().stream().filter(l -> l.type().equals("PERPETRATOR_OF"))
        .forEach(l -> perpetrators.computeIfAbsent(l.target(), k -> new ArrayList<>()).add(l));
    try {
      Writer w = new OutputStreamWriter(out, StandardCharsets.UTF_8);
      row(w, COLUMNS);
      for (EventGroup v : g.events()) {
        row(w, row(v, entities, documents, perpetrators.getOrDefault(v.id(), List.of())));
      }
      w.flush();
    } catch (IOException e) {
      throw new StoreException("export: cannot write CSV: " + e.getMessage(), e);
    }
  }

  private static List<String> row(EventGroup v, Map<String, EntityGroup> entities,
      Map<String, SnapshotDocument> documents, List<Link> perpetrators) {
    ExportedEvent f = v.fields();
    Map<String, String> r = new HashMap<>();
    date(f, r);
    String[] type = TYPES.getOrDefault(f.type(), new String[] {"", ""});
    r.put("event_type", type[0]);
    r.put("sub_event_type", type[1]);
    List<String> first = names(v, entities, Set.of("PERPETRATOR", "AGENT"));
    if (first.isEmpty()) {
      perpetrators.stream().sorted(Comparator.comparing(Link::grade))
          .map(l -> entities.get(l.source())).filter(e -> e != null)
          .forEach(e -> first.add(e.name()));
    }
    actors(r, "1", first);
    actors(r, "2", names(v, entities, Set.of("TARGET", "VICTIM", "DETAINEE")));
    EntityGroup place = f.location() == null ? null : entities.get(f.location());
    if (place != null) {
      r.put("location", place.name());
      Geo geo = place.geo();
      if (geo != null) {
        r.put("country", Locale.of("", geo.country()).getDisplayCountry(Locale.ENGLISH));
        r.put("admin1", geo.province() == null ? "" : geo.province());
        r.put("latitude", String.valueOf(geo.lat()));
        r.put("longitude", String.valueOf(geo.lon()));
        r.put("geo_precision", geo.gazetteerId() == null ? "" : "1");
      }
    }
    Set<String> outlets = new LinkedHashSet<>();
    v.documents().forEach(d -> {
      SnapshotDocument doc = documents.get(d);
      if (doc != null && doc.source() != null) {
        outlets.add(doc.source());
      }
    });
    r.put("source", String.join("; ", outlets));
    r.put("notes", String.join(" ", v.evidence()));
    r.put("fatalities", f.killed() == null ? "" : f.killed().toString());
    r.put("triangulate_event_id", v.id());
    r.put("triangulate_event_type", f.type());
    r.put("triangulate_documents", String.valueOf(v.documents().size()));
    return COLUMNS.stream().map(c -> r.getOrDefault(c, "")).toList();
  }

  /** event_date, year and time_precision, as far as the event's time allows. */
  private static void date(ExportedEvent f, Map<String, String> r) {
    String value = f.timeValue();
    if (value == null) {
      return;
    }
    switch (f.precision()) {
      case "DAY" -> {
        LocalDate day = LocalDate.parse(value);
        r.put("event_date", ACLED_DATE.format(day));
        r.put("year", String.valueOf(day.getYear()));
        r.put("time_precision", "1");
      }
      case "MONTH" -> {
        YearMonth month = YearMonth.parse(value);
        r.put("event_date", ACLED_DATE.format(month.atDay(15)));
        r.put("year", String.valueOf(month.getYear()));
        r.put("time_precision", "3");
      }
      case "YEAR" -> r.put("year", value.substring(0, 4));
      default -> { } // a range: ACLED has no code for it
    }
  }

  private static List<String> names(EventGroup v, Map<String, EntityGroup> entities,
      Set<String> roles) {
    Set<String> out = new LinkedHashSet<>();
    for (EventParticipant p : v.participants()) {
      EntityGroup e = p.entity() == null ? null : entities.get(p.entity());
      if (e != null && roles.contains(p.role())) {
        out.add(e.name());
      }
    }
    return new ArrayList<>(out);
  }

  private static void actors(Map<String, String> r, String n, List<String> names) {
    if (!names.isEmpty()) {
      r.put("actor" + n, names.getFirst());
      r.put("assoc_actor_" + n, String.join("; ", names.subList(1, names.size())));
    }
  }

  /** Writes one RFC 4180 record. */
  static void row(Writer w, List<String> fields) throws IOException {
    for (int i = 0; i < fields.size(); i++) {
      if (i > 0) {
        w.write(',');
      }
      String f = fields.get(i);
      if (f.indexOf(',') >= 0 || f.indexOf('"') >= 0 || f.indexOf('\n') >= 0
          || f.indexOf('\r') >= 0) {
        w.write('"');
        w.write(f.replace("\"", "\"\""));
        w.write('"');
      } else {
        w.write(f);
      }
    }
    w.write("\r\n");
  }

  private static Map<String, String[]> types() {
    Map<String, String[]> out = new HashMap<>();
    try (InputStream in = AcledCsvExport.class.getResourceAsStream("acled-event-types.tsv")) {
      if (in == null) {
        throw new StoreException("acled-event-types.tsv missing from the classpath");
      }
      BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
      for (String line; (line = r.readLine()) != null; ) {
        if (line.isBlank() || line.startsWith("#")) {
          continue;
        }
        String[] f = line.split("\t");
        if (f.length != 3) {
          throw new StoreException("acled-event-types.tsv: expected 'type<TAB>event_type<TAB>"
              + "sub_event_type': " + line);
        }
        out.put(f[0], new String[] {dash(f[1]), dash(f[2])});
      }
    } catch (IOException e) {
      throw new StoreException("cannot read acled-event-types.tsv: " + e.getMessage(), e);
    }
    return Map.copyOf(out);
  }

  private static String dash(String cell) {
    return cell.equals("-") ? "" : cell;
  }
}
