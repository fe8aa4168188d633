package org.triangulate.model;

import java.util.List;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * One event as one document reports it; mentions of it across paragraphs are merged.
 *
 * @param key id unique within the extraction ({@code v1})
 * @param type what kind of event
 * @param time when, with precision and basis
 * @param killed number killed where the text gives one, else null (never 0 for "not said")
 * @param injured number injured where the text gives one, else null
 * @param location key of the local entity where it happened or that it hit, or null
 * @param participants who took part, in what role
 * @param evidence the passages that report it
 */
public record Event(
    String key,
    EventType type,
    TimeSpec time,
    @Nullable Integer killed,
    @Nullable Integer injured,
    @Nullable String location,
    List<Participant> participants,
    List<Evidence> evidence) {
  public Event {
    Objects.requireNonNull(key, "key");
    Objects.requireNonNull(type, "type");
    Objects.requireNonNull(time, "time");
    participants = List.copyOf(participants);
    evidence = List.copyOf(evidence);
    if (evidence.isEmpty()) {
      throw new IllegalArgumentException("an event needs evidence: " + key);
    }
  }
}
