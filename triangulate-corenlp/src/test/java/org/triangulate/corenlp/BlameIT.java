package org.triangulate.corenlp;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.triangulate.extract.RuleExtractor;
import org.triangulate.extract.kb.KnowledgeBase;
import org.triangulate.model.Extraction;
import org.triangulate.model.LocalEntity;
import org.triangulate.model.Predicate;

/** Blame, suspicion and denial of responsibility as claims, through the real parser; invented sentences. */
class BlameIT {
  private static final RuleExtractor EXTRACTOR = new RuleExtractor(new CoreNlpAnalyzer(), KnowledgeBase.bundled(), "bundled");

  /** "subject MODALITY" for every PERPETRATOR_OF claim of the text. */
  private static List<String> perpetrators(String text) {
    Extraction x = EXTRACTOR.extract(Fixtures.document(text, LocalDate.of(2021, 3, 10)));
    Map<String, String> names = x.entities().stream().collect(Collectors.toMap(LocalEntity::key, LocalEntity::name));
    return x.claims().stream().filter(c -> c.predicate() == Predicate.PERPETRATOR_OF)
        .map(c -> names.get(c.subject()) + " " + c.modality()).toList();
  }

  @Test
  void suspectedAttackersAreAHedgedPerpetrator() {
    assertThat(perpetrators("Suspected Taliban insurgents attacked a police post in Hangu on Monday, killing two officers."))
        .contains("Taliban HEDGED").doesNotContain("Taliban ASSERTED", "Taliban ACCUSED");
  }

  @Test
  void aGroupBelievedResponsibleIsHedged() {
    assertThat(perpetrators("A bomb killed six people in Quetta on Friday. Lashkar-e-Jhangvi is believed to be responsible "
        + "for the attack, police said.")).anySatisfy(c -> assertThat(c).endsWith("HEDGED"));
  }

  @Test
  void aGroupSaidToBeResponsibleIsAccused() {
    assertThat(perpetrators("A bomb killed six people in Quetta on Friday. Police said Lashkar-e-Jhangvi was responsible "
        + "for the attack.")).anySatisfy(c -> assertThat(c).endsWith("ACCUSED"));
  }

  @Test
  void notResponsibleIsNoBlame() {
    assertThat(perpetrators("A bomb killed six people in Quetta on Friday. Police said Lashkar-e-Jhangvi was not responsible "
        + "for the attack.")).noneSatisfy(c -> assertThat(c).startsWith("Lashkar"));
  }

  @Test
  void aDenialOfResponsibilityIsDenied() {
    assertThat(perpetrators("A bomb killed six people in Peshawar on Saturday. The Taliban denied responsibility for the explosion."))
        .contains("Taliban DENIED");
  }
}
