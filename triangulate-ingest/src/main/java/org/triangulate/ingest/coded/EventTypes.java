package org.triangulate.ingest.coded;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.triangulate.model.EventType;
import org.triangulate.model.Role;

/**
 * The coded types of ACLED and GTD that Triangulate models, read from {@code event-types.tsv}
 * beside this class (which says where its facts come from). Immutable and thread-safe.
 */
public final class EventTypes {
  private static final EventTypes BUNDLED = load();

  private final Map<String, Mapping> byDatasetAndType;

  /**
   * What a coded type becomes.
   *
   * @param type the event type
   * @param side1 the role of the acting side
   * @param side2 the role of the other side
   */
  public record Mapping(EventType type, Role side1, Role side2) {
    public Mapping {
      Objects.requireNonNull(type, "type");
      Objects.requireNonNull(side1, "side1");
      Objects.requireNonNull(side2, "side2");
    }
  }

  private EventTypes(Map<String, Mapping> byDatasetAndType) {
    this.byDatasetAndType = Map.copyOf(byDatasetAndType);
  }

  /** The bundled table. */
  public static EventTypes bundled() {
    return BUNDLED;
  }

  /** What {@code codedType} of {@code dataset} becomes; empty for types not modelled. */
  public Optional<Mapping> find(String dataset, String codedType) {
    return Optional.ofNullable(byDatasetAndType.get(dataset + "\t" + codedType.strip()));
  }

  private static EventTypes load() {
    Map<String, Mapping> map = new HashMap<>();
    try (InputStream in = EventTypes.class.getResourceAsStream("event-types.tsv")) {
      BufferedReader lines = new BufferedReader(
          new InputStreamReader(Objects.requireNonNull(in, "event-types.tsv"), StandardCharsets.UTF_8));
      for (String line = lines.readLine(); line != null; line = lines.readLine()) {
        if (line.isBlank() || line.startsWith("#")) {
          continue;
        }
        String[] f = line.split("\t");
        map.put(f[0] + "\t" + f[1], new Mapping(
            EventType.valueOf(f[2]), Role.valueOf(f[3]), Role.valueOf(f[4])));
      }
    } catch (IOException e) {
      throw new UncheckedIOException("event-types.tsv cannot be read", e);
    }
    return new EventTypes(map);
  }
}
