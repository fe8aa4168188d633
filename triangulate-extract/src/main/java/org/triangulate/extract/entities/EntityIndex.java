package org.triangulate.extract.entities;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.triangulate.model.EntityType;
import org.triangulate.model.LocalEntity;
import org.triangulate.model.Mention;
import org.triangulate.model.Span;

/**
 * The mentions of a document's entities, looked up by position: which entity a token or phrase
 * names. Immutable; lookups are O(log n).
 */
public final class EntityIndex {
  /** One mention and the entity it names. */
  public record Ref(LocalEntity entity, Span span) {
    public String key() {
      return entity.key();
    }

    public EntityType type() {
      return entity.type();
    }
  }

  private final TreeMap<Integer, Ref> byStart = new TreeMap<>();
  private final Map<String, LocalEntity> byKey = new TreeMap<>();

  public EntityIndex(List<LocalEntity> entities) {
    for (LocalEntity e : entities) {
      byKey.put(e.key(), e);
      for (Mention m : e.mentions()) {
        byStart.put(m.span().start(), new Ref(e, m.span()));
      }
    }
  }

  /** The mention covering {@code offset}, if any. */
  public Optional<Ref> at(int offset) {
    Map.Entry<Integer, Ref> e = byStart.floorEntry(offset);
    return e != null && e.getValue().span().end() > offset ? Optional.of(e.getValue()) : Optional.empty();
  }

  /** The mentions inside {@code span}, in order. */
  public List<Ref> within(Span span) {
    List<Ref> out = new ArrayList<>();
    at(span.start()).filter(r -> r.span().start() < span.start()).ifPresent(out::add);
    for (Ref r : byStart.subMap(span.start(), true, span.end(), false).values()) {
      out.add(r);
    }
    return out;
  }

  /** The last mention of an entity of one of {@code types} that ends at or before {@code offset}. */
  public Optional<Ref> before(int offset, List<EntityType> types) {
    return byStart.headMap(offset, false).descendingMap().values().stream()
        .filter(r -> r.span().end() <= offset && types.contains(r.type()))
        .findFirst();
  }

  public Optional<LocalEntity> find(String key) {
    return Optional.ofNullable(byKey.get(key));
  }

  /** All mentions in text order. */
  public List<Ref> all() {
    return byStart.values().stream().sorted(Comparator.comparing(Ref::span)).toList();
  }
}
