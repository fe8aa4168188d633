package org.triangulate.gazetteer;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class NameKeyTest {
  @Test
  void foldsCaseAccentsApostrophesAndHyphens() {
    assertThat(NameKey.of("Kābul")).isEqualTo("kabul");
    assertThat(NameKey.of("KABUL")).isEqualTo("kabul");
    assertThat(NameKey.of("Sar-e  Pol ")).isEqualTo("sar e pol");
    assertThat(NameKey.of("Ma'rib")).isEqualTo("marib");
    assertThat(NameKey.of("Ma\u02BFrib")).isEqualTo("marib");
    assertThat(NameKey.of("Łódź")).isEqualTo("lodz");
    assertThat(NameKey.of("St. Louis")).isEqualTo("st louis");
  }

  @Test
  void aDesignatorSaysWhichKindIsMeant() {
    assertThat(NameKey.designated("kabul province"))
        .contains(new NameKey.Designated("kabul", Place.Kind.PROVINCE));
    assertThat(NameKey.designated("city of kandahar"))
        .contains(new NameKey.Designated("kandahar", Place.Kind.CITY));
    assertThat(NameKey.designated("nad ali district"))
        .contains(new NameKey.Designated("nad ali", null));
    assertThat(NameKey.designated("kabul")).isEmpty();
    assertThat(NameKey.designated("province")).isEmpty();
  }
}
