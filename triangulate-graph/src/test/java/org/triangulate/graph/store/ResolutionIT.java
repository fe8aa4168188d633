package org.triangulate.graph.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.triangulate.graph.store.Articles.article;
import static org.triangulate.graph.store.Articles.entity;
import static org.triangulate.graph.store.Articles.evidence;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.io.TempDir;
import org.triangulate.graph.internal.ExportIds;
import org.triangulate.model.Document;
import org.triangulate.model.EntityType;
import org.triangulate.model.Event;
import org.triangulate.model.EventType;
import org.triangulate.model.Extraction;
import org.triangulate.model.Geo;
import org.triangulate.model.LocalEntity;
import org.triangulate.model.Participant;
import org.triangulate.model.Role;
import org.triangulate.model.TimeSpec;

/**
 * Cross-document resolution in the store, over invented reports: saved once for the class, so
 * the tests read what saving resolved, then (last) correct it as an analyst would.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class ResolutionIT {
  static final Geo JALALABAD = new Geo(34.4265, 70.4515, "AF", "Nangarhar", "1138957");

  @TempDir static Path dataDir;
  static Store store;
  static Document attack;
  static Document sameAttack;
  static Document kunduz;
  static Document herat;

  @BeforeAll
  static void saveReports() {
    store = Store.open(new StoreLocation.Embedded(dataDir));
    attack = article("Bomb kills three in Jalalabad",
        "A magnetic bomb killed three people in Jalalabad on 11 February. Officials blamed "
            + "Mullah Abdul Baseer Haqqani for the bombing.");
    sameAttack = article("Haqani named over Jalalabad blast",
        "Police said Abdul Basir Haqani was behind the attack in Jalalabad on Thursday.");
    kunduz = article("Shopkeeper robbed in Kunduz",
        "Mohammad Khan, a shopkeeper in Kunduz, was robbed on Monday.");
    herat = article("Teacher honoured in Herat",
        "Muhammad Khan, a teacher in Herat, received an award from the governor.");
    store.save(attack, report(attack, "Mullah Abdul Baseer Haqqani", EventType.BOMBING,
        "the bombing"));
    store.save(sameAttack, report(sameAttack, "Abdul Basir Haqani", EventType.ATTACK,
        "the attack in Jalalabad"));
    store.save(kunduz, Articles.extraction(kunduz,
        entity(kunduz, "e1", EntityType.PERSON, "Mohammad Khan", null, List.of(),
            List.of("a shopkeeper in Kunduz")),
        entity(kunduz, "e2", EntityType.LOCATION, "Kunduz")));
    store.save(herat, Articles.extraction(herat,
        entity(herat, "e1", EntityType.PERSON, "Muhammad Khan", null, List.of(),
            List.of("a teacher in Herat")),
        entity(herat, "e2", EntityType.LOCATION, "Herat")));
  }

  /** A person who perpetrated an attack in Jalalabad on 11 February 2021. */
  static Extraction report(Document doc, String perpetrator, EventType type, String trigger) {
    LocalEntity person = entity(doc, "e1", EntityType.PERSON, perpetrator);
    LocalEntity place = entity(doc, "e2", EntityType.LOCATION, "Jalalabad").withGeo(JALALABAD);
    Event event = new Event("v1", type, new TimeSpec("2021-02-11", TimeSpec.Precision.DAY,
        TimeSpec.Basis.EVENT, "11 February", LocalDate.of(2021, 2, 14)), 3, null, "e2",
        List.of(new Participant("e1", Role.PERPETRATOR, perpetrator)),
        List.of(evidence(doc, trigger)));
    return new Extraction(doc.id(), Articles.PIPELINE, List.of(person, place), List.of(event),
        List.of(), List.of());
  }

  @AfterAll
  static void close() {
    store.close();
  }

  @Test
  void oneAttackInTwoTransliterationsIsOneEventAndOnePerson() {
    assertThat(people("Bas")).hasSize(1).singleElement()
        .satisfies(p -> assertThat(p.documents()).isEqualTo(2));
    Map<String, String> groups = store.eventGroups();
    assertThat(groups.get(ExportIds.event(sameAttack.id(), "v1")))
        .isEqualTo(groups.get(ExportIds.event(attack.id(), "v1")))
        .isEqualTo(ExportIds.event(attack.id(), "v1"));
    String person = people("Bas").get(0).id();
    assertThat(store.explain(person)).anySatisfy(x -> {
      assertThat(x.rule()).isEqualTo("NAME");
      assertThat(x.reason()).contains("Baseer", "Basir");
    });
  }

  @Test
  void twoPeopleOfOneCommonNameInUnrelatedReportsStayApart() {
    assertThat(people("Khan")).extracting(EntitySummary::name)
        .containsExactlyInAnyOrder("Mohammad Khan", "Muhammad Khan");
  }

  @Test
  void idsStayTheSameWhenResolvedAgain() {
    Map<String, String> before = ids();

    store.resolve();
    store.resolve();

    assertThat(ids()).isEqualTo(before);
  }

  @Test
  @Order(Integer.MAX_VALUE)
  void mergeAndSplitSurviveReingestAndResolution() {
    List<EntitySummary> khans = people("Khan");
    String merged = store.merge(khans.get(0).id(), khans.get(1).id(),
        "same man: the shopkeeper moved to Herat", "analyst");
    assertThat(people("Khan")).singleElement().extracting(EntitySummary::id).isEqualTo(merged);
    String haqqani = people("Bas").get(0).id();
    int start = sameAttack.text().indexOf("Abdul Basir Haqani");
    List<String> parts = store.split(haqqani, List.of(sameAttack.id() + ":" + start + "-"
        + (start + "Abdul Basir Haqani".length())), "a namesake", "analyst");
    assertThat(parts.get(1)).isEqualTo(haqqani);
    assertThat(parts.get(0)).isNotEqualTo(haqqani);

    Document again = article("Kunduz shopkeeper robbed again",
        "Mohammad Khan, a shopkeeper in Kunduz, was robbed again on Friday.");
    store.save(again, Articles.extraction(again,
        entity(again, "e1", EntityType.PERSON, "Mohammad Khan", null, List.of(),
            List.of("a shopkeeper in Kunduz"))));
    store.save(sameAttack, report(sameAttack, "Abdul Basir Haqani", EventType.ATTACK,
        "the attack in Jalalabad"));
    store.resolve();

    assertThat(people("Khan")).extracting(EntitySummary::id).contains(merged)
        .filteredOn(id -> id.equals(merged)).hasSize(1);
    assertThat(people("Khan")).filteredOn(p -> p.id().equals(merged)).singleElement()
        .satisfies(p -> assertThat(p.documents()).isEqualTo(3));
    assertThat(people("Bas")).extracting(EntitySummary::id)
        .containsExactlyInAnyOrder(haqqani, parts.get(0));
    assertThat(store.explain(merged)).anySatisfy(x -> assertThat(x.reason())
        .contains("the shopkeeper moved to Herat", "analyst"));
    assertThat(store.explain(haqqani)).anySatisfy(x -> assertThat(x.reason())
        .contains("a namesake"));
  }

  private static List<EntitySummary> people(String name) {
    return store.entities(EntityType.PERSON, name);
  }

  private static Map<String, String> ids() {
    return store.entities(null, null).stream()
        .collect(Collectors.toMap(e -> e.type() + " " + e.name(), EntitySummary::id));
  }
}
