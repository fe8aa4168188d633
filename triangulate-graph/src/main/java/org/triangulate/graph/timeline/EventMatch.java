package org.triangulate.graph.timeline;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.jdbi.v3.core.Handle;
import org.jspecify.annotations.Nullable;
import org.triangulate.graph.internal.EntityGroup;
import org.triangulate.graph.internal.EntityGroupRows;
import org.triangulate.model.Geo;

/**
 * An {@link EventFilter} made ready to test rows: the actor's name resolved to the store entities
 * it names, the place reduced to a key. Immutable.
 */
final class EventMatch {
  /** A designator after a place's name that a place filter may give or leave out. */
  private static final Pattern DESIGNATOR =
      Pattern.compile("(?i)\\s+(province|district|city|village|town|county|state|region)$");

  private final EventFilter filter;
  private final Set<String> actors;
  private final @Nullable String placeKey;

  private EventMatch(EventFilter filter, Set<String> actors, @Nullable String placeKey) {
    this.filter = filter;
    this.actors = actors;
    this.placeKey = placeKey;
  }

  /** Resolves the filter's actor against the store through {@code h}. */
  static EventMatch of(Handle h, EventFilter filter) {
    String actor = filter.actor();
    Set<String> ids = actor == null ? Set.of() : EntityGroupRows.select(h, actor).list().stream()
        .filter(g -> g.id().equals(actor) || names(g).contains(fold(actor)))
        .map(EntityGroup::id)
        .collect(Collectors.toUnmodifiableSet());
    return new EventMatch(filter, ids, filter.place() == null ? null : key(filter.place()));
  }

  boolean type(String type) {
    return filter.type() == null || filter.type().name().equals(type);
  }

  /** The timeline's filter: the entity takes part, or the event happened there. */
  boolean entity(List<String> involved, @Nullable String placeEntity) {
    String e = filter.entity();
    return e == null || involved.contains(e) || e.equals(placeEntity);
  }

  /** A participant is the actor's store entity, or the report names a participant so. */
  boolean actor(List<String> involved, List<String> texts) {
    String a = filter.actor();
    return a == null || involved.stream().anyMatch(actors::contains) || involved.contains(a)
        || texts.stream().anyMatch(t -> fold(t).equals(fold(a)));
  }

  boolean place(@Nullable String name, @Nullable String entity, @Nullable Geo geo) {
    if (placeKey == null) {
      return true;
    }
    if (filter.place().equals(entity)) {
      return true;
    }
    return (name != null && (key(name).equals(placeKey) || containsWords(fold(name), placeKey)))
        || (geo != null && geo.province() != null && key(geo.province()).equals(placeKey))
        || (geo != null && fold(geo.country()).equals(placeKey));
  }

  /** Within the date range; an undated event only when no date bound is given. */
  boolean time(LocalDate @Nullable [] span) {
    if (span == null) {
      return !filter.dated();
    }
    return (filter.from() == null || !span[1].isBefore(filter.from()))
        && (filter.to() == null || !span[0].isAfter(filter.to()));
  }

  private static Set<String> names(EntityGroup g) {
    Set<String> out = new java.util.HashSet<>();
    out.add(fold(g.name()));
    g.aliases().forEach(a -> out.add(fold(a)));
    return out;
  }

  /** Whether {@code words} appear in {@code text} as whole words, in order. */
  private static boolean containsWords(String text, String words) {
    return Pattern.compile("(?<![\\p{L}\\p{N}])" + Pattern.quote(words) + "(?![\\p{L}\\p{N}])")
        .matcher(text).find();
  }

  private static String key(String place) {
    return fold(DESIGNATOR.matcher(place.strip()).replaceFirst(""));
  }

  private static String fold(String s) {
    return s.strip().replaceAll("\\s+", " ").toLowerCase(Locale.ROOT);
  }
}
