package org.triangulate.graph.links;

import java.util.List;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * Claims that cannot all be true: responsibility claimed by some and attributed by others to
 * someone else; one statement asserted by some and denied by others; a coded row (ACLED, GTD)
 * naming a perpetrator the news does not; or sources counting the dead or wounded of one event
 * differently (see {@link Disagreements}).
 *
 * @param event the event concerned, or null when the claims concern unspecified events
 * @param claimed who claimed responsibility (entity ids)
 * @param attributed who others say did it (entity ids): for {@code perpetrator-differs}, who the
 *     news says did it, or, when two coded rows disagree, who the later row names
 * @param coded who a coded row names as the perpetrator ({@code perpetrator-differs}; the coded
 *     rows together against the news, or the earlier of two rows), else empty
 * @param counts each report's count of the field that differs ({@code counts-differ}), else empty
 * @param claims the claims on each side
 * @param kind {@link #CLAIMED_VS_ATTRIBUTED}, {@link #ASSERTED_VS_DENIED},
 *     {@link #PERPETRATOR_DIFFERS} or {@link #COUNTS_DIFFER}
 */
public record Conflict(@Nullable String event, List<String> claimed, List<String> attributed,
    List<String> coded, List<Count> counts, List<String> claims, String kind) {
  public static final String CLAIMED_VS_ATTRIBUTED = "claimed-vs-attributed";
  public static final String ASSERTED_VS_DENIED = "asserted-vs-denied";
  public static final String PERPETRATOR_DIFFERS = "perpetrator-differs";
  public static final String COUNTS_DIFFER = "counts-differ";

  public Conflict {
    claimed = List.copyOf(claimed);
    attributed = List.copyOf(attributed);
    coded = List.copyOf(coded);
    counts = List.copyOf(counts);
    claims = List.copyOf(claims);
    Objects.requireNonNull(kind, "kind");
  }

  /** A conflict of responsibility or of a denial, which counts nothing and involves no coded row. */
  public Conflict(@Nullable String event, List<String> claimed, List<String> attributed,
      List<String> claims, String kind) {
    this(event, claimed, attributed, List.of(), List.of(), claims, kind);
  }

  /** This conflict about {@code event} instead (an export's stable id for the same group). */
  public Conflict withEvent(@Nullable String event) {
    return new Conflict(event, claimed, attributed, coded, counts, claims, kind);
  }

  /**
   * One report's count.
   *
   * @param field {@code killed} or {@code injured}
   * @param value the count
   * @param report the report's event id ({@code evt-…} of that document's event)
   * @param document the document reporting it
   * @param source who reports it: the document's outlet, or the dataset of a coded row
   */
  public record Count(String field, int value, String report, String document, String source) {
    public Count {
      Objects.requireNonNull(field, "field");
      Objects.requireNonNull(report, "report");
      Objects.requireNonNull(document, "document");
      Objects.requireNonNull(source, "source");
    }
  }
}
