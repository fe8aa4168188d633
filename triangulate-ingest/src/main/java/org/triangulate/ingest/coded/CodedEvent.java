package org.triangulate.ingest.coded;

import java.util.List;
import java.util.Objects;
import org.jspecify.annotations.Nullable;
import org.triangulate.model.TimeSpec;

/**
 * One row of a coded dataset, read and checked, before it becomes a document.
 *
 * @param dataset {@code ACLED} or {@code GTD}
 * @param id the row's own id ({@code event_id_cnty}, {@code eventid})
 * @param codedType the dataset's type as written ({@code Remote explosive/landmine/IED})
 * @param type what Triangulate makes of it
 * @param date the ISO date, month or year
 * @param precision how exact {@code date} is
 * @param side1 the acting side (ACLED actor1, GTD gname), or null
 * @param side2 the other side (ACLED actor2, GTD target1), or null
 * @param associates1 the actors associated with side 1 (ACLED assoc_actor_1), who act with it
 * @param associates2 the actors associated with side 2 (ACLED assoc_actor_2), who share its part
 * @param claimed true when the dataset codes that side 1 claimed responsibility (GTD)
 * @param place where
 * @param killed fatalities, or null when not coded
 * @param injured the wounded, or null when not coded
 * @param source the sources the dataset cites, or null
 * @param notes the dataset's summary of the event, or null
 */
public record CodedEvent(
    String dataset,
    String id,
    String codedType,
    EventTypes.Mapping type,
    String date,
    TimeSpec.Precision precision,
    @Nullable String side1,
    @Nullable String side2,
    List<String> associates1,
    List<String> associates2,
    boolean claimed,
    CodedPlace place,
    @Nullable Integer killed,
    @Nullable Integer injured,
    @Nullable String source,
    @Nullable String notes) {
  public CodedEvent {
    Objects.requireNonNull(dataset, "dataset");
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(codedType, "codedType");
    Objects.requireNonNull(type, "type");
    Objects.requireNonNull(date, "date");
    Objects.requireNonNull(precision, "precision");
    Objects.requireNonNull(place, "place");
    associates1 = List.copyOf(associates1);
    associates2 = List.copyOf(associates2);
  }

  /**
   * Where a coded event happened, most specific first.
   *
   * @param location the village, town or city
   * @param admin2 the district, or null
   * @param admin1 the province or state, or null
   * @param country the country's name as the dataset writes it
   * @param lat latitude, or null when not coded
   * @param lon longitude, or null when not coded
   */
  public record CodedPlace(
      @Nullable String location,
      @Nullable String admin2,
      @Nullable String admin1,
      String country,
      @Nullable Double lat,
      @Nullable Double lon) {
    public CodedPlace {
      Objects.requireNonNull(country, "country");
    }
  }
}
