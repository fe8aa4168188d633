package org.triangulate.ingest.fingerprint;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.triangulate.model.Fingerprints;

class FingerprintTest {
  private static final String REPORT =
      "Afghan border police on Tuesday announced the arrest of four men accused of moving rifles"
          + " and explosives for two militant groups, officials said. The suspects were detained"
          + " in a raid on a warehouse in the third police district, a spokesman said."
          + " Investigators believe the ring has supplied both groups since last year, according"
          + " to the provincial governor's office, and two of the men had served prison terms before.";

  @Test
  void idIgnoresWhitespaceAndUnicodeComposition() {
    assertThat(ContentId.of("Caf\u00e9  in\n\nHerat "))
        .isEqualTo(ContentId.of("Cafe\u0301 in Herat"));
    assertThat(ContentId.of("a").value()).matches("doc-[0-9a-f]{16}");
    assertThat(ContentId.of("a")).isNotEqualTo(ContentId.of("b"));
  }

  @Test
  void sameWordsInOtherCaseAndPunctuationGiveTheSameFingerprint() {
    assertThat(SimHash.of(REPORT)).isEqualTo(SimHash.of(REPORT.toUpperCase().replace(",", " ;")));
  }

  @Test
  void oneChangedWordMovesOnlyAFewBits() {
    // a 70-word text: one word changes 3 of 68 shingles; texts of article length stay within
    // Fingerprints.MAX_DISTANCE, a text this short may not, so the bound here is looser
    long a = SimHash.of(REPORT);
    long b = SimHash.of(REPORT.replace("four men", "five men"));
    assertThat(Fingerprints.distance(a, b)).isLessThan(10);
  }

  @Test
  void unrelatedTextIsNotANearDuplicate() {
    long other =
        SimHash.of(
            "Unidentified gunmen opened fire on a convoy carrying flour and blankets to flood-hit"
                + " villages on Saturday, wounding two drivers, a Red Crescent official said. The"
                + " convoy of eleven trucks had left the provincial capital at dawn.");
    assertThat(Fingerprints.nearDuplicate(SimHash.of(REPORT), other)).isFalse();
  }

  @Test
  void textWithoutWordsHasFingerprintZero() {
    assertThat(SimHash.of(" -- ... ")).isZero();
  }
}
