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
 * @param moreTypes the further types the dataset codes for the same event (GTD's attacktype2 and
 *     attacktype3): the event keeps the first; these are stated beside it, as evidence
 * @param type what Triangulate makes of {@code codedType}
 * @param date the ISO date, month or year
 * @param precision how exact {@code date} is
 * @param sides1 the acting side (ACLED actor1; GTD gname, gname2, gname3), first named first
 * @param sides2 the other side (ACLED actor2; GTD target1, target2, target3)
 * @param associates1 the actors associated with side 1 (ACLED assoc_actor_1), who act with it
 * @param associates2 the actors associated with side 2 (ACLED assoc_actor_2), who share its part
 * @param place where
 * @param killed fatalities, or null when not coded
 * @param injured the wounded, or null when not coded
 * @param sources the sources the dataset cites, as it writes them (ACLED source; GTD scite1–3)
 * @param outlets the outlets among {@code sources} whose names could be read ({@link
 *     CitedOutlets}), first cited first
 * @param collection the collection the dataset took the row from (GTD dbsource), or null
 * @param notes the dataset's summary of the event, or null
 * @param competingClaims true when the dataset codes that more than one group claimed the event,
 *     each separately (GTD compclaim 1): the claims compete, so none of the claimants is
 *     established as the perpetrator
 */
public record CodedEvent(
    String dataset,
    String id,
    String codedType,
    List<String> moreTypes,
    EventTypes.Mapping type,
    String date,
    TimeSpec.Precision precision,
    List<Side> sides1,
    List<Side> sides2,
    List<String> associates1,
    List<String> associates2,
    CodedPlace place,
    @Nullable Integer killed,
    @Nullable Integer injured,
    List<String> sources,
    List<String> outlets,
    @Nullable String collection,
    @Nullable String notes,
    boolean competingClaims) {
  public CodedEvent {
    Objects.requireNonNull(dataset, "dataset");
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(codedType, "codedType");
    Objects.requireNonNull(type, "type");
    Objects.requireNonNull(date, "date");
    Objects.requireNonNull(precision, "precision");
    Objects.requireNonNull(place, "place");
    moreTypes = List.copyOf(moreTypes);
    sides1 = List.copyOf(sides1);
    sides2 = List.copyOf(sides2);
    associates1 = List.copyOf(associates1);
    associates2 = List.copyOf(associates2);
    sources = List.copyOf(sources);
    outlets = List.copyOf(outlets);
  }

  /**
   * One side's actor as the row codes it.
   *
   * @param name the name (ACLED actor1, GTD gname) or, for GTD's targets, the description
   *     ({@code Police vehicle})
   * @param detail what the row adds: GTD's subgroup ({@code gsubname}) of a group; the kind,
   *     named entity and nationality of a target ({@code Police; Afghan National Police;
   *     Afghanistan}); or null
   * @param suspected true when the row codes the group as suspected, not established (GTD
   *     guncertain1–3)
   * @param claimed true when the row codes that this group claimed responsibility (GTD claimed,
   *     claim2, claim3)
   * @param claimMode how it claimed (GTD claimmode_txt: {@code Internet}, {@code Video}), or null
   */
  public record Side(String name, @Nullable String detail, boolean suspected, boolean claimed,
      @Nullable String claimMode) {
    public Side {
      Objects.requireNonNull(name, "name");
    }

    /** An actor the row names and nothing more: ACLED's actors. */
    public static Side named(String name) {
      return new Side(name, null, false, false, null);
    }
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
