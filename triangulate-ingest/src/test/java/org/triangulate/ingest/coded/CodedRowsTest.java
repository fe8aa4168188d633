package org.triangulate.ingest.coded;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import java.io.IOException;
import java.io.Reader;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.triangulate.ingest.Fixtures;
import org.triangulate.ingest.IngestException;
import org.triangulate.ingest.coded.CodedDocuments.Coded;
import org.triangulate.ingest.coded.CodedRows.Dataset;
import org.triangulate.model.Claim;
import org.triangulate.model.Document;
import org.triangulate.model.EntityType;
import org.triangulate.model.Event;
import org.triangulate.model.EventType;
import org.triangulate.model.LocalEntity;
import org.triangulate.model.Participant;
import org.triangulate.model.Predicate;
import org.triangulate.model.Role;
import org.triangulate.model.TimeSpec;

/** ACLED and GTD rows in their own layouts: events with their sides, place and toll. */
class CodedRowsTest {
  private record Read(List<CodedRow> rows, Map<String, Integer> skipped) {}

  private static Read read(Dataset dataset, String fixture) throws IOException {
    List<CodedRow> rows = new ArrayList<>();
    Path file = Fixtures.path("coded/" + fixture);
    try (Reader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
      Map<String, Integer> skipped = CodedRows.forEach(dataset, fixture, in, rows::add);
      return new Read(rows, skipped);
    }
  }

  private static Coded coded(CodedRow row) {
    return CodedDocuments.of(row.event(), row.name(), row.raw(), Fixtures.NOW);
  }

  @Test
  void anAcledRowIsAnEventWithItsActorsPlaceAndFatalitiesEachClaimedByAcled() throws IOException {
    Coded bomb = coded(read(Dataset.ACLED, "acled.csv").rows().get(0));

    Event event = bomb.extraction().events().getFirst();
    assertThat(event.type()).isEqualTo(EventType.BOMBING);
    assertThat(event.time().value()).isEqualTo("2024-03-05");
    assertThat(event.time().precision()).isEqualTo(TimeSpec.Precision.DAY);
    assertThat(event.killed()).isEqualTo(3);
    assertThat(event.participants()).extracting(Participant::role, Participant::text).containsExactly(
        tuple(Role.PERPETRATOR, "Taliban"),
        tuple(Role.TARGET, "Police Forces of Afghanistan (2021-)"));
    LocalEntity place = bomb.extraction().entities().stream()
        .filter(x -> x.key().equals(event.location())).findFirst().orElseThrow();
    assertThat(place.type()).isEqualTo(EntityType.LOCATION);
    assertThat(place.name()).isEqualTo("Andar");
    assertThat(place.geo()).isNotNull();
    assertThat(place.geo().country()).isEqualTo("AF");
    assertThat(place.geo().lat()).isEqualTo(33.13);
    assertThat(bomb.extraction().claims()).extracting(Claim::speakerText, Claim::predicate).containsExactly(
        tuple("ACLED", Predicate.OCCURRED),
        tuple("ACLED", Predicate.PERPETRATOR_OF),
        tuple("ACLED", Predicate.TARGETED));
  }

  @Test
  void acledsAssociatedActorsTakeThePartOfTheirSideEachClaimedByAcled() throws IOException {
    Coded clash = coded(read(Dataset.ACLED, "acled-associates.csv").rows().get(0));
    Document doc = clash.document();

    assertThat(clash.extraction().events().getFirst().participants())
        .extracting(Participant::role, Participant::text).containsExactly(
            tuple(Role.PERPETRATOR, "Taliban"),
            tuple(Role.PERPETRATOR, "Haqqani Network"),
            tuple(Role.PERPETRATOR, "Lashkar-e-Taiba"),
            tuple(Role.TARGET, "National Resistance Front"),
            tuple(Role.TARGET, "Afghanistan Freedom Front"));
    assertThat(clash.extraction().claims()).extracting(Claim::subject, Claim::predicate)
        .filteredOn(t -> t.toList().get(1) == Predicate.PERPETRATOR_OF).hasSize(3);
    assertThat(doc.text()).contains("Associated with actor 1: Haqqani Network; Lashkar-e-Taiba.")
        .contains("Associated with actor 2: Afghanistan Freedom Front.");
    clash.extraction().entities().forEach(x -> x.mentions().forEach(m -> {
      assertThat(m.evidence().text()).isEqualTo(x.name());
      assertThat(m.evidence().span().of(doc.text())).isEqualTo(x.name());
    }));
    clash.extraction().claims().forEach(c -> c.evidence().forEach(x ->
        assertThat(x.span().of(doc.text())).isEqualTo(x.text())));
  }

  @Test
  void associatedIdentityGroupsAreParticipantsWithoutAnEntity() throws IOException {
    Coded attack = coded(read(Dataset.ACLED, "acled-associates.csv").rows().get(1));

    assertThat(attack.extraction().events().getFirst().participants())
        .extracting(Participant::role, Participant::text, Participant::entity).containsExactly(
            tuple(Role.PERPETRATOR, "Islamic State (Afghanistan)", "e2"),
            tuple(Role.VICTIM, "Civilians (Afghanistan)", null),
            tuple(Role.VICTIM, "Women (Afghanistan)", null),
            tuple(Role.VICTIM, "Hazara Ethnic Group (Afghanistan)", null));
    assertThat(attack.extraction().claims()).extracting(Claim::predicate)
        .containsExactly(Predicate.OCCURRED, Predicate.PERPETRATOR_OF);
  }

  @Test
  void associatedActorsAreSplitAtSemicolonsWithoutBlanksRepeatsOrTheSideItself() {
    assertThat(CodedRows.associates(" A ; B;;A; Taliban ", "Taliban")).containsExactly("A", "B");
    assertThat(CodedRows.associates(null, "Taliban")).isEmpty();
  }

  @Test
  void theDocumentStatesTheRowAndEveryPieceOfEvidenceIsInIt() throws IOException {
    Coded bomb = coded(read(Dataset.ACLED, "acled.csv").rows().get(0));
    Document doc = bomb.document();

    assertThat(doc.meta().title()).isEqualTo("ACLED XAF9001: Remote explosive/landmine/IED in Andar");
    assertThat(doc.meta().source()).isEqualTo("ACLED");
    assertThat(doc.text()).contains("Place: Andar, Ghazni, Afghanistan (33.1300, 68.4200).")
        .contains("Actor 1: Taliban.").contains("Fatalities: 3.");
    assertThat(doc.custody().file()).isEqualTo("acled.csv row 1 (XAF9001)");
    assertThat(doc.custody().mediaType()).isEqualTo("text/csv");
    bomb.extraction().claims().forEach(c -> c.evidence().forEach(x ->
        assertThat(x.span().of(doc.text())).isEqualTo(x.text())));
    bomb.extraction().entities().forEach(x -> x.mentions().forEach(m ->
        assertThat(m.evidence().text()).isEqualTo(x.name())));
  }

  @Test
  void rowsOfTypesNotModelledAreCountedAndUnnamedSidesGetNoEntity() throws IOException {
    Read acled = read(Dataset.ACLED, "acled.csv");

    assertThat(acled.skipped()).containsExactly(Map.entry("Peaceful protest", 1));
    assertThat(acled.rows()).extracting(CodedRow::name).containsExactly("acled.csv row 1 (XAF9001)",
        "acled.csv row 3 (XAF9003)", "acled.csv row 4 (XAF9004)", "acled.csv row 5 (XAF9005)");
    Coded shooting = coded(acled.rows().get(1));
    assertThat(shooting.extraction().events().getFirst().participants())
        .allMatch(p -> p.entity() == null);
    assertThat(shooting.extraction().claims()).extracting(Claim::predicate).containsExactly(Predicate.OCCURRED);
    assertThat(shooting.document().meta().title()).isEqualTo("ACLED XAF9003: Attack in Herat");
  }

  @Test
  void aBadValueFailsItsRowAloneNamingRowColumnAndValue() throws IOException {
    List<CodedRow> rows = read(Dataset.ACLED, "acled.csv").rows();

    assertThatThrownBy(() -> rows.get(2).event()).isInstanceOf(IngestException.class)
        .hasMessage("acled.csv row 4 (XAF9004): fatalities is not a count: \"many\"");
    assertThatThrownBy(() -> rows.get(3).event()).isInstanceOf(IngestException.class)
        .hasMessage("acled.csv row 5 (XAF9005): event_date is not a date: \"2024-02-30\"");
  }

  @Test
  void aGtdRowKeepsItsPrecisionItsClaimAndItsWounded() throws IOException {
    List<CodedRow> rows = read(Dataset.GTD, "gtd.csv").rows();

    Coded bomb = coded(rows.get(0));
    Event event = bomb.extraction().events().getFirst();
    assertThat(event.killed()).isEqualTo(3);
    assertThat(event.injured()).isEqualTo(2);
    assertThat(bomb.extraction().claims()).extracting(Claim::predicate)
        .containsExactly(Predicate.OCCURRED, Predicate.PERPETRATOR_OF, Predicate.CLAIMED);
    assertThat(event.participants()).filteredOn(p -> p.role() == Role.TARGET)
        .singleElement().satisfies(p -> assertThat(p.entity()).isNull());
    Event april = coded(rows.get(1)).extraction().events().getFirst();
    assertThat(april.time().value()).isEqualTo("2024-04");
    assertThat(april.time().precision()).isEqualTo(TimeSpec.Precision.MONTH);
    assertThat(april.killed()).isNull();
    Coded yearOnly = coded(rows.get(2));
    assertThat(yearOnly.extraction().events().getFirst().time().value()).isEqualTo("2024");
    assertThat(yearOnly.extraction().events().getFirst().type()).isEqualTo(EventType.ASSASSINATION);
    assertThat(yearOnly.extraction().claims()).extracting(Claim::predicate).doesNotContain(Predicate.CLAIMED);
    assertThat(yearOnly.extraction().entities()).filteredOn(x -> x.type() == EntityType.LOCATION)
        .singleElement().satisfies(x -> assertThat(x.geo()).isNull());
  }

  @Test
  void gtdsSecondAndThirdGroupsArePerpetratorsASuspectedOneHedged() throws IOException {
    Coded bomb = coded(read(Dataset.GTD, "gtd-groups.csv").rows().get(0));
    Document doc = bomb.document();

    assertThat(bomb.extraction().events().getFirst().participants())
        .extracting(Participant::role, Participant::text).containsExactly(
            tuple(Role.PERPETRATOR, "Taliban"),
            tuple(Role.PERPETRATOR, "Haqqani Network"),
            tuple(Role.TARGET, "Police checkpoint"),
            tuple(Role.TARGET, "Passers-by"));
    assertThat(bomb.extraction().claims())
        .filteredOn(c -> c.predicate() == Predicate.PERPETRATOR_OF)
        .extracting(c -> name(bomb, c.subject()), Claim::modality).containsExactly(
            tuple("Taliban", org.triangulate.model.Modality.ASSERTED),
            tuple("Haqqani Network", org.triangulate.model.Modality.HEDGED));
    assertThat(doc.text()).contains("Actor 1: Taliban (subgroup Example Front).")
        .contains("Group 2: Haqqani Network (suspected).")
        .contains("Actor 2: Police checkpoint (Example Provincial Police; Police; Afghanistan).")
        .contains("Target 2: Passers-by (Private Citizens & Property; Afghanistan).")
        .contains("Responsibility claimed by: Taliban (Internet).")
        .contains("Data collection: Example Collection.")
        .doesNotContain("Group 3").doesNotContain("Target 3").doesNotContain("Unknown");
    assertThat(bomb.extraction().claims()).extracting(Claim::predicate)
        .containsOnlyOnce(Predicate.CLAIMED);
    bomb.extraction().claims().forEach(c -> c.evidence().forEach(x ->
        assertThat(x.span().of(doc.text())).isEqualTo(x.text())));
  }

  @Test
  void gtdsSecondAttackTypeIsStatedBesideTheEventWhichKeepsTheFirst() throws IOException {
    Coded bomb = coded(read(Dataset.GTD, "gtd-groups.csv").rows().get(0));

    Event event = bomb.extraction().events().getFirst();
    assertThat(event.type()).isEqualTo(EventType.BOMBING);
    assertThat(bomb.document().text()).contains("Also coded as: Armed Assault.");
    Claim occurred = bomb.extraction().claims().getFirst();
    assertThat(occurred.predicate()).isEqualTo(Predicate.OCCURRED);
    assertThat(occurred.evidence()).extracting(org.triangulate.model.Evidence::text)
        .contains("Also coded as: Armed Assault.");
    assertThat(event.evidence()).hasSize(2);
  }

  @Test
  void eachGtdGroupThatClaimedItIsAClaimOfResponsibility() throws IOException {
    Coded attack = coded(read(Dataset.GTD, "gtd-groups.csv").rows().get(1));

    assertThat(attack.extraction().claims()).filteredOn(c -> c.predicate() == Predicate.CLAIMED)
        .extracting(c -> name(attack, c.subject())).containsExactly("Islamic State", "Taliban");
    assertThat(attack.document().text())
        .contains("Responsibility claimed by: Islamic State (Video); Taliban (Letter).")
        .contains("Actor 1: Islamic State (suspected).");
    assertThat(attack.extraction().events().getFirst().participants())
        .filteredOn(p -> p.role() == Role.TARGET).extracting(Participant::text)
        .containsExactly("Checkpoint");
  }

  @Test
  void competingClaimsKeepEachGroupsClaimAndLeaveWhoDidItHedged() throws IOException {
    List<CodedRow> rows = read(Dataset.GTD, "gtd-groups.csv").rows();
    Coded rivals = coded(rows.get(2));

    assertThat(rivals.document().text()).contains(
        "Responsibility claimed by (competing claims): Islamic State (Internet); Taliban (Video).");
    assertThat(rivals.extraction().claims()).filteredOn(c -> c.predicate() == Predicate.CLAIMED)
        .extracting(c -> name(rivals, c.subject()), Claim::modality).containsExactly(
            tuple("Islamic State", org.triangulate.model.Modality.ASSERTED),
            tuple("Taliban", org.triangulate.model.Modality.ASSERTED));
    assertThat(rivals.extraction().claims()).filteredOn(c -> c.predicate() == Predicate.PERPETRATOR_OF)
        .extracting(c -> name(rivals, c.subject()), Claim::modality).containsExactly(
            tuple("Islamic State", org.triangulate.model.Modality.HEDGED),
            tuple("Taliban", org.triangulate.model.Modality.HEDGED));
    // compclaim blank (row 2) or 0 (row 1): one claim, or a joint attack, as before
    assertThat(rows.get(1).event().competingClaims()).isFalse();
    Coded joint = coded(rows.get(1));
    assertThat(joint.extraction().claims())
        .filteredOn(c -> c.predicate() == Predicate.PERPETRATOR_OF)
        .extracting(c -> name(joint, c.subject()), Claim::modality)
        .contains(tuple("Taliban", org.triangulate.model.Modality.ASSERTED));
    assertThat(coded(rows.get(0)).document().text()).doesNotContain("competing");
  }

  @Test
  void aCitedOutletIsAnOrganisationAndTheChannelOfEveryClaimOfTheRow() throws IOException {
    Coded bomb = coded(read(Dataset.GTD, "gtd-groups.csv").rows().get(0));

    LocalEntity wire = bomb.extraction().entities().stream()
        .filter(x -> x.name().equals("Example Wire")).findFirst().orElseThrow();
    assertThat(wire.type()).isEqualTo(EntityType.ORGANIZATION);
    assertThat(wire.mentions().getFirst().evidence().span().of(bomb.document().text())).isEqualTo("Example Wire");
    assertThat(bomb.extraction().claims()).allSatisfy(c -> {
      assertThat(c.speakerText()).isEqualTo("GTD");
      assertThat(c.via()).containsExactly(wire.key());
    });
    Coded noTitle = coded(read(Dataset.GTD, "gtd-groups.csv").rows().get(1));
    assertThat(noTitle.extraction().claims()).allSatisfy(c -> assertThat(c.via()).isEmpty());
  }

  @Test
  void everyReadableCitedOutletIsAChannelOfEveryClaimOfTheRowFirstCitedFirst() throws IOException {
    Coded rivals = coded(read(Dataset.GTD, "gtd-groups.csv").rows().get(2));

    List<LocalEntity> outlets = rivals.extraction().entities().stream()
        .filter(x -> x.name().startsWith("Example ")).toList();
    assertThat(outlets).extracting(LocalEntity::name).containsExactly("Example Wire", "Example Daily");
    outlets.forEach(o -> assertThat(o.mentions().getFirst().evidence().span().of(rivals.document().text()))
        .isEqualTo(o.name()));
    assertThat(rivals.extraction().claims()).allSatisfy(c ->
        assertThat(c.via()).containsExactly(outlets.get(0).key(), outlets.get(1).key()));
  }

  @Test
  void citedOutletsAreReadFromAcledsListAndFromAfterGtdsQuotedTitles() {
    assertThat(CitedOutlets.acled("Pajhwok Afghan News; Xinhua;Undisclosed Source; Xinhua"))
        .containsExactly("Pajhwok Afghan News", "Xinhua");
    assertThat(CitedOutlets.acled(null)).isEmpty();
    assertThat(CitedOutlets.gtd(List.of(
        "\"Invented: bomb hits checkpoint,\" Example Wire, March 5, 2024.",
        "A. Writer, \"Invented title\", Example Ledger, 6 March 2024",
        "\"Invented title,\" Example Daily.",
        "Example Ledger bulletin",
        "\"Invented title,\" March 7, 2024.")))
        .containsExactly("Example Wire", "Example Ledger", "Example Daily");
  }

  private static String name(Coded coded, String key) {
    return coded.extraction().entities().stream().filter(x -> x.key().equals(key))
        .findFirst().orElseThrow().name();
  }

  @Test
  void aFileWithoutTheDatasetsColumnsIsOneErrorNamingTheColumn() {
    Reader in = new StringReader("# Invented.\nid,date,text\n1,2024-01-01,Invented words\n");

    assertThatThrownBy(() -> CodedRows.forEach(Dataset.ACLED, "other.csv", in, row -> {}))
        .isInstanceOf(IngestException.class)
        .hasMessage("other.csv: not an ACLED file: no column event_id_cnty");
  }

  @Test
  void brokenCsvIsAnErrorNamingTheFile() {
    Reader in = new StringReader("event_id_cnty,event_date,sub_event_type,actor1,country,fatalities\n"
        + "X1,2024-01-01,Attack,\"unclosed,Afghanistan,1\n");

    assertThatThrownBy(() -> CodedRows.forEach(Dataset.ACLED, "broken.csv", in, row -> {}))
        .isInstanceOf(IngestException.class)
        .hasMessageStartingWith("broken.csv: not readable CSV: ");
  }
}
