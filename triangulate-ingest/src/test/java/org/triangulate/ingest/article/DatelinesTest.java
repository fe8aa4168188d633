package org.triangulate.ingest.article;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class DatelinesTest {
  @Test
  void datedDatelineOnItsOwnLineGivesPlaceAndDate() {
    List<String> body = List.of("KABUL, Afghanistan (Jan. 25, 2013) During a security operation in Andar district yesterday, a force detained two.");
    assertThat(Datelines.find(body)).contains("KABUL, Afghanistan");
    assertThat(Datelines.date(body)).contains(LocalDate.of(2013, 1, 25));
  }

  @Test
  void datedDatelineRunIntoTheLeadIsSplitFromIt() {
    List<String> body = List.of("ISAF Joint Command - Afghanistan For Immediate Release KABUL, Afghanistan (Sept. 29, 2011) "
        + "Afghan forces detained a facilitator.");
    List<String> split = Datelines.splitDated(body);
    assertThat(split).containsExactly("ISAF Joint Command - Afghanistan For Immediate Release KABUL, Afghanistan (Sept. 29, 2011)",
        "Afghan forces detained a facilitator.");
    assertThat(Datelines.date(body)).contains(LocalDate.of(2011, 9, 29));
  }

  @Test
  void headerLinesBeforeTheDatelineDoNotCountAmongTheOpeningParagraphs() {
    List<String> body = List.of("Invented Command - Afghanistan", "2011-04-S-086", "For Immediate Release", "Download PDF",
        "KABUL, Afghanistan (April 28, 2011) – A combined force detained two men in Ghazni province yesterday.",
        "The men were questioned.");
    assertThat(Datelines.find(body)).contains("KABUL, Afghanistan");
    assertThat(Datelines.date(body)).contains(LocalDate.of(2011, 4, 28));
  }

  @Test
  void aDatedPlaceDeepInTheProseIsNoDateline() {
    List<String> body = List.of("Police detained two men in Ghazni province.", "The men were questioned.",
        "A third paragraph of the report.", "KABUL, Afghanistan (April 28, 2011) – a quoted bulletin said more.");
    assertThat(Datelines.date(body)).isEmpty();
  }

  @Test
  void dayMonthYearAndLongMonthsParse() {
    assertThat(Datelines.date(List.of("MOGADISHU, Somalia (3 March 2019) — Gunmen stormed a hotel."))).contains(LocalDate.of(2019, 3, 3));
    assertThat(Datelines.date(List.of("TAMPA, Fla. (December 9, 2019) Forces struck."))).contains(LocalDate.of(2019, 12, 9));
    assertThat(Datelines.date(List.of("KABUL, Afghanistan (May 31,2011) Forces struck."))).contains(LocalDate.of(2011, 5, 31));
    assertThat(Datelines.date(List.of("KABUL, Afghanistan (July 13. 2012)", "Forces struck."))).contains(LocalDate.of(2012, 7, 13));
    assertThat(Datelines.splitDated(List.of("KABUL, Afghanistan (July 13. 2012) Forces struck.")))
        .containsExactly("KABUL, Afghanistan (July 13. 2012)", "Forces struck.");
  }

  @Test
  void aReleaseNumberOrADateInTheSentenceIsNoDateline() {
    assertThat(Datelines.date(List.of("2013-01-S-025"))).isEmpty();
    assertThat(Datelines.date(List.of("Police said the attack (on March 3, 2019) killed four."))).isEmpty();
    assertThat(Datelines.splitDated(List.of("Officials in Kabul said on Jan. 25, 2013 that two were held.")))
        .containsExactly("Officials in Kabul said on Jan. 25, 2013 that two were held.");
  }

  @Test
  void aYearlessDatelineTakesTheYearOfItsReleaseNumber() {
    List<String> body = List.of("ISAF Joint Command - Afghanistan 2010-11-CA-167 For Immediate Release KABUL, Afghanistan (Nov. 21) "
        + "Coalition forces killed one insurgent yesterday.");
    assertThat(Datelines.date(body, null)).contains(LocalDate.of(2010, 11, 21));
    assertThat(Datelines.splitDated(body)).hasSize(2);
  }

  @Test
  void aReleaseNumberNotYetNumberedStillGivesItsYear() {
    List<String> body = List.of("ISAF Joint Command - Afghanistan 2010-08-CA-XXX For Immediate Release",
        "KABUL, Afghanistan (Aug. 18) - A force detained two men in Paktiya province Tuesday.");
    assertThat(Datelines.date(body, null)).contains(LocalDate.of(2010, 8, 18));
  }

  @Test
  void aYearlessDatelineWithoutAReleaseNumberGivesNoDate() {
    assertThat(Datelines.date(List.of("KABUL, Afghanistan (Nov. 21) Coalition forces killed one insurgent."), null)).isEmpty();
    assertThat(Datelines.date(List.of("KABUL, Afghanistan (Nov. 21) Forces struck."), "Update 2009-03-S-012")).isEmpty();
  }

  @Test
  void aBulletinTitleThatOpensOrClosesWithADateDatesTheReport() {
    List<String> body = List.of("ISAF Joint Command - Afghanistan 2010-05-CA-039 For Immediate Release",
        "In Kandahar last night, a joint force detained a suspected militant.");
    assertThat(Datelines.date(body, "May 11: Afghan-ISAF Forces Conduct Operations")).contains(LocalDate.of(2010, 5, 11));
    assertThat(Datelines.date(body, "IJC Operational Update, May 16")).contains(LocalDate.of(2010, 5, 16));
    assertThat(Datelines.date(List.of("Forces struck."), "Morning Operational Update March 06,2011"))
        .contains(LocalDate.of(2011, 3, 6));
  }

  @Test
  void aTitleDateAfterAPrepositionOrInsideTheTitleIsNotTheReportDate() {
    List<String> body = List.of("2010-05-CA-039 For Immediate Release", "Forces struck.");
    assertThat(Datelines.date(body, "Attack on May 11")).isEmpty();
    assertThat(Datelines.date(body, "Bombers who struck in May 2010 are held")).isEmpty();
    assertThat(Datelines.date(body, "Since May 3, 2010: a year of raids")).isEmpty();
    // a yearless title date whose month the release number does not bear out gives no date
    assertThat(Datelines.date(body, "Aug. 2: Operations in Khost")).isEmpty();
  }

  @Test
  void aDatedDatelineOutranksTheTitleDate() {
    List<String> body = List.of("KABUL, Afghanistan (March 14, 2010) - Forces struck.");
    assertThat(Datelines.date(body, "Update, March 16, 2010")).contains(LocalDate.of(2010, 3, 14));
  }
}
