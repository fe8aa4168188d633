package org.triangulate.ingest.coded;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Consumer;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.jspecify.annotations.Nullable;
import org.triangulate.ingest.IngestException;
import org.triangulate.ingest.coded.CodedEvent.CodedPlace;
import org.triangulate.ingest.coded.CodedEvent.Side;
import org.triangulate.model.TimeSpec;

/**
 * Reads ACLED and GTD rows from CSV files in those datasets' own column layouts (a header row
 * names the columns; their order does not matter; lines starting with {@code #} are comments).
 * Rows of types Triangulate does not model ({@link EventTypes}) are skipped and counted by type.
 * A file without a needed column is one error naming the file and the column; a bad row is an
 * entry that fails alone, naming the row and the value. Stateless and thread-safe; the file is
 * streamed.
 */
public final class CodedRows {
  private static final CSVFormat FORMAT = CSVFormat.RFC4180.builder().setHeader()
      .setSkipHeaderRecord(true).setCommentMarker('#').setTrim(true).setIgnoreEmptyLines(true).get();
  private static final DateTimeFormatter ACLED_DATE =
      DateTimeFormatter.ofPattern("d MMMM uuuu", Locale.ENGLISH);

  /** The datasets whose layouts are read. */
  public enum Dataset {
    /** Armed Conflict Location &amp; Event Data: {@code event_id_cnty, event_date, …}. */
    ACLED(List.of("event_id_cnty", "event_date", "sub_event_type", "actor1", "country",
        "fatalities")),
    /** Global Terrorism Database: {@code eventid, iyear, imonth, iday, …}. */
    GTD(List.of("eventid", "iyear", "imonth", "iday", "country_txt", "attacktype1_txt", "gname"));

    private final List<String> required;

    Dataset(List<String> required) {
      this.required = required;
    }
  }

  private CodedRows() {}

  /**
   * Gives {@code action} each row of a modelled type, in order.
   *
   * @param name the file's name, which every row's name starts with
   * @return the rows skipped because their type is not modelled, counted by type
   * @throws IngestException naming the file when it is not CSV or lacks a needed column
   */
  public static Map<String, Integer> forEach(
      Dataset dataset, String name, Reader in, Consumer<CodedRow> action) {
    Map<String, Integer> skipped = new TreeMap<>();
    try (CSVParser csv = CSVParser.parse(in, FORMAT)) {
      checkColumns(dataset, name, csv.getHeaderMap().keySet());
      for (CSVRecord r : csv) {
        row(dataset, name, r.getRecordNumber(), r.toMap(), r.values(), action, skipped);
      }
    } catch (IOException | UncheckedIOException | IllegalArgumentException | IllegalStateException e) {
      // commons-csv reports a broken quote or a duplicate header this way, mid-file or at the start
      String reason = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
      throw new IngestException(name + ": not readable CSV: " + oneShortLine(reason), e);
    }
    return skipped;
  }

  /** A value for a message, in one line and cut short: a quoted CSV field can hold a whole text. */
  static String quoted(String value) {
    return "\"" + oneShortLine(value.replaceAll("\\R", " ")) + "\"";
  }

  /** commons-csv's message in one line, cut short: it can quote a whole header or row. */
  static String oneShortLine(String message) {
    String line = message.lines().findFirst().orElse("");
    return line.length() <= 120 ? line : line.substring(0, 120) + "…";
  }

  /** @throws IngestException naming the file when {@code columns} lack one the dataset needs */
  static void checkColumns(Dataset dataset, String name, Collection<String> columns) {
    for (String column : dataset.required) {
      if (!columns.contains(column)) {
        throw IngestException.of(name, "not an " + dataset + " file: no column " + column);
      }
    }
  }

  /**
   * One row, its values by column: given to {@code action} when its type is modelled, else
   * counted in {@code skipped}.
   *
   * @param number the row's number among the data rows, from 1
   * @param values the row's values in column order, kept as its raw CSV
   */
  static void row(Dataset dataset, String name, long number, Map<String, String> byColumn,
      String[] values, Consumer<CodedRow> action, Map<String, Integer> skipped) {
    String type = dataset == Dataset.ACLED ? value(byColumn, "sub_event_type")
        : value(byColumn, "attacktype1_txt");
    String codedType = type == null ? "(no type)" : type;
    String id = value(byColumn, dataset == Dataset.ACLED ? "event_id_cnty" : "eventid");
    String rowName = name + " row " + number + " (" + (id == null ? "no id" : id) + ")";
    String raw = CSVFormat.RFC4180.format((Object[]) values);
    Map<String, String> row = new HashMap<>(byColumn);
    if (EventTypes.bundled().find(dataset.name(), codedType).isPresent()) {
      action.accept(new CodedRow(rowName, raw, () -> event(dataset, rowName, row)));
    } else {
      skipped.merge(codedType, 1, Integer::sum);
    }
  }

  private static CodedEvent event(Dataset dataset, String row, Map<String, String> r) {
    Values v = new Values(row, r);
    return dataset == Dataset.ACLED ? acled(v) : gtd(v);
  }

  private static CodedEvent acled(Values v) {
    String type = v.required("sub_event_type");
    String date = v.required("event_date");
    String actor1 = v.optional("actor1");
    String actor2 = v.optional("actor2");
    String source = v.optional("source");
    return new CodedEvent("ACLED", v.required("event_id_cnty"), type, List.of(),
        EventTypes.bundled().find("ACLED", type).orElseThrow(), acledDate(v.row, date),
        TimeSpec.Precision.DAY, actor1 == null ? List.of() : List.of(Side.named(actor1)),
        actor2 == null ? List.of() : List.of(Side.named(actor2)),
        associates(v.optional("assoc_actor_1"), actor1), associates(v.optional("assoc_actor_2"), actor2),
        new CodedPlace(v.optional("location"), v.optional("admin2"), v.optional("admin1"),
            v.required("country"), v.coordinate("latitude", 90), v.coordinate("longitude", 180)),
        v.count("fatalities"), null, source == null ? List.of() : List.of(source),
        CitedOutlets.acled(source), null, v.optional("notes"), false);
  }

  private static CodedEvent gtd(Values v) {
    String type = v.required("attacktype1_txt");
    int year = v.integer("iyear", 1970, 2100);
    int month = v.integer("imonth", 0, 12);
    int day = v.integer("iday", 0, 31);
    String date;
    TimeSpec.Precision precision;
    if (month == 0) {
      date = Integer.toString(year);
      precision = TimeSpec.Precision.YEAR;
    } else if (day == 0) {
      date = String.format(Locale.ROOT, "%04d-%02d", year, month);
      precision = TimeSpec.Precision.MONTH;
    } else {
      date = v.date(year, month, day);
      precision = TimeSpec.Precision.DAY;
    }
    List<String> sources = v.all("scite1", "scite2", "scite3");
    return new CodedEvent("GTD", v.required("eventid"), type,
        v.coded("attacktype2_txt", "attacktype3_txt").stream().filter(t -> !t.equals(type)).toList(),
        EventTypes.bundled().find("GTD", type).orElseThrow(), date, precision,
        GtdSides.groups(v), GtdSides.targets(v), List.of(), List.of(),
        new CodedPlace(v.optional("city"), null, v.optional("provstate"),
            v.required("country_txt"), v.coordinate("latitude", 90), v.coordinate("longitude", 180)),
        v.count("nkill"), v.count("nwound"), sources, CitedOutlets.gtd(sources),
        v.optional("dbsource"), v.optional("summary"), v.yes("compclaim"));
  }

  /**
   * ACLED's associated actors: names separated by {@code ;}, blanks and repeats (and the side's
   * own actor, named again) dropped, in the row's order.
   */
  static List<String> associates(@Nullable String value, @Nullable String actor) {
    if (value == null) {
      return List.of();
    }
    Set<String> names = new LinkedHashSet<>();
    for (String name : value.split(";")) {
      String n = name.strip();
      if (!n.isEmpty() && !n.equals(actor)) {
        names.add(n);
      }
    }
    return List.copyOf(names);
  }

  private static String acledDate(String row, String value) {
    try {
      return value.length() == 10 && value.charAt(4) == '-'
          ? LocalDate.parse(value).toString()
          : LocalDate.parse(value, ACLED_DATE).toString();
    } catch (DateTimeParseException e) {
      throw IngestException.of(row, "event_date is not a date: " + quoted(value));
    }
  }

  private static @Nullable String value(Map<String, String> r, String column) {
    String v = r.get(column);
    return v == null || v.isBlank() ? null : v.strip();
  }

  /** A row's values, each checked with an error naming the row, the column and the value. */
  record Values(String row, Map<String, String> r) {
    @Nullable String optional(String column) {
      return value(r, column);
    }

    /**
     * A coded name or label: GTD writes {@code Unknown} (or {@code .}) for what it does not know,
     * and {@code Not Applicable} for a target that is no organisation: absent, not a name.
     */
    @Nullable String coded(String column) {
      String v = value(r, column);
      return v == null || v.equals(".") || v.equalsIgnoreCase("unknown")
          || v.equalsIgnoreCase("not applicable") ? null : v;
    }

    /** The coded values of {@code columns} that are present, in column order, repeats dropped. */
    List<String> coded(String... columns) {
      Set<String> out = new LinkedHashSet<>();
      for (String column : columns) {
        String v = coded(column);
        if (v != null) {
          out.add(v);
        }
      }
      return List.copyOf(out);
    }

    /** The values of {@code columns} that are present, as written, in column order. */
    List<String> all(String... columns) {
      Set<String> out = new LinkedHashSet<>();
      for (String column : columns) {
        String v = value(r, column);
        if (v != null) {
          out.add(v);
        }
      }
      return List.copyOf(out);
    }

    /** A yes/no column: GTD's 1 is yes; 0, -9 (unknown) and blank are not. */
    boolean yes(String column) {
      return "1".equals(value(r, column)) || "1.0".equals(value(r, column));
    }

    String required(String column) {
      String v = value(r, column);
      if (v == null) {
        throw IngestException.of(row, column + " is empty");
      }
      return v;
    }

    /** A count: blank is not coded; GTD writes some as decimals ("3.0"); GTD's -99 is unknown. */
    @Nullable Integer count(String column) {
      String v = value(r, column);
      if (v == null) {
        return null;
      }
      try {
        double d = Double.parseDouble(v);
        if (d == -99 || d == -9) {
          return null;
        }
        if (d < 0 || d != Math.rint(d) || d > Integer.MAX_VALUE) {
          throw new NumberFormatException();
        }
        return (int) d;
      } catch (NumberFormatException e) {
        throw IngestException.of(row, column + " is not a count: " + quoted(v));
      }
    }

    int integer(String column, int min, int max) {
      String v = required(column);
      try {
        int n = Integer.parseInt(v);
        if (n < min || n > max) {
          throw new NumberFormatException();
        }
        return n;
      } catch (NumberFormatException e) {
        throw IngestException.of(row, column + " must be a whole number from " + min + " to " + max
            + ": " + quoted(v));
      }
    }

    @Nullable Double coordinate(String column, double limit) {
      String v = value(r, column);
      if (v == null) {
        return null;
      }
      try {
        double d = Double.parseDouble(v);
        if (Double.isNaN(d) || Math.abs(d) > limit) {
          throw new NumberFormatException();
        }
        return d;
      } catch (NumberFormatException e) {
        throw IngestException.of(row, column + " is not a coordinate: " + quoted(v));
      }
    }

    String date(int year, int month, int day) {
      try {
        return LocalDate.of(year, month, day).toString();
      } catch (java.time.DateTimeException e) {
        throw IngestException.of(row, "no such day: " + year + "-" + month + "-" + day);
      }
    }
  }
}
