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
  void oneEnglishSentenceWhoseNgramsNearlyTieWithAnotherLanguageIsEnglish() {
    // on one short sentence the detector's scores for Latin or Swedish come within a few per cent
    // of English's; a text this program reads is taken as English when English is that close
    assertThat(LanguageIdentifier.identify("A bomber detonated his belt in a mosque in Dikwa."))
        .isEqualTo("eng");
    assertThat(LanguageIdentifier.identify("A bomber detonated his bomb in a mosque in Bama.[2]"))
        .isEqualTo("eng");
  }

  @Test
  void oneShortSentenceInAnotherLanguageIsStillNotEnglish() {
    assertThat(LanguageIdentifier.identify("Attentäter töteten zwei Polizisten in Kabul."))
        .isEqualTo("deu");
    assertThat(LanguageIdentifier.identify("Ett självmordsattentat dödade tre personer i Kabul."))
        .isEqualTo("swe");
    assertThat(LanguageIdentifier.identify(
            "Un kamikaze s'est fait exploser dans une mosquée à Maiduguri."))
        .isEqualTo("fra");
  }

  @Test
  void shortTextStillGetsABestGuessAndBlankTextIsUndetermined() {
    assertThat(LanguageIdentifier.identify("Kabul")).hasSize(3);
    assertThat(LanguageIdentifier.identify("  ")).isEqualTo(LanguageIdentifier.UNDETERMINED);
  }
}
