package org.triangulate.eval;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The normal forms names and actor descriptions are compared in. */
class NameKeysTest {

  @Test
  void caseAccentsPunctuationPossessiveAndLeadingTheAreIgnored() {
    assertThat(NameKeys.key("the Haqqani Network's")).isEqualTo("haqqani network");
    assertThat(NameKeys.key("MÉNAKA")).isEqualTo("menaka");
    assertThat(NameKeys.key("ISIS-K")).isEqualTo(NameKeys.key("ISIS K"));
  }

  @Test
  void leadingHonorificsAreNotPartOfTheName() {
    assertThat(NameKeys.key("Qari Yusuf Hamdard")).isEqualTo("yusuf hamdard");
    assertThat(NameKeys.key("Brig. Gen. Usman Danjuma")).isEqualTo("usman danjuma");
    assertThat(NameKeys.key("Mullah")).isEqualTo("mullah");
  }

  @Test
  void unnamedActorsAgreeOnContainmentOrAContentWord() {
    assertThat(NameKeys.sameActor("gunmen", "Gunmen on a motorcycle")).isTrue();
    assertThat(NameKeys.sameActor("soldiers and police officers", "three soldiers")).isTrue();
    assertThat(NameKeys.sameActor("the article", "article")).isTrue();
    assertThat(NameKeys.sameActor("police", "reader comment")).isFalse();
  }
}
