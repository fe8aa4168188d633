package org.triangulate.eval;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * The project's gold set ({@code gold/} at the repository root) loads, covers every event type
 * and modality at least twice, and a perfect export of it scores 1.0 on every row: the gold and
 * the scorer agree with each other.
 */
class RepositoryGoldSetTest {
  private static final Path GOLD = Path.of("..", "gold");

  @Test
  void loadsWithValidChecksumsAndCoversTheVocabularies() {
    GoldSet gold = GoldSet.load(GOLD);

    assertThat(gold.documents()).hasSizeGreaterThanOrEqualTo(22);
    Set<String> types = gold.documents().stream().flatMap(d -> d.events().stream())
        .filter(e -> !e.optional()).map(GoldEvent::type).collect(Collectors.toSet());
    assertThat(types).containsExactlyInAnyOrder("ARREST", "MISSILE_ATTACK", "BOMBING",
        "ASSASSINATION", "KILLING", "KIDNAPPING", "ARMED_ASSAULT", "ATTACK", "PLOT");
    Set<String> modalities = gold.documents().stream().flatMap(d -> d.claims().stream())
        .filter(c -> !c.optional()).map(GoldClaim::modality).collect(Collectors.toSet());
    assertThat(modalities).containsExactlyInAnyOrder("ASSERTED", "ACCUSED", "CONFESSED",
        "CLAIMED", "DENIED", "HEDGED");
  }

  @Test
  void perfectExportOfTheGoldSetScoresOneEverywhere() {
    GoldSet gold = GoldSet.load(GOLD);

    Report report = Scorer.score(gold, PerfectExport.of(gold));

    assertThat(report.rows()).allSatisfy(r -> assertThat(r.f1()).as(r.toString()).isEqualTo(1.0));
    assertThat(report.warnings()).isEmpty();
  }
}
