package org.triangulate.extract.time;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.triangulate.model.TimeSpec;
import org.triangulate.model.TimeSpec.Basis;
import org.triangulate.model.TimeSpec.Precision;

class TimeResolverTest {
  private static final LocalDate SUNDAY = LocalDate.of(2021, 2, 21);
  private final TimeResolver resolver = new TimeResolver();

  private TimeSpec past(String expression) {
    return resolver.resolve(expression, null, SUNDAY, false, Basis.EVENT);
  }

  @Test
  void aMonthAndDayIsTheLatestOnOrBeforeTheAnchor() {
    assertThat(past("February 11").value()).isEqualTo("2021-02-11");
    assertThat(past("February 11").precision()).isEqualTo(Precision.DAY);
    assertThat(past("May 6").value()).isEqualTo("2020-05-06");
  }

  @Test
  void sutimesForwardGuessIsCorrectedForThePast() {
    // SUTime reads "May 6" in a February report as the coming May (CoreNLP issue 783)
    assertThat(resolver.resolve("last May 6", "2021-05-06", SUNDAY, false, Basis.EVENT).value())
        .isEqualTo("2020-05-06");
  }

  @Test
  void lastMonthNameIsTheMonthBeforeTheAnchorMonth() {
    assertThat(past("last May").value()).isEqualTo("2020-05");
    assertThat(past("last May").precision()).isEqualTo(Precision.MONTH);
    assertThat(past("last February").value()).isEqualTo("2020-02");
  }

  @Test
  void relativeDaysCountBackFromTheAnchor() {
    assertThat(past("two days ago").value()).isEqualTo("2021-02-19");
    assertThat(past("yesterday").value()).isEqualTo("2021-02-20");
    assertThat(past("last year").value()).isEqualTo("2020");
    assertThat(past("last year").precision()).isEqualTo(Precision.YEAR);
  }

  @Test
  void aWeekdayIsTheLatestSuchDayUnlessTheTenseSaysFuture() {
    assertThat(past("Thursday").value()).isEqualTo("2021-02-18");
    assertThat(past("on Sunday").value()).isEqualTo("2021-02-21");
    assertThat(resolver.resolve("Thursday", null, SUNDAY, true, Basis.EVENT).value()).isEqualTo("2021-02-25");
  }

  @Test
  void betweenTwoMonthsIsARange() {
    TimeSpec t = past("between May and July");
    assertThat(t.value()).isEqualTo("2020-05/2020-07");
    assertThat(t.precision()).isEqualTo(Precision.RANGE);
  }

  @Test
  void aReportedDateIsAnOpenRangeEndingThere() {
    TimeSpec t = resolver.resolve("Sunday (February 21)", null, SUNDAY, false, Basis.REPORTED);
    assertThat(t.value()).isEqualTo("../2021-02-21");
    assertThat(t.precision()).isEqualTo(Precision.RANGE);
    assertThat(t.basis()).isEqualTo(Basis.REPORTED);
  }

  @Test
  void explicitYearsNeedNoAnchor() {
    TimeSpec t = resolver.resolve("in 2018", null, null, false, Basis.EVENT);
    assertThat(t.value()).isEqualTo("2018");
    assertThat(resolver.resolve("March 3, 2019", null, null, false, Basis.EVENT).value()).isEqualTo("2019-03-03");
  }

  @Test
  void whatCannotBeResolvedStaysUnresolvedWithItsText() {
    TimeSpec t = resolver.resolve("on Thursday", null, null, false, Basis.EVENT);
    assertThat(t.value()).isNull();
    assertThat(t.precision()).isEqualTo(Precision.UNKNOWN);
    assertThat(t.text()).isEqualTo("on Thursday");
    assertThat(past("recently").precision()).isEqualTo(Precision.UNKNOWN);
  }

  @Test
  void theAnchorIsKeptWithTheTime() {
    assertThat(past("February 11").anchor()).isEqualTo(SUNDAY);
  }

  @Test
  void aPartOfTheDayAloneNamesNoDay() {
    // SUTime anchors "overnight" to the report's day: a guess, not the text's word
    assertThat(resolver.resolve("overnight", "2021-02-21TNI", SUNDAY, false, Basis.EVENT).value()).isNull();
    assertThat(resolver.resolve("one night", "2021-02-21TNI", SUNDAY, false, Basis.EVENT).value()).isNull();
    assertThat(resolver.resolve("early morning", "2021-02-21TMO", SUNDAY, false, Basis.EVENT).value()).isNull();
    assertThat(TimeResolver.partOfDayOnly("during the night")).isTrue();
    // "the daytime assault", "a midday blast": when in the day, not which day
    assertThat(resolver.resolve("daytime", "2021-02-21TDT", SUNDAY, false, Basis.EVENT).value()).isNull();
    assertThat(TimeResolver.partOfDayOnly("midday")).isTrue();
    assertThat(TimeResolver.partOfDayOnly("nightfall")).isTrue();
  }

  @Test
  void aPartOfTheDayWithItsDayKeepsTheDay() {
    assertThat(past("last night").value()).isEqualTo("2021-02-20");
    assertThat(past("this morning").value()).isEqualTo("2021-02-21");
    assertThat(resolver.resolve("Sunday night", "2021-02-21TNI", SUNDAY, false, Basis.EVENT).value()).isEqualTo("2021-02-21");
    assertThat(TimeResolver.partOfDayOnly("Tuesday morning")).isFalse();
    assertThat(TimeResolver.partOfDayOnly("tonight")).isFalse();
  }
}
