package org.triangulate.graph.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.triangulate.graph.StoreException;
import org.triangulate.graph.correct.FactCorrection.Action;
import org.triangulate.graph.export.ExportFormat;
import org.triangulate.graph.links.Link;
import org.triangulate.graph.links.SourceTable;

/**
 * The analyst's corrections of events, claims and links on the export fixture (two invented
 * reports of one Jalalabad bombing): what {@code show}, {@code links}, the timeline and the
 * export then say, and that the corrections hold through re-resolution and re-ingest.
 */
class FactCorrectionsIT {
  @TempDir static Path dir;
  static Store store;
  static String islamicState;
  static String nds;
  static String bombing;

  @BeforeAll
  static void open() {
    store = ExportFixture.store(dir, ExportFixture.reports());
    islamicState = store.entities(null, "Islamic State").getFirst().id();
    nds = store.entities(null, "National Directorate").getFirst().id();
    bombing = perpetratorLink().target();
  }

  @AfterEach
  void forgetCorrections() {
    store.write("forget", h -> h.execute("DELETE FROM fact_corrections"));
  }

  @AfterAll
  static void close() {
    store.close();
  }

  @Test
  void rejectedClaimNoLongerSupportsItsLinkAndShowSaysWhoWhenAndWhy() {
    Link membership = link("MEMBER_OF");
    String claim = membership.claims().getFirst();

    store.correct(claim, Action.REJECT, null, "invented: the spokesman retracted it", "ana");

    assertThat(links()).noneMatch(l -> l.type().equals("MEMBER_OF"));
    assertThat(store.show(claim)).get().isInstanceOfSatisfying(Shown.ClaimView.class,
        v -> assertThat(v.corrections()).singleElement().asString()
            .startsWith("rejected by ana on ").endsWith("invented: the spokesman retracted it"));
  }

  @Test
  void retypedEventShowsTheAnalystsTypeWhileEachReportKeepsItsOwn() {
    store.correct(bombing, Action.RETYPE, "killing", "invented: a shooting, not a bomb", "ana");

    Shown.EventView v = (Shown.EventView) store.show(bombing).orElseThrow();
    assertThat(v.type().name()).isEqualTo("KILLING");
    assertThat(v.accounts()).allSatisfy(a -> assertThat(a.type().name()).isEqualTo("BOMBING"));
    assertThat(v.corrections()).singleElement().asString().startsWith("retyped as KILLING by ana");
    assertThat(store.timeline(null, null, null))
        .filteredOn(e -> e.time().equals("2021-02-11")).isNotEmpty()
        .allSatisfy(e -> assertThat(e.type()).isEqualTo("KILLING"));
  }

  @Test
  void correctingOneReportsIdCorrectsTheWholeEvent() {
    Shown.EventView before = (Shown.EventView) store.show(bombing).orElseThrow();
    assertThat(before.accounts()).hasSizeGreaterThan(1);
    String report = before.accounts().getLast().event();

    store.correct(report, Action.RETYPE, "KILLING", "invented: a shooting", "ana");
    store.correct(report, Action.REJECT, null, "invented: never happened", "ana");

    assertThat(((Shown.EventView) store.show(bombing).orElseThrow()).type().name())
        .isEqualTo("KILLING");
    assertThat(store.timeline(null, null, null)).noneMatch(e -> e.time().equals("2021-02-11"));
    assertThat(links()).noneMatch(l -> l.target().equals(bombing));
  }

  @Test
  void rejectedEventLeavesTheTimelineAndTakesTheClaimsAboutItOutOfLinks() {
    store.correct(bombing, Action.REJECT, null, "invented: never happened", "ana");

    assertThat(links()).noneMatch(l -> l.target().equals(bombing));
    assertThat(store.timeline(null, null, null)).noneMatch(e -> e.time().equals("2021-02-11"));
    assertThat(links()).anyMatch(l -> l.type().equals("MEMBER_OF"));
  }

  @Test
  void reattributedEventNamesTheNewPerpetratorInItsLinks() {
    store.correct(bombing, Action.REATTRIBUTE, nds, "invented: a test of re-attribution", "ana");

    assertThat(links()).filteredOn(l -> l.target().equals(bombing)
            && l.type().equals("PERPETRATOR_OF"))
        .singleElement().satisfies(l -> assertThat(l.source()).isEqualTo(nds));
  }

  @Test
  void reattributedClaimHasTheNewSpeaker() {
    String claim = link("MEMBER_OF").claims().getFirst();

    store.correct(claim, Action.REATTRIBUTE, nds, "invented: the NDS said it", "ana");

    assertThat(store.evidence(SourceTable.bundled()).links())
        .filteredOn(l -> l.type().equals("MEMBER_OF")).singleElement()
        .satisfies(l -> assertThat(l.origins()).anyMatch(o -> o.contains("National Directorate")));
  }

  @Test
  void linkCorrectionsRejectRetypeAndReattributeTheWholeLink() {
    Link membership = link("MEMBER_OF");
    String id = membership.source() + "~" + membership.target() + "~MEMBER_OF";

    store.correct(id, Action.RETYPE, "LEADS", "invented: he leads it", "ana");
    assertThat(links()).anyMatch(l -> l.type().equals("LEADS")
        && l.source().equals(membership.source()));

    store.correct(id, Action.REJECT, null, "invented: no tie at all", "ana");
    assertThat(links()).noneMatch(l -> l.source().equals(membership.source())
        && l.target().equals(membership.target()));
  }

  @Test
  void aLaterCorrectionOfTheSameKindSupersedesTheEarlier() {
    store.correct(bombing, Action.RETYPE, "KILLING", "invented: first thought", "ana");
    store.correct(bombing, Action.RETYPE, "ARMED_ASSAULT", "invented: second thought", "ben");

    Shown.EventView v = (Shown.EventView) store.show(bombing).orElseThrow();
    assertThat(v.type().name()).isEqualTo("ARMED_ASSAULT");
    assertThat(v.corrections()).singleElement().asString().contains("second thought");
  }

  @Test
  void correctionsHoldThroughReResolutionAndReIngest() {
    String claim = link("MEMBER_OF").claims().getFirst();
    store.correct(claim, Action.REJECT, null, "invented: retracted", "ana");
    store.correct(bombing, Action.RETYPE, "KILLING", "invented: a shooting", "ana");

    store.resolve();
    for (ExportFixture.Saved s : ExportFixture.reports()) {
      store.save(s.doc(), s.extraction());
    }

    assertThat(links()).noneMatch(l -> l.type().equals("MEMBER_OF"));
    assertThat(((Shown.EventView) store.show(bombing).orElseThrow()).type().name())
        .isEqualTo("KILLING");
  }

  @Test
  void theExportListsTheCorrectionsAndItsLinksFollowThem() {
    String claim = link("MEMBER_OF").claims().getFirst();
    store.correct(claim, Action.REJECT, null, "invented: retracted", "ana");

    String json = ExportFixture.export(store, ExportFormat.JSON);

    assertThat(json).contains("\"corrections\"").contains("\"target\" : \"" + claim + "\"")
        .contains("\"action\" : \"REJECT\"").doesNotContain("\"type\" : \"MEMBER_OF\"");
  }

  @Test
  void theGraphExportsLeaveOutARejectedEventAndTypeARetypedOne() {
    assertThat(ExportFixture.export(store, ExportFormat.CSV)).contains("BOMBING");

    store.correct(bombing, Action.RETYPE, "KILLING", "invented: a shooting", "ana");
    assertThat(ExportFixture.export(store, ExportFormat.CSV)).contains("KILLING")
        .doesNotContain("BOMBING");

    store.correct(bombing, Action.REJECT, null, "invented: never happened", "ana");
    assertThat(ExportFixture.export(store, ExportFormat.CSV)).doesNotContain("KILLING")
        .doesNotContain("2021-02-11");
  }

  @Test
  void badTargetsAndValuesAreRefusedNamingThemAndNothingIsStored() {
    assertThatThrownBy(() -> store.correct("evt-000000000000", Action.REJECT, null, "x", "ana"))
        .isInstanceOf(StoreException.class).hasMessageContaining("evt-000000000000: no such event");
    assertThatThrownBy(() -> store.correct(bombing, Action.RETYPE, "picnic", "x", "ana"))
        .isInstanceOf(StoreException.class).hasMessageContaining("'picnic' is not an event type")
        .hasMessageContaining("BOMBING");
    assertThatThrownBy(() -> store.correct(bombing, Action.REATTRIBUTE, "ent-000000000000", "x", "ana"))
        .isInstanceOf(StoreException.class).hasMessageContaining("no such entity");
    assertThatThrownBy(() -> store.correct("nonsense", Action.REJECT, null, "x", "ana"))
        .isInstanceOf(StoreException.class).hasMessageContaining("not an event, claim or link id");
    long stored = store.read("count", h -> h.createQuery("SELECT count(*) FROM fact_corrections")
        .mapTo(Long.class).one());
    assertThat(stored).isZero();
  }

  private static List<Link> links() {
    return store.evidence(SourceTable.bundled()).links();
  }

  private static Link link(String type) {
    return links().stream().filter(l -> l.type().equals(type)).findFirst().orElseThrow();
  }

  private static Link perpetratorLink() {
    return links().stream().filter(l -> l.type().equals("PERPETRATOR_OF")
        && l.source().equals(islamicState)).findFirst().orElseThrow();
  }
}
