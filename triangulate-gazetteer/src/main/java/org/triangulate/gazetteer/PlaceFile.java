package org.triangulate.gazetteer;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.GZIPInputStream;

/**
 * Reads the packed gazetteer: a gzipped UTF-8 TSV, {@code #} lines first, then one place a line
 * with the columns id, kind ({@code C}, {@code P}, {@code N}), name, lat, lon, country, province,
 * population, GeoNames feature code and alternate names separated by {@code |}. The format is
 * written by {@code build/places.mjs}; its header says where the data comes from.
 */
final class PlaceFile {
  /** The bundled file, beside this class. */
  static final String BUNDLED = "places.tsv.gz";

  private static final int COLUMNS = 10;

  /** A parsed line: the place and the names it is found under. */
  private record Row(Place place, String alternates) {}

  private PlaceFile() {}

  /** The bundled gazetteer; throws when the jar lacks it. */
  static Gazetteer bundled() {
    InputStream in = PlaceFile.class.getResourceAsStream(BUNDLED);
    if (in == null) {
      throw new GazetteerException("gazetteer resource missing from the class path: "
          + PlaceFile.class.getPackageName().replace('.', '/') + "/" + BUNDLED);
    }
    return read(in, BUNDLED);
  }

  /** Reads a packed gazetteer and closes the stream; {@code source} names it in errors. */
  static Gazetteer read(InputStream in, String source) {
    List<Row> rows = new ArrayList<>(210_000);
    Map<String, String> pool = new HashMap<>();
    try (BufferedReader reader = new BufferedReader(new InputStreamReader(
        new GZIPInputStream(in, 1 << 16), StandardCharsets.UTF_8), 1 << 16)) {
      int number = 0;
      for (String line = reader.readLine(); line != null; line = reader.readLine()) {
        number++;
        if (!line.isEmpty() && line.charAt(0) != '#') {
          rows.add(parse(line, source, number, pool));
        }
      }
    } catch (IOException e) {
      throw new GazetteerException(source + ": cannot be read: " + e.getMessage(), e);
    }
    // Stable sort: index lists come out by population, the order lookups return.
    rows.sort(Comparator.comparingLong((Row r) -> r.place().population()).reversed());
    return index(rows);
  }

  private static Gazetteer index(List<Row> rows) {
    List<Place> places = new ArrayList<>(rows.size());
    Map<String, int[]> index = new HashMap<>(rows.size() * 4);
    for (Row row : rows) {
      int i = places.size();
      places.add(row.place());
      boolean arabic = NameKey.arabicNamed(row.place().country());
      addName(index, row.place().name(), i, arabic);
      String alternates = row.alternates();
      for (int from = 0; from < alternates.length(); ) {
        int to = alternates.indexOf('|', from);
        to = to < 0 ? alternates.length() : to;
        addName(index, alternates.substring(from, to), i, arabic);
        from = to + 1;
      }
    }
    return new Gazetteer(places, index);
  }

  /** Indexes a name, and an Arabic place's name also without its article ("Al Anbar" as "Anbar"). */
  private static void addName(Map<String, int[]> index, String name, int place, boolean arabic) {
    String key = NameKey.of(name);
    add(index, key, place);
    if (arabic) {
      NameKey.withoutArticle(key).ifPresent(bare -> add(index, bare, place));
    }
  }

  private static void add(Map<String, int[]> index, String key, int place) {
    if (key.isEmpty()) {
      return;
    }
    int[] old = index.get(key);
    if (old == null) {
      index.put(key, new int[] {place});
    } else if (old[old.length - 1] != place) {
      int[] grown = Arrays.copyOf(old, old.length + 1);
      grown[old.length] = place;
      index.put(key, grown);
    }
  }

  private static Row parse(String line, String source, int number, Map<String, String> pool) {
    String[] f = line.split("\t", -1);
    if (f.length != COLUMNS) {
      throw new GazetteerException(source + ": line " + number + " needs " + COLUMNS
          + " tab-separated columns: found " + f.length);
    }
    try {
      Place place = new Place(f[0], f[2], Double.parseDouble(f[3]), Double.parseDouble(f[4]),
          pool.computeIfAbsent(f[5], k -> k),
          f[6].isEmpty() ? null : pool.computeIfAbsent(f[6], k -> k),
          kind(f[1]), Long.parseLong(f[7]));
      return new Row(place, f[9]);
    } catch (IllegalArgumentException e) {
      throw new GazetteerException(source + ": line " + number + ": " + e.getMessage(), e);
    }
  }

  private static Place.Kind kind(String code) {
    return switch (code) {
      case "C" -> Place.Kind.CITY;
      case "P" -> Place.Kind.PROVINCE;
      case "N" -> Place.Kind.COUNTRY;
      default -> throw new IllegalArgumentException("kind must be C, P or N: " + code);
    };
  }
}
