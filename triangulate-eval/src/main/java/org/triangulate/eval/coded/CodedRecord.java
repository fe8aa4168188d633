package org.triangulate.eval.coded;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.triangulate.model.EventType;

/**
 * One real report and the coding its source gave it.
 *
 * @param id the record's id ({@code isafpr-test-0001}, {@code wp-til-00147})
 * @param corpus which source coded it
 * @param text the report's text, the only part the extractor sees
 * @param split the side of the fixed dev/test split it falls on
 * @param coding what the source coded
 */
public record CodedRecord(String id, Corpus corpus, String text, Split split, Coding coding) {
  public CodedRecord {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(text, "text");
  }

  /** The sources of coded records. */
  public enum Corpus { ISAF, WIKIPEDIA }

  /**
   * The source's coding of a record's incident, in our vocabulary.
   *
   * @param date the incident's day, or null when the coding has none or a range of days
   * @param types the event types the coded type admits; empty when it admits no judgement
   * @param places place names from most to least specific (ISAF: provinces; Wikipedia: the
   *     location cell's parts, country last)
   * @param actors group names the coding names (ISAF: the group targeted; Wikipedia: the
   *     perpetrator, "(suspected)" dropped)
   * @param killed everyone killed as the coding counts them (Wikipedia's "x (+y)" is x + y), or null
   * @param injured everyone injured, or null
   */
  public record Coding(@Nullable LocalDate date, Set<EventType> types, List<String> places, List<String> actors,
      @Nullable Integer killed, @Nullable Integer injured) {
    public Coding {
      types = Set.copyOf(types);
      places = List.copyOf(places);
      actors = List.copyOf(actors);
    }
  }
}
