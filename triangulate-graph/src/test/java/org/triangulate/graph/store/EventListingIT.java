package org.triangulate.graph.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.triangulate.graph.store.Articles.article;
import static org.triangulate.graph.store.Articles.entity;
import static org.triangulate.graph.store.Articles.evidence;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.triangulate.graph.timeline.EventFilter;
import org.triangulate.graph.timeline.TimelineEntry;
import org.triangulate.model.Document;
import org.triangulate.model.EntityType;
import org.triangulate.model.Event;
import org.triangulate.model.EventType;
import org.triangulate.model.Geo;
import org.triangulate.model.Participant;
import org.triangulate.model.Role;
import org.triangulate.model.TimeSpec;

/**
 * The {@code events} listing's filters: type, place (name, a run of its words, province), actor
 * (store entity by id, name or alias; a report's own words), date range; each keeps what it names
 * and leaves the rest out.
 */
class EventListingIT {
  static final Geo ANDAR = new Geo(33.3, 68.4, "AF", "Ghazni", null);

  @TempDir static Path dataDir;
  static Store store;

  @BeforeAll
  static void saveReports() {
    store = Store.open(new StoreLocation.Embedded(dataDir));
    Document report = article("eng", "NDS arrests two over Jalalabad bombing",
        "The National Directorate of Security (NDS) said on Sunday it arrested two members of "
            + "the Islamic State in Jalalabad. A magnetic bomb killed three people and wounded "
            + "five in Jalalabad on 11 February, the NDS said. Tolo News, citing the NDS, "
            + "reported that the detainees confessed to planting it for the Islamic State. "
            + "Gunmen also shot a teacher in Surkh Rod.",
        "NDS video of the detainees.", "Islamic State did this, not the Taliban.");
    store.save(report, EventsAndClaimsIT.reportExtraction(report));
    Document andar = article("Taliban kill district chief in Andar",
        "The Taliban killed the district chief in Andar district on 5 March.");
    store.save(andar, EventsAndClaimsIT.extraction(andar,
        List.of(entity(andar, "e1", EntityType.ORGANIZATION, "Taliban"),
            entity(andar, "e2", EntityType.LOCATION, "Andar district").withGeo(ANDAR)),
        List.of(new Event("v1", EventType.KILLING,
            new TimeSpec("2021-03-05", TimeSpec.Precision.DAY, TimeSpec.Basis.EVENT,
                "on 5 March", LocalDate.of(2021, 3, 6)),
            1, null, "e2",
            List.of(new Participant("e1", Role.PERPETRATOR, "The Taliban"),
                new Participant(null, Role.VICTIM, "the district chief")),
            List.of(evidence(andar, "The Taliban killed the district chief")))),
        List.of()));
  }

  @AfterAll
  static void close() {
    store.close();
  }

  private static List<String> types(EventFilter filter) {
    return store.events(filter).stream().map(TimelineEntry::type).toList();
  }

  private static EventFilter filter(EventType type, String place, String actor) {
    return new EventFilter(type, place, actor, null, null, null, false);
  }

  @Test
  void withoutFiltersEveryEventIsListedTheUndatedLast() {
    List<TimelineEntry> all = store.events(filter(null, null, null));
    assertThat(all).extracting(TimelineEntry::type)
        .containsExactly("BOMBING", "ARREST", "KILLING", "ARMED_ASSAULT");
    assertThat(all.getLast().time()).isNull();
    assertThat(all.getLast().start()).isNull();
  }

  @Test
  void typeKeepsOnlyEventsOfThatType() {
    assertThat(types(filter(EventType.KILLING, null, null))).containsExactly("KILLING");
    assertThat(types(filter(EventType.KIDNAPPING, null, null))).isEmpty();
  }

  @Test
  void placeMatchesTheNameAndLeavesOtherPlacesOut() {
    assertThat(types(filter(null, "jalalabad", null))).containsExactly("BOMBING", "ARREST");
    assertThat(types(filter(null, "Surkh Rod", null))).containsExactly("ARMED_ASSAULT");
    assertThat(types(filter(null, "Kabul", null))).isEmpty();
    // a part of a word is not a place
    assertThat(types(filter(null, "Jalal", null))).isEmpty();
  }

  @Test
  void placeMatchesADistrictWithOrWithoutItsDesignator() {
    assertThat(types(filter(null, "Andar", null))).containsExactly("KILLING");
    assertThat(types(filter(null, "Andar District", null))).containsExactly("KILLING");
  }

  @Test
  void placeMatchesTheProvinceOfThePlace() {
    assertThat(types(filter(null, "Nangarhar province", null)))
        .containsExactly("BOMBING", "ARREST", "ARMED_ASSAULT");
    assertThat(types(filter(null, "Ghazni", null))).containsExactly("KILLING");
  }

  @Test
  void actorMatchesAStoreEntityByNameAliasOrIdAndNobodyElse() {
    assertThat(types(filter(null, null, "taliban"))).containsExactly("KILLING");
    assertThat(types(filter(null, null, "NDS"))).containsExactly("ARREST");
    String nds = store.entities(null, "National Directorate").getFirst().id();
    assertThat(types(filter(null, null, nds))).containsExactly("ARREST");
    assertThat(types(filter(null, null, "Islamic State"))).isEmpty();
  }

  @Test
  void actorMatchesHowAReportNamesAnUnnamedParticipant() {
    assertThat(types(filter(null, null, "gunmen"))).containsExactly("ARMED_ASSAULT");
  }

  @Test
  void entityKeepsTheEventsItTakesPartInOrHappenedAtWithAllTheirParticipants() {
    String taliban = store.entities(null, "Taliban").getFirst().id();
    String andar = store.entities(null, "Andar").getFirst().id();
    String nds = store.entities(null, "National Directorate").getFirst().id();
    List<TimelineEntry> taking = store.events(ofEntity(taliban));
    assertThat(taking).extracting(TimelineEntry::type).containsExactly("KILLING");
    assertThat(taking.getFirst().participants())
        .containsExactly("PERPETRATOR Taliban", "VICTIM the district chief");
    assertThat(store.events(ofEntity(andar))).isEqualTo(taking);
    assertThat(types(ofEntity(nds))).containsExactly("ARREST");
    String jalalabad = store.entities(null, "Jalalabad").getFirst().id();
    assertThat(types(ofEntity(jalalabad))).containsExactly("BOMBING", "ARREST");
    assertThat(types(ofEntity("ent-000000000000"))).isEmpty();
  }

  private static EventFilter ofEntity(String id) {
    return new EventFilter(null, null, null, id, null, null, false);
  }

  @Test
  void aDateRangeKeepsEventsThatMayFallInItAndNoUndatedOnes() {
    EventFilter february = new EventFilter(null, null, null, null, LocalDate.of(2021, 2, 1),
        LocalDate.of(2021, 2, 28), false);
    assertThat(types(february)).containsExactly("BOMBING", "ARREST");
    EventFilter march = new EventFilter(null, null, null, null, LocalDate.of(2021, 3, 1), null,
        false);
    assertThat(types(march)).containsExactly("KILLING");
  }

  @Test
  void filtersCombine() {
    assertThat(types(new EventFilter(EventType.BOMBING, "Nangarhar", null, null, null,
        LocalDate.of(2021, 2, 10), false))).isEmpty();
    assertThat(types(new EventFilter(EventType.BOMBING, "Nangarhar", null, null,
        LocalDate.of(2021, 2, 10), null, false))).containsExactly("BOMBING");
  }

  @Test
  void aRangeEndingBeforeItStartsIsRefused() {
    assertThatThrownBy(() -> new EventFilter(null, null, null, null, LocalDate.of(2021, 3, 2),
        LocalDate.of(2021, 3, 1), false))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("from must not be after to: from=2021-03-02, to=2021-03-01");
  }

  @Test
  void listedEventsCarryTheirPlacesProvinceTollAndDocument() {
    TimelineEntry killing = store.events(filter(EventType.KILLING, null, null)).getFirst();
    assertThat(killing.placeGeo()).isEqualTo(ANDAR);
    assertThat(killing.killed()).isEqualTo(1);
    assertThat(killing.injured()).isNull();
    assertThat(killing.documentId()).startsWith("doc-");
    assertThat(killing.group()).isEqualTo(killing.event());
  }

  @Test
  void anEventShownCarriesItsPlacesGeoAndItsDocumentsSource() {
    String id = store.events(filter(EventType.KILLING, null, null)).getFirst().event();
    Shown.EventView view = (Shown.EventView) store.show(id).orElseThrow();
    Shown.Account account = view.accounts().getFirst();
    assertThat(account.placeGeo()).isEqualTo(ANDAR);
    assertThat(account.source()).isEqualTo("Example Times");
    assertThat(account.published()).isEqualTo(LocalDate.of(2021, 2, 22));
  }
}
