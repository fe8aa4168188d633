package org.triangulate.eval;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * One gold document: what a careful analyst reads in {@link #document()}.
 *
 * @param document the file name of the annotated document, beside the gold file
 * @param publishedFrom earliest accepted publication date, or null when none can be known
 * @param publishedTo latest accepted publication date (equal to the first unless inferred)
 * @param publishedInferred whether the date must be inferred from the text; null: not scored
 * @param byline expected byline; null: not scored
 * @param dateline expected dateline; null: not scored
 */
public record GoldDocument(
    String document,
    @Nullable LocalDate publishedFrom,
    @Nullable LocalDate publishedTo,
    @Nullable Boolean publishedInferred,
    @Nullable String byline,
    @Nullable String dateline,
    List<GoldEntity> entities,
    List<GoldEvent> events,
    List<GoldClaim> claims) {

  public GoldDocument {
    Objects.requireNonNull(document, "document");
    entities = List.copyOf(entities);
    events = List.copyOf(events);
    claims = List.copyOf(claims);
  }

  /** The gold entity a name or alias refers to. */
  public Optional<GoldEntity> findEntity(String name) {
    String key = NameKeys.key(name);
    return entities.stream().filter(e -> e.keys().contains(key)).findFirst();
  }

  /** The gold event with this id ({@code "e1"} or {@code "#e1"}). */
  public Optional<GoldEvent> findEvent(String id) {
    String bare = id.startsWith("#") ? id.substring(1) : id;
    return events.stream().filter(e -> e.id().equals(bare)).findFirst();
  }
}
