package org.triangulate.ingest.dates;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class PublishedDateInferenceTest {
  private final PublishedDateInference asOf2026 =
      new PublishedDateInference(LocalDate.of(2026, 11, 24));

  @Test
  void weekdayInParenthesesWithLatestMentionedYearGivesTheEarliestFittingYear() {
    String text = "Police on Sunday (February 21) arrested a cell trained in 2018, last year.";
    assertThat(asOf2026.infer(text)).hasValue(LocalDate.of(2021, 2, 21));
  }

  @Test
  void weekdayCommaMonthDayIsRecognised() {
    assertThat(asOf2026.infer("It happened Sunday, February 21, officials said, after 2019."))
        .hasValue(LocalDate.of(2021, 2, 21));
  }

  @Test
  void weekdayDayMonthIsRecognised() {
    assertThat(asOf2026.infer("The strike on Monday 3 May followed talks in 2020."))
        .hasValue(LocalDate.of(2021, 5, 3));
  }

  @Test
  void explicitYearIsTakenAsGiven() {
    assertThat(asOf2026.infer("on Friday, July 7, 2023, the strike"))
        .hasValue(LocalDate.of(2023, 7, 7));
  }

  @Test
  void noDateAfterAsOfIsInferred() {
    PublishedDateInference asOf = new PublishedDateInference(LocalDate.of(2021, 2, 20));
    // Sunday February 21 after 2018: 2021 would be after asOf, and no later year is allowed
    assertThat(asOf.infer("on Sunday (February 21), after the 2018 attacks")).isEmpty();
  }

  @Test
  void withoutAWeekdayAndDateThereIsNoDate() {
    assertThat(asOf2026.infer("Police said on Sunday that the road was open.")).isEmpty();
    assertThat(asOf2026.infer("On February 21 police arrested five men.")).isEmpty();
  }

  @Test
  void leapDayOnlyFitsLeapYears() {
    assertThat(asOf2026.infer("on Thursday (February 29) after 2019"))
        .hasValue(LocalDate.of(2024, 2, 29));
  }

  @Test
  void latestYearIgnoresNumbersOutsideTheCenturies() {
    assertThat(PublishedDateInference.latestYearMentioned("In 1999 and 2018, 3000 men, 12345"))
        .isEqualTo(2018);
    assertThat(PublishedDateInference.latestYearMentioned("no years")).isZero();
  }

  @Test
  void isoDatesParseOnlyWhenValid() {
    assertThat(IsoDates.parse("2021-02-22T10:00:00+04:30")).hasValue(LocalDate.of(2021, 2, 22));
    assertThat(IsoDates.parse("unknown")).isEmpty();
    assertThat(IsoDates.parse("2021-02-30")).isEmpty();
  }
}
