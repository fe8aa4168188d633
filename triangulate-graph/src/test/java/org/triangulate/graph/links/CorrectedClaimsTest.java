package org.triangulate.graph.links;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;
import org.triangulate.graph.correct.FactCorrection;
import org.triangulate.graph.correct.FactCorrection.Action;

/** The analyst's corrections applied to claims, without a store: ids are invented. */
class CorrectedClaimsTest {
  private static final Map<String, Origins.EntityName> NAMES = Map.of(
      "ent-nds", new Origins.EntityName("National Directorate of Security", "ORGANIZATION", null));
  private static final ClaimFact BLAME = new ClaimFact("clm-1", "doc-a", "Example Times", null,
      "ent-zarmal", "PERSON", "Farid Zarmal", null, null, List.of(), "ASSERTED", "ent-is",
      "PERPETRATOR_OF", "evt-g", true, "the Islamic State was behind the blast");
  private static final ClaimFact MEMBER = new ClaimFact("clm-2", "doc-a", "Example Times", null,
      "ent-zarmal", "PERSON", "Farid Zarmal", null, null, List.of(), "ASSERTED", "ent-noorzai",
      "MEMBER_OF", "ent-is", false, "a member of the Islamic State");

  private static FactCorrection correction(String target, Action action, @Nullable String value) {
    return new FactCorrection(1, target, target, action, value, "invented", "ana",
        Instant.parse("2021-03-01T10:00:00Z"));
  }

  private static List<ClaimFact> apply(FactCorrection... corrections) {
    return CorrectedClaims.apply(List.of(BLAME, MEMBER), List.of(corrections), NAMES);
  }

  @Test
  void noCorrectionsLeaveTheClaimsAsTheyAre() {
    assertThat(apply()).containsExactly(BLAME, MEMBER);
  }

  @Test
  void aRejectedEventTakesTheClaimsAboutItAlong() {
    assertThat(apply(correction("evt-g", Action.REJECT, null))).containsExactly(MEMBER);
  }

  @Test
  void aReattributedEventChangesWhoItsResponsibilityClaimsBlame() {
    assertThat(apply(correction("evt-g", Action.REATTRIBUTE, "ent-nds")).getFirst().subject())
        .isEqualTo("ent-nds");
  }

  @Test
  void aReattributedClaimTakesTheNewSpeakersNameAndType() {
    ClaimFact moved = apply(correction("clm-2", Action.REATTRIBUTE, "ent-nds")).getLast();

    assertThat(moved.speaker()).isEqualTo("ent-nds");
    assertThat(moved.speakerName()).isEqualTo("National Directorate of Security");
    assertThat(moved.speakerType()).isEqualTo("ORGANIZATION");
  }

  @Test
  void linkCorrectionsApplyToEveryClaimOfTheLink() {
    String link = "ent-noorzai~ent-is~MEMBER_OF";

    assertThat(apply(correction(link, Action.RETYPE, "LEADS")).getLast().predicate())
        .isEqualTo("LEADS");
    assertThat(apply(correction(link, Action.REATTRIBUTE, "ent-nds")).getLast().subject())
        .isEqualTo("ent-nds");
    assertThat(apply(correction(link, Action.REJECT, null))).containsExactly(BLAME);
  }

  @Test
  void aLinkIdNamesTheClaimsAsCorrectedBeforeIt() {
    assertThat(apply(correction("clm-2", Action.RETYPE, "LEADS"),
        correction("ent-noorzai~ent-is~LEADS", Action.REJECT, null))).containsExactly(BLAME);
  }
}
