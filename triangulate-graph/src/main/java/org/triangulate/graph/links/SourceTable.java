package org.triangulate.graph.links;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.triangulate.graph.StoreException;

/**
 * How far an origin is trusted: the bundled {@code sources.tsv} (Admiralty source reliability
 * A–F, category, interested party, and the organisation it is part of), overridden line by line
 * by user files. Immutable.
 */
public final class SourceTable {
  /** Parents deeper than this are taken for a cycle in a user's table and not followed. */
  private static final int MAX_DEPTH = 8;

  /**
   * What the table says of one origin.
   *
   * @param parent the organisation it is part of (an office of a department), or null
   */
  public record Rating(char reliability, String category, boolean interested, @Nullable String parent) {
    static final Rating UNKNOWN = new Rating('F', "unknown", false, null);
  }

  private final Map<String, Rating> patterns;
  private final Set<String> parents;

  private SourceTable(Map<String, Rating> patterns) {
    this.patterns = Map.copyOf(patterns);
    this.parents = patterns.values().stream().map(Rating::parent).filter(Objects::nonNull)
        .map(p -> p.toLowerCase(Locale.ROOT)).collect(Collectors.toUnmodifiableSet());
  }

  /**
   * The organisation an origin answers to, when the table places it in one: its top-most parent
   * ({@code Office of Foreign Assets Control} → {@code U.S. Department of the Treasury}), or the
   * origin itself when it is a parent. An office and its department are one origin, not two
   * independent ones. Empty when the table names no parent for it and it is no one's parent.
   */
  public Optional<String> family(String name) {
    String top = name;
    for (int depth = 0; depth < MAX_DEPTH; depth++) {
      Rating r = patterns.get(top.toLowerCase(Locale.ROOT));
      if (r == null || r.parent() == null) {
        break;
      }
      top = r.parent();
    }
    return top.equals(name) && !parents.contains(name.toLowerCase(Locale.ROOT))
        ? Optional.empty() : Optional.of(top);
  }

  public static SourceTable bundled() {
    return load(List.of());
  }

  /** The bundled table, then each file in order; a later line for the same pattern wins. */
  public static SourceTable load(List<Path> userFiles) {
    Map<String, Rating> patterns = new LinkedHashMap<>();
    try (InputStream in = SourceTable.class.getResourceAsStream("sources.tsv")) {
      if (in == null) {
        throw new StoreException("sources.tsv missing from the classpath");
      }
      read("sources.tsv", new InputStreamReader(in, StandardCharsets.UTF_8), patterns);
      for (Path p : userFiles) {
        try (Reader r = Files.newBufferedReader(p, StandardCharsets.UTF_8)) {
          read(p.toString(), r, patterns);
        }
      }
    } catch (IOException e) {
      throw new StoreException("cannot read a source table: " + e.getMessage(), e);
    }
    return new SourceTable(patterns);
  }

  private static void read(String name, Reader reader, Map<String, Rating> into) throws IOException {
    BufferedReader r = new BufferedReader(reader);
    int n = 0;
    for (String line; (line = r.readLine()) != null; ) {
      n++;
      if (line.isBlank() || line.startsWith("#")) {
        continue;
      }
      String[] f = line.split("\t");
      if (f.length < 4 || f.length > 5 || f[1].length() != 1 || "ABCDEF".indexOf(f[1].charAt(0)) < 0
          || !(f[3].equals("yes") || f[3].equals("no")) || f.length == 5 && f[4].isBlank()) {
        throw new StoreException(name + ":" + n
            + ": expected 'pattern<TAB>A-F<TAB>category<TAB>yes|no[<TAB>parent]': " + line);
      }
      into.put(f[0].toLowerCase(Locale.ROOT),
          new Rating(f[1].charAt(0), f[2], f[3].equals("yes"), f.length == 5 ? f[4].strip() : null));
    }
  }

  /**
   * The rating of an origin.
   *
   * @param name the organisation's or outlet's name
   * @param kb its knowledge-base id, or null
   * @param kind "org", "outlet", "comment" or "basis"
   */
  public Rating rate(@Nullable String name, @Nullable String kb, String kind) {
    if (kind.equals("comment")) {
      return patterns.getOrDefault("comment:*", Rating.UNKNOWN);
    }
    String key = name == null ? "" : name.toLowerCase(Locale.ROOT);
    if (kind.equals("outlet") && patterns.containsKey("outlet:" + key)) {
      return patterns.get("outlet:" + key);
    }
    if (patterns.containsKey(key)) {
      return patterns.get(key);
    }
    if (kb != null) {
      return patterns.getOrDefault("kb:" + kb, patterns.getOrDefault("kb:*", Rating.UNKNOWN));
    }
    return Rating.UNKNOWN;
  }
}
