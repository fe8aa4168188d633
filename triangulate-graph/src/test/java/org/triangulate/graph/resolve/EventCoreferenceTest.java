package org.triangulate.graph.resolve;

import static org.assertj.core.api.Assertions.assertThat;
import static org.triangulate.graph.resolve.Records.event;

import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.triangulate.model.EventType;
import org.triangulate.model.Role;

class EventCoreferenceTest {
  final EventCoreference coreference = new EventCoreference();

  @Test
  void oneAttackReportedTwiceIsOneEvent() {
    var a = event(1, "doc-1", EventType.BOMBING, "2021-02-11", "ent-jalalabad", null, null,
        Map.of());
    var b = event(2, "doc-2", EventType.ATTACK, "2021-02", "ent-jalalabad", null, null, Map.of());

    EventResolution r = coreference.resolve(List.of(a, b));

    assertThat(r.groups()).containsEntry(1L, "evt-000000000001").containsEntry(2L, "evt-000000000001");
    assertThat(r.reasons()).singleElement().satisfies(m -> assertThat(m.reason()).contains("same place"));
  }

  @Test
  void twoAttacksOnOneDayInDifferentPlacesStayApart() {
    var kabul = event(1, "doc-1", EventType.BOMBING, "2021-02-11", "ent-kabul", 34.53, 69.17, Map.of());
    var herat = event(2, "doc-2", EventType.BOMBING, "2021-02-11", "ent-herat", 34.35, 62.2, Map.of());

    assertThat(coreference.resolve(List.of(kabul, herat)).groups().values()).doesNotHaveDuplicates();
  }

  @Test
  void nearbyPlacesByCoordinatesAreOnePlace() {
    var city = event(1, "doc-1", EventType.MISSILE_ATTACK, "2021-02-11", "ent-jalalabad", 34.4265,
        70.4515, Map.of());
    var district = event(2, "doc-2", EventType.MISSILE_ATTACK, "2021-02-11", "ent-surkhrod", 34.39,
        70.32, Map.of());

    assertThat(coreference.resolve(List.of(city, district)).groups().values()).containsOnly(
        "evt-000000000001");
  }

  @Test
  void unknownTimeNeedsASharedVictim() {
    var a = event(1, "doc-1", EventType.KILLING, "2021-02-11", "ent-kabul", null, null,
        Map.of(Role.VICTIM, Set.of("ent-teacher")));
    var b = event(2, "doc-2", EventType.ASSASSINATION, null, "ent-kabul", null, null,
        Map.of(Role.VICTIM, Set.of("ent-teacher")));
    var c = event(3, "doc-3", EventType.KILLING, null, "ent-kabul", null, null, Map.of());

    EventResolution r = coreference.resolve(List.of(a, b, c));

    assertThat(r.groups().get(2L)).isEqualTo(r.groups().get(1L));
    assertThat(r.groups().get(3L)).isEqualTo("evt-000000000003");
  }

  @Test
  void differentVictimsAreDifferentEvents() {
    var a = event(1, "doc-1", EventType.KILLING, "2021-02-11", "ent-kabul", null, null,
        Map.of(Role.VICTIM, Set.of("ent-a")));
    var b = event(2, "doc-2", EventType.KILLING, "2021-02-11", "ent-kabul", null, null,
        Map.of(Role.VICTIM, Set.of("ent-b")));

    assertThat(coreference.resolve(List.of(a, b)).groups().values()).doesNotHaveDuplicates();
  }

  @Test
  void typesAreCompatibleOnlyAsAttacks() {
    assertThat(EventCoreference.compatible(EventType.ATTACK, EventType.BOMBING)).isTrue();
    assertThat(EventCoreference.compatible(EventType.KILLING, EventType.ASSASSINATION)).isTrue();
    assertThat(EventCoreference.compatible(EventType.ATTACK, EventType.ARREST)).isFalse();
    assertThat(EventCoreference.compatible(EventType.BOMBING, EventType.ARMED_ASSAULT)).isFalse();
  }

  @Test
  void reportedRangesContainEarlierDays() {
    TimeInterval reported = TimeInterval.parse("../2021-02-21").orElseThrow();
    assertThat(reported.contains(TimeInterval.parse("2021-02-11").orElseThrow())).isTrue();
    assertThat(reported.narrow()).isFalse();
    assertThat(TimeInterval.parse("2021-02").orElseThrow().narrow()).isTrue();
    assertThat(TimeInterval.parse("yesterday")).isEmpty();
  }
}
