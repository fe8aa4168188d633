package org.triangulate.graph.timeline;

import java.time.LocalDate;
import org.jspecify.annotations.Nullable;
import org.triangulate.model.EventType;

/**
 * Which events a listing keeps. Every filter given must hold; null means "any".
 *
 * @param type only events of this type (the analyst's type when retyped)
 * @param place only events whose place is named so: the place's name or a run of its words
 *     ("Andar" matches "Andar district"), its store entity id, its province or its country; case
 *     and a trailing "province" or "district" are ignored
 * @param actor only events with a participant that is this store entity (by id, name or alias)
 *     or that the report names so ("gunmen"), case-insensitively
 * @param entity only events this store entity takes part in or that happened there (the
 *     timeline's filter)
 * @param from only events that may have happened on or after this day (undated events never do)
 * @param to only events that may have happened on or before this day
 * @param datedOnly whether events without a date are left out even without {@code from}/{@code to}
 */
public record EventFilter(@Nullable EventType type, @Nullable String place, @Nullable String actor,
    @Nullable String entity, @Nullable LocalDate from, @Nullable LocalDate to, boolean datedOnly) {
  public EventFilter {
    if (from != null && to != null && from.isAfter(to)) {
      throw new IllegalArgumentException("from must not be after to: from=" + from + ", to=" + to);
    }
    place = blankToNull(place);
    actor = blankToNull(actor);
    entity = blankToNull(entity);
  }

  /** The timeline's filter: dated events, optionally of one entity, within a range. */
  public static EventFilter timeline(@Nullable String entity, @Nullable LocalDate from,
      @Nullable LocalDate to) {
    return new EventFilter(null, null, null, entity, from, to, true);
  }

  /** Whether any date bound is given, which leaves undated events out. */
  boolean dated() {
    return datedOnly || from != null || to != null;
  }

  private static @Nullable String blankToNull(@Nullable String s) {
    return s == null || s.isBlank() ? null : s.strip();
  }
}
