package org.triangulate.graph.links;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * A coded row against the news, and counts that differ between sources, over hand-made claims and
 * reports (invented rows, outlets and events).
 */
class DisagreementsTest {
  private static final Map<String, Origins.EntityName> NAMES = Map.of(
      "ent-isis", new Origins.EntityName("Islamic State", "ORGANIZATION", "isis"),
      "ent-hqn", new Origins.EntityName("Haqqani Network", "ORGANIZATION", "haqqani-network"),
      "ent-tal", new Origins.EntityName("Taliban", "ORGANIZATION", "taliban"),
      "ent-police", new Origins.EntityName("provincial police", "ORGANIZATION", null));
  private static int n;

  /** A claim of the invented ACLED row doc-row about evt-1: the dataset speaks. */
  private static ClaimFact coded(String subject, String predicate, String object) {
    return new ClaimFact("clm-r" + (++n), "doc-row", "ACLED", LocalDate.of(2024, 3, 5), null, null,
        null, null, "ACLED", List.of(), "ASSERTED", subject, predicate, object, object != null, "Actor 1");
  }

  /** A claim of the invented news report {@code doc} about evt-1, the police speaking. */
  private static ClaimFact news(String doc, String modality, String subject, String predicate, String object) {
    return new ClaimFact("clm-n" + (++n), doc, "Example Ledger", LocalDate.of(2024, 3, 6), "ent-police",
        "ORGANIZATION", "provincial police", null, null, List.of(), modality, subject, predicate, object,
        object != null, "police said");
  }

  private static ReportFact row(String group, Integer killed, Integer injured) {
    return new ReportFact("evt-r" + (++n), group, "doc-row", "ACLED", true, killed, injured);
  }

  private static ReportFact report(String doc, String source, String group, Integer killed, Integer injured) {
    return new ReportFact("evt-n" + (++n), group, doc, source, false, killed, injured);
  }

  private static List<Conflict> conflicts(List<ClaimFact> claims, List<ReportFact> reports) {
    return EvidenceGraph.of(claims, reports, NAMES, SourceTable.bundled()).conflicts();
  }

  private static final List<ReportFact> ONE_ROW_ONE_REPORT =
      List.of(row("evt-1", null, null), report("doc-news", "Example Ledger", "evt-1", null, null));

  @Test
  void aCodedRowsPerpetratorThatTheNewsDoesNotNameIsAConflict() {
    List<Conflict> cs = conflicts(List.of(
        coded("ent-tal", "PERPETRATOR_OF", "evt-1"),
        news("doc-news", "ASSERTED", "ent-hqn", "PERPETRATOR_OF", "evt-1")), ONE_ROW_ONE_REPORT);

    assertThat(cs).singleElement().satisfies(c -> {
      assertThat(c.kind()).isEqualTo(Conflict.PERPETRATOR_DIFFERS);
      assertThat(c.event()).isEqualTo("evt-1");
      assertThat(c.coded()).containsExactly("ent-tal");
      assertThat(c.attributed()).containsExactly("ent-hqn");
      assertThat(c.claims()).hasSize(2);
    });
  }

  @Test
  void newsNamingTheCodedGroupAmongOthersAgreesWithTheRow() {
    List<Conflict> cs = conflicts(List.of(
        coded("ent-tal", "PERPETRATOR_OF", "evt-1"),
        news("doc-news", "ASSERTED", "ent-tal", "PERPETRATOR_OF", "evt-1"),
        news("doc-news", "ASSERTED", "ent-hqn", "PERPETRATOR_OF", "evt-1")), ONE_ROW_ONE_REPORT);

    assertThat(cs).isEmpty();
  }

  @Test
  void twoNewsReportsBlamingDifferentGroupsWithoutACodedRowAreNotThisConflict() {
    List<Conflict> cs = conflicts(List.of(
        news("doc-a", "ASSERTED", "ent-tal", "PERPETRATOR_OF", "evt-1"),
        news("doc-b", "ASSERTED", "ent-hqn", "PERPETRATOR_OF", "evt-1")),
        List.of(report("doc-a", "Example Ledger", "evt-1", null, null),
            report("doc-b", "Frontier Daily", "evt-1", null, null)));

    assertThat(cs).isEmpty();
  }

  @Test
  void aRowAndNewsAboutTwoDifferentEventsDisagreeOnNothing() {
    List<Conflict> cs = conflicts(List.of(
        coded("ent-tal", "PERPETRATOR_OF", "evt-1"),
        news("doc-news", "ASSERTED", "ent-hqn", "PERPETRATOR_OF", "evt-2")),
        List.of(row("evt-1", 3, null), report("doc-news", "Example Ledger", "evt-2", 9, null)));

    assertThat(cs).isEmpty();
  }

  @Test
  void aGroupClaimingWhatTheRowCodesToAnotherStaysClaimedVsAttributed() {
    List<Conflict> cs = conflicts(List.of(
        coded("ent-tal", "PERPETRATOR_OF", "evt-1"),
        news("doc-news", "CLAIMED", "ent-isis", "CLAIMED", "evt-1")), ONE_ROW_ONE_REPORT);

    assertThat(cs).singleElement().satisfies(c -> {
      assertThat(c.kind()).isEqualTo(Conflict.CLAIMED_VS_ATTRIBUTED);
      assertThat(c.claimed()).containsExactly("ent-isis");
      assertThat(c.attributed()).containsExactly("ent-tal");
    });
  }

  /** A claim of an invented GTD row {@code doc} about evt-1. */
  private static ClaimFact gtd(String doc, String modality, String subject) {
    return new ClaimFact("clm-g" + (++n), doc, "GTD", LocalDate.of(2024, 3, 5), null, null, null, null,
        "GTD", List.of(), modality, subject, "PERPETRATOR_OF", "evt-1", true, "Actor 1");
  }

  private static ReportFact gtdRow(String doc) {
    return new ReportFact("evt-g" + (++n), "evt-1", doc, "GTD", true, null, null);
  }

  @Test
  void twoDatasetsRowsNamingDifferentPerpetratorsConflictEvenWhenTheNewsAgreesWithOne() {
    List<Conflict> cs = conflicts(List.of(
        coded("ent-tal", "PERPETRATOR_OF", "evt-1"),
        gtd("doc-gtd", "ASSERTED", "ent-isis"),
        news("doc-news", "ASSERTED", "ent-tal", "PERPETRATOR_OF", "evt-1")),
        List.of(row("evt-1", null, null), gtdRow("doc-gtd"),
            report("doc-news", "Example Ledger", "evt-1", null, null)));

    assertThat(cs).singleElement().satisfies(c -> {
      assertThat(c.kind()).isEqualTo(Conflict.PERPETRATOR_DIFFERS);
      assertThat(c.coded()).containsExactly("ent-tal");
      assertThat(c.attributed()).containsExactly("ent-isis");
      assertThat(c.claims()).hasSize(2);
    });
  }

  @Test
  void rowsAgreeingWithEachOtherOrNamingTheOthersGroupAsASuspectDoNotConflict() {
    List<ReportFact> reports = List.of(row("evt-1", null, null), gtdRow("doc-gtd"));

    assertThat(conflicts(List.of(coded("ent-tal", "PERPETRATOR_OF", "evt-1"),
        gtd("doc-gtd", "ASSERTED", "ent-tal")), reports)).isEmpty();
    assertThat(conflicts(List.of(coded("ent-tal", "PERPETRATOR_OF", "evt-1"),
        gtd("doc-gtd", "ASSERTED", "ent-isis"), gtd("doc-gtd", "HEDGED", "ent-tal")), reports)).isEmpty();
  }

  @Test
  void aRowCodingTwoGroupsOneOfWhichClaimedItTellsOfAJointAttackNotAConflict() {
    ClaimFact claimed = new ClaimFact("clm-g" + (++n), "doc-gtd", "GTD", LocalDate.of(2024, 3, 5), null,
        null, null, null, "GTD", List.of(), "ASSERTED", "ent-isis", "CLAIMED", "evt-1", true,
        "Responsibility claimed by");
    List<ReportFact> reports = List.of(gtdRow("doc-gtd"), report("doc-news", "Example Ledger", "evt-1", null, null));

    assertThat(conflicts(List.of(gtd("doc-gtd", "ASSERTED", "ent-isis"), gtd("doc-gtd", "ASSERTED", "ent-tal"),
        claimed), reports)).isEmpty();
    assertThat(conflicts(List.of(gtd("doc-gtd", "ASSERTED", "ent-isis"), gtd("doc-gtd", "ASSERTED", "ent-tal"),
        claimed, news("doc-news", "ASSERTED", "ent-hqn", "PERPETRATOR_OF", "evt-1")), reports))
        .as("the news naming a third group still conflicts with the claim and the row")
        .extracting(Conflict::kind)
        .containsExactlyInAnyOrder(Conflict.CLAIMED_VS_ATTRIBUTED, Conflict.PERPETRATOR_DIFFERS);
  }

  @Test
  void twoRowsOfOneDatasetAreNotThisConflict() {
    assertThat(conflicts(List.of(gtd("doc-g1", "ASSERTED", "ent-tal"), gtd("doc-g2", "ASSERTED", "ent-isis")),
        List.of(gtdRow("doc-g1"), gtdRow("doc-g2")))).isEmpty();
  }

  @Test
  void aCodedRowCitingAnOutletIsOneOriginWithThatOutletsOwnReport() {
    Map<String, Origins.EntityName> names = new java.util.HashMap<>(NAMES);
    names.put("ent-wire", new Origins.EntityName("Example Wire", "ORGANIZATION", null));
    ClaimFact row = new ClaimFact("clm-r" + (++n), "doc-row", "ACLED", LocalDate.of(2024, 3, 5), null,
        null, null, null, "ACLED", List.of("ent-wire"), "ASSERTED", "ent-tal", "PERPETRATOR_OF",
        "evt-1", true, "Actor 1: Taliban.");
    ClaimFact wire = new ClaimFact("clm-n" + (++n), "doc-wire", "Example Wire", LocalDate.of(2024, 3, 5),
        null, null, null, null, "the article", List.of(), "ASSERTED", "ent-tal", "PERPETRATOR_OF",
        "evt-1", true, "Taliban fighters attacked");
    ClaimFact uncited = new ClaimFact("clm-r" + (++n), "doc-row2", "GTD", LocalDate.of(2024, 3, 5), null,
        null, null, null, "GTD", List.of(), "ASSERTED", "ent-tal", "PERPETRATOR_OF", "evt-1", true,
        "Actor 1: Taliban.");

    EvidenceGraph cited = EvidenceGraph.of(List.of(row, wire), List.of(), names, SourceTable.bundled());
    EvidenceGraph withUncited = EvidenceGraph.of(List.of(row, wire, uncited), List.of(), names,
        SourceTable.bundled());

    assertThat(cited.links()).singleElement().satisfies(l -> {
      assertThat(l.documents()).isEqualTo(2);
      assertThat(l.independentOrigins()).isEqualTo(1);
      assertThat(l.origins()).containsExactly("Example Wire");
      assertThat(l.explanation()).anyMatch(e -> e.contains("ACLED cites Example Wire"));
    });
    assertThat(withUncited.links()).singleElement()
        .satisfies(l -> assertThat(l.independentOrigins()).as("a row citing no outlet stands alone").isEqualTo(2));
  }

  @Test
  void aCodedRowCitingSeveralOutletsIsOneOriginWithTheReportOfAnyOfThem() {
    Map<String, Origins.EntityName> names = new java.util.HashMap<>(NAMES);
    names.put("ent-wire", new Origins.EntityName("Example Wire", "ORGANIZATION", null));
    names.put("ent-daily", new Origins.EntityName("Example Daily", "ORGANIZATION", null));
    ClaimFact row = new ClaimFact("clm-r" + (++n), "doc-row", "GTD", LocalDate.of(2024, 3, 5), null,
        null, null, null, "GTD", List.of("ent-wire", "ent-daily"), "ASSERTED", "ent-tal", "PERPETRATOR_OF",
        "evt-1", true, "Actor 1: Taliban.");
    ClaimFact daily = new ClaimFact("clm-n" + (++n), "doc-daily", "Example Daily", LocalDate.of(2024, 3, 6),
        null, null, null, null, "the article", List.of(), "ASSERTED", "ent-tal", "PERPETRATOR_OF",
        "evt-1", true, "Taliban fighters attacked");
    ClaimFact wire = new ClaimFact("clm-n" + (++n), "doc-wire", "Example Wire", LocalDate.of(2024, 3, 6),
        null, null, null, null, "the article", List.of(), "ASSERTED", "ent-tal", "PERPETRATOR_OF",
        "evt-1", true, "Taliban fighters attacked");

    TracedEvidence withDaily = traced(names, row, daily);
    assertThat(withDaily.graph().links()).singleElement().satisfies(l -> {
      assertThat(l.independentOrigins()).isEqualTo(1);
      assertThat(l.origins()).containsExactly("Example Daily");
      assertThat(l.explanation()).anyMatch(e -> e.contains("GTD cites Example Wire; Example Daily"));
    });
    assertThat(withDaily.origins().get(row.id()).name()).as("views group the row as the link counts it")
        .isEqualTo("Example Daily");
    assertThat(traced(names, row, wire, daily).graph().links()).singleElement()
        .satisfies(l -> assertThat(l.origins()).as("two outlets stay independent of each other")
            .containsExactlyInAnyOrder("Example Wire", "Example Daily"));
    assertThat(traced(names, row).graph().links()).singleElement()
        .satisfies(l -> assertThat(l.origins()).as("alone, within the first cited").containsExactly("Example Wire"));
  }

  private static TracedEvidence traced(Map<String, Origins.EntityName> names, ClaimFact... claims) {
    EvidenceGraph g = EvidenceGraph.of(List.of(claims), List.of(), names, SourceTable.bundled());
    return new TracedEvidence(g, g.originsByClaim());
  }

  @Test
  void aRowAndAReportCountingTheDeadBeyondTheToleranceConflict() {
    ClaimFact rowOccurred = coded("evt-1", "OCCURRED", null);
    ClaimFact newsOccurred = news("doc-news", "ASSERTED", "evt-1", "OCCURRED", null);
    List<Conflict> cs = conflicts(List.of(rowOccurred, newsOccurred),
        List.of(row("evt-1", 3, 2), report("doc-news", "Example Ledger", "evt-1", 7, 2)));

    assertThat(cs).singleElement().satisfies(c -> {
      assertThat(c.kind()).isEqualTo(Conflict.COUNTS_DIFFER);
      assertThat(c.event()).isEqualTo("evt-1");
      assertThat(c.counts()).extracting(Conflict.Count::field).containsOnly("killed");
      assertThat(c.counts()).extracting(Conflict.Count::source, Conflict.Count::value)
          .containsExactly(org.assertj.core.groups.Tuple.tuple("ACLED", 3),
              org.assertj.core.groups.Tuple.tuple("Example Ledger", 7));
      assertThat(c.claims()).containsExactly(rowOccurred.id(), newsOccurred.id());
    });
  }

  @Test
  void theWoundedAreCountedApartFromTheDead() {
    List<Conflict> cs = conflicts(List.of(),
        List.of(row("evt-1", 3, 2), report("doc-news", "Example Ledger", "evt-1", 3, 12)));

    assertThat(cs).singleElement().satisfies(c ->
        assertThat(c.counts()).extracting(Conflict.Count::field).containsOnly("injured"));
  }

  @Test
  void equalCountsCountsWithinToleranceAndAMissingCountMakeNoConflict() {
    assertThat(conflicts(List.of(), List.of(row("evt-1", 3, 2),
        report("doc-news", "Example Ledger", "evt-1", 3, 2)))).isEmpty();
    assertThat(conflicts(List.of(), List.of(row("evt-1", 4, null),
        report("doc-news", "Example Ledger", "evt-1", 3, 2)))).as("one apart; no injured coded").isEmpty();
    assertThat(conflicts(List.of(), List.of(row("evt-1", 54, null),
        report("doc-news", "Example Ledger", "evt-1", 50, null)))).as("a tenth of 54").isEmpty();
  }

  @Test
  void theToleranceIsOneOrATenthOfTheLarger() {
    assertThat(Disagreements.agree(0, 1)).isTrue();
    assertThat(Disagreements.agree(3, 5)).isFalse();
    assertThat(Disagreements.agree(50, 55)).isTrue();
    assertThat(Disagreements.agree(50, 56)).isFalse();
    assertThat(Disagreements.agree(0, 2)).isFalse();
  }

  @Test
  void oneOutletUpdatingItsOwnTollIsNoConflict() {
    assertThat(conflicts(List.of(), List.of(
        report("doc-a", "Example Ledger", "evt-1", 3, null),
        report("doc-b", "Example Ledger", "evt-1", 11, null)))).isEmpty();
  }

  @Test
  void twoOutletsCountingDifferentlyConflictWithoutACodedRowToo() {
    assertThat(conflicts(List.of(), List.of(
        report("doc-a", "Example Ledger", "evt-1", 3, null),
        report("doc-b", "Frontier Daily", "evt-1", 11, null))))
        .singleElement().extracting(Conflict::kind).isEqualTo(Conflict.COUNTS_DIFFER);
  }

  @Test
  void twoDifferentEventsWithDifferentTollsMakeNoConflict() {
    assertThat(conflicts(List.of(), List.of(row("evt-1", 3, null),
        report("doc-news", "Example Ledger", "evt-2", 30, null)))).isEmpty();
  }
}
