package org.triangulate.graph.links;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Origins, grades and conflicts over hand-made claims (invented outlets and people). */
class EvidenceGraphTest {
  private static final Map<String, Origins.EntityName> NAMES = Map.of(
      "ent-isis", new Origins.EntityName("Islamic State", "ORGANIZATION", "isis"),
      "ent-hqn", new Origins.EntityName("Haqqani Network", "ORGANIZATION", "haqqani-network"),
      "ent-tal", new Origins.EntityName("Taliban", "ORGANIZATION", "taliban"),
      "ent-moi", new Origins.EntityName("Ministry of Interior Affairs", "ORGANIZATION", null),
      "ent-spk", new Origins.EntityName("Farid Zamani", "PERSON", null),
      "ent-w1", new Origins.EntityName("Gul Rahim", "PERSON", null),
      "ent-w2", new Origins.EntityName("Nazir Ahmad", "PERSON", null),
      "ent-ofac", new Origins.EntityName("Office of Foreign Assets Control", "ORGANIZATION", null),
      "ent-treasury", new Origins.EntityName("U.S. Department of the Treasury", "ORGANIZATION", null));
  private static int n;

  private static ClaimFact claim(String doc, String outlet, String speaker, String modality, String subject,
      String predicate, String object, boolean event, String evidence) {
    Origins.EntityName s = speaker == null ? null : NAMES.get(speaker);
    return new ClaimFact("clm-" + (++n), doc, outlet, LocalDate.of(2021, 3, n % 28 + 1), speaker,
        s == null ? null : s.type(), s == null ? null : s.name(), s == null ? null : s.kb(),
        speaker == null ? "the article" : null, List.of(), modality, subject, predicate, object, event, evidence);
  }

  private static EvidenceGraph graph(ClaimFact... claims) {
    return EvidenceGraph.of(List.of(claims), NAMES, SourceTable.bundled());
  }

  private static Link only(EvidenceGraph g, String type) {
    return g.links().stream().filter(l -> l.type().equals(type)).findFirst().orElseThrow();
  }

  @Test
  void threeOutletsRepeatingOneMinistryStatementAreOneOrigin() {
    EvidenceGraph g = graph(
        claim("doc-a", "Kabul Wire", "ent-spk", "ASSERTED", "ent-spk", "SPOKESPERSON_FOR", "ent-moi", false, "ministry spokesman Farid Zamani"),
        claim("doc-a", "Kabul Wire", "ent-spk", "ASSERTED", "ent-isis", "COOPERATES_WITH", "ent-hqn", false, "s1"),
        claim("doc-b", "Frontier Daily", "ent-spk", "ASSERTED", "ent-isis", "COOPERATES_WITH", "ent-hqn", false, "s2"),
        claim("doc-c", "Eastern Herald", "ent-moi", "ASSERTED", "ent-hqn", "COOPERATES_WITH", "ent-isis", false, "s3"));
    Link l = only(g, "COOPERATES_WITH");
    assertThat(l.documents()).isEqualTo(3);
    assertThat(l.independentOrigins()).isEqualTo(1);
    assertThat(l.origins()).containsExactly("Ministry of Interior Affairs");
    assertThat(l.grade()).isEqualTo("C3");
  }

  @Test
  void anOfficeAndItsDepartmentAreOneOrigin() {
    EvidenceGraph g = graph(
        claim("doc-a", "Kabul Wire", "ent-ofac", "ASSERTED", "ent-hqn", "COOPERATES_WITH", "ent-isis", false, "OFAC said"),
        claim("doc-b", "Frontier Daily", "ent-treasury", "ASSERTED", "ent-hqn", "COOPERATES_WITH", "ent-isis", false, "Treasury said"));
    Link l = only(g, "COOPERATES_WITH");
    assertThat(l.documents()).isEqualTo(2);
    assertThat(l.independentOrigins()).isEqualTo(1);
    assertThat(l.origins()).containsExactly("U.S. Department of the Treasury");
    assertThat(l.grade()).isEqualTo("B3");
    assertThat(l.explanation()).anyMatch(e -> e.contains("Office of Foreign Assets Control is part of U.S. Department of the Treasury"));
  }

  @Test
  void twoIndependentEyewitnessesAreTwoOrigins() {
    EvidenceGraph g = graph(
        claim("doc-a", "Kabul Wire", "ent-w1", "ASSERTED", "ent-tal", "PERPETRATOR_OF", "evt-1", true, "I saw them"),
        claim("doc-b", "Frontier Daily", "ent-w2", "ASSERTED", "ent-tal", "PERPETRATOR_OF", "evt-1", true, "they came"));
    Link l = only(g, "PERPETRATOR_OF");
    assertThat(l.independentOrigins()).isEqualTo(2);
    assertThat(l.grade()).endsWith("2");
  }

  @Test
  void aStatedBasisJoinsThatSourcesOrigin() {
    EvidenceGraph g = graph(
        claim("doc-a", "Kabul Wire", "ent-w1", "ASSERTED", "ent-tal", "PERPETRATOR_OF", "evt-1", true,
            "documents provided by the Ministry of Interior Affairs show the Taliban were behind it"),
        claim("doc-b", "Frontier Daily", "ent-moi", "ASSERTED", "ent-tal", "PERPETRATOR_OF", "evt-1", true, "the ministry said"));
    assertThat(only(g, "PERPETRATOR_OF").independentOrigins()).isEqualTo(1);
  }

  @Test
  void aDenialContradictsAndLowersCredibility() {
    EvidenceGraph g = graph(
        claim("doc-a", "Kabul Wire", "ent-moi", "ASSERTED", "ent-tal", "PERPETRATOR_OF", "evt-1", true, "x"),
        claim("doc-b", "Frontier Daily", "ent-tal", "DENIED", "ent-tal", "PERPETRATOR_OF", "evt-1", true, "y"));
    Link l = only(g, "PERPETRATOR_OF");
    assertThat(l.contradictingOrigins()).isEqualTo(1);
    assertThat(l.grade()).endsWith("5");
    assertThat(g.conflicts()).anySatisfy(c -> assertThat(c.kind()).isEqualTo("asserted-vs-denied"));
  }

  @Test
  void threeIndependentOriginsConfirm() {
    EvidenceGraph g = graph(
        claim("doc-a", "Kabul Wire", "ent-moi", "ASSERTED", "ent-isis", "COOPERATES_WITH", "ent-hqn", false, "a"),
        claim("doc-b", "Frontier Daily", "ent-w1", "ASSERTED", "ent-isis", "COOPERATES_WITH", "ent-hqn", false, "b"),
        claim("doc-c", "Eastern Herald", "ent-w2", "ASSERTED", "ent-isis", "COOPERATES_WITH", "ent-hqn", false, "c"));
    assertThat(only(g, "COOPERATES_WITH").grade()).isEqualTo("C1");
  }

  @Test
  void responsibilityClaimedByOneAndAttributedToAnotherIsAConflict() {
    EvidenceGraph g = graph(
        claim("doc-a", "Kabul Wire", "ent-isis", "CLAIMED", "ent-isis", "CLAIMED", "evt-9", true, "ISIS claimed it"),
        claim("doc-b", "Frontier Daily", "ent-moi", "ASSERTED", "ent-hqn", "PERPETRATOR_OF", "evt-9", true, "HQN did it"));
    assertThat(g.conflicts()).singleElement().satisfies(c -> {
      assertThat(c.event()).isEqualTo("evt-9");
      assertThat(c.claimed()).containsExactly("ent-isis");
      assertThat(c.attributed()).containsExactly("ent-hqn");
    });
  }

  @Test
  void oneSpeakerTellingOfTwoDifferentAttacksByTwoGroupsIsNoConflict() {
    // "ISIS claimed the mosque bombing in Kabul", and separately "the Taliban attacked a post in Kandahar"
    EvidenceGraph g = graph(
        claim("doc-c", "Kabul Wire", "ent-spk", "ASSERTED", "ent-isis", "CLAIMED", "evt-1", true, "ISIS claimed it"),
        claim("doc-c", "Kabul Wire", "ent-spk", "ACCUSED", "ent-tal", "PERPETRATOR_OF", "evt-2", true, "Taliban did that"));
    assertThat(g.conflicts()).isEmpty();
  }

  @Test
  void oneSpeakerSayingAGroupClaimedAttacksThatAnotherWasBehindIsAConflict() {
    // "ISIS has claimed recent attacks, but the Haqqani Network was behind them" (events unspecified)
    EvidenceGraph g = graph(
        claim("doc-d", "Kabul Wire", "ent-spk", "ASSERTED", "ent-isis", "CLAIMED", "evt-3", true, "ISIS claimed them"),
        claim("doc-d", "Kabul Wire", "ent-spk", "ACCUSED", "ent-hqn", "PERPETRATOR_OF", null, false, "HQN was behind them"));
    assertThat(g.conflicts()).singleElement().satisfies(c -> assertThat(c.attributed()).containsExactly("ent-hqn"));
  }

  @Test
  void readerCommentsAreListedButNeverCorroborate() {
    ClaimFact comment = new ClaimFact("clm-c", "doc-b", "Frontier Daily", null, null, null, null, null,
        "reader comment", List.of(), "ASSERTED", "ent-isis", "COOPERATES_WITH", "ent-hqn", false, "same people");
    EvidenceGraph g = graph(
        claim("doc-a", "Kabul Wire", "ent-moi", "ASSERTED", "ent-isis", "COOPERATES_WITH", "ent-hqn", false, "a"),
        comment);
    Link l = only(g, "COOPERATES_WITH");
    assertThat(l.origins()).contains("a reader comment");
    assertThat(l.grade()).isEqualTo("C3");
  }

  @Test
  void everyGradeExplainsItself() {
    EvidenceGraph g = graph(claim("doc-a", "Kabul Wire", "ent-isis", "CLAIMED", "ent-isis", "CLAIMED", "evt-9", true, "x"));
    Link l = only(g, "CLAIMED");
    assertThat(l.grade()).isEqualTo("D3");
    assertThat(l.explanation()).anyMatch(s -> s.startsWith("interested party: Islamic State"))
        .anyMatch(s -> s.startsWith("reliability D")).anyMatch(s -> s.startsWith("credibility 3"));
  }
}
