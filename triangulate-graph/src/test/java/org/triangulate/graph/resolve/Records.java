package org.triangulate.graph.resolve;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.triangulate.model.EntityType;
import org.triangulate.model.EventType;
import org.triangulate.model.Role;

/** Hand-built records for resolution tests: documents of entities, and events. */
final class Records {
  private final List<EntityRecord> records = new ArrayList<>();
  private long nextId = 1;
  private long ordinal = 0;

  /** A person, organisation or place of a document being built. */
  record E(EntityType type, String name, List<String> aliases, List<String> descriptions,
      @Nullable String kb, @Nullable String gazetteer) {}

  static E person(String name, String... descriptions) {
    return new E(EntityType.PERSON, name, List.of(), List.of(descriptions), null, null);
  }

  static E alias(String name, String alias) {
    return new E(EntityType.PERSON, name, List.of(alias), List.of(), null, null);
  }

  static E org(String name) {
    return new E(EntityType.ORGANIZATION, name, List.of(), List.of(), null, null);
  }

  static E place(String name) {
    return new E(EntityType.LOCATION, name, List.of(), List.of(), null, null);
  }

  static E place(String name, String gazetteer) {
    return new E(EntityType.LOCATION, name, List.of(), List.of(), null, gazetteer);
  }

  /** Adds an undated document of these entities (keys e1, e2, …); returns their row ids. */
  List<Long> document(E... entities) {
    return document((LocalDate) null, entities);
  }

  /** Adds a document published on {@code published}; returns the entities' row ids. */
  List<Long> document(@Nullable LocalDate published, E... entities) {
    ordinal++;
    List<EntityRecord> doc = new ArrayList<>();
    for (int i = 0; i < entities.length; i++) {
      E e = entities[i];
      doc.add(new EntityRecord(nextId++, "doc-" + ordinal, ordinal, published, "e" + (i + 1),
          e.type(), e.name(), e.aliases(), e.descriptions(), e.kb(), e.gazetteer(), List.of(), null));
    }
    List<EntityRecord> withContext = Contexts.withContext(doc);
    records.addAll(withContext);
    return withContext.stream().map(EntityRecord::id).toList();
  }

  /**
   * Adds {@code n} reports of other people, each with a name and place of its own, the
   * organisation {@code org}, and a date from 2004 to 2023, so that name and context statistics
   * are those of a corpus rather than of a handful of records.
   */
  void others(int n, String org) {
    for (int i = 0; i < n; i++) {
      document(LocalDate.of(2004, 1, 1).plusDays(i * 7300L / n),
          person(code(i) + "dar " + code(i + 1) + "zai"), org(org), place(code(i) + "kot"));
    }
  }

  /** Letters only, distinct per number and under name keys: 15 → "Daca". */
  private static String code(int n) {
    String consonants = "bcdfjlmnprstvz";
    StringBuilder s = new StringBuilder();
    do {
      s.append(consonants.charAt(n % consonants.length())).append('a');
      n /= consonants.length();
    } while (n > 0);
    return Character.toUpperCase(s.charAt(0)) + s.substring(1);
  }

  Resolution resolve(Correction... corrections) {
    return new EntityResolver().resolve(records, List.of(corrections), NameStatistics.of(records));
  }

  List<EntityRecord> records() {
    return records;
  }

  static EventRecord event(long id, String document, EventType type, @Nullable String time,
      @Nullable String location, @Nullable Double lat, @Nullable Double lon,
      Map<Role, Set<String>> participants) {
    return new EventRecord(id, document, id, "v1", String.format("evt-%012x", id), type, time,
        location, lat, lon, participants, null);
  }
}
