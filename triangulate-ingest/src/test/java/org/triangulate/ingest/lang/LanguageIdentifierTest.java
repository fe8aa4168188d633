package org.triangulate.ingest.lang;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Invented paragraphs in three languages. */
class LanguageIdentifierTest {
  @Test
  void englishParagraphIsEnglish() {
    assertThat(
            LanguageIdentifier.identify(
                "Police in the northern province said on Monday that they had arrested three men"
                    + " suspected of planning an attack on a market, and that the investigation"
                    + " was continuing."))
        .isEqualTo("eng");
  }

  @Test
  void frenchParagraphIsNotEnglish() {
    assertThat(
            LanguageIdentifier.identify(
                "La police de la province du nord a annoncé lundi l'arrestation de trois hommes"
                    + " soupçonnés de préparer une attaque contre un marché, et l'enquête se"
                    + " poursuit selon les autorités locales."))
        .isNotEqualTo("eng")
        .isEqualTo("fra");
  }

  @Test
  void persianParagraphIsNotEnglish() {
    assertThat(
            LanguageIdentifier.identify(
                "پلیس ولایت شمالی روز دوشنبه اعلام کرد که سه مرد را به اتهام طرح حمله بر یک"
                    + " بازار بازداشت کرده است و تحقیقات ادامه دارد."))
        .isNotEqualTo("eng");
  }

  @Test
  void shortTextStillGetsABestGuessAndBlankTextIsUndetermined() {
    assertThat(LanguageIdentifier.identify("Kabul")).hasSize(3);
    assertThat(LanguageIdentifier.identify("  ")).isEqualTo(LanguageIdentifier.UNDETERMINED);
  }
}
