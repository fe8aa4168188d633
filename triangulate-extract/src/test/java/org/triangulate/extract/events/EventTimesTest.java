package org.triangulate.extract.events;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.triangulate.model.DocumentId;
import org.triangulate.model.EventType;
import org.triangulate.model.Evidence;
import org.triangulate.model.Section;
import org.triangulate.model.Span;
import org.triangulate.model.TimeSpec;
import org.triangulate.model.TimeSpec.Basis;
import org.triangulate.model.TimeSpec.Precision;

class EventTimesTest {
  @Test
  void unknownOrEqualTimesFit() {
    assertThat(Incidents.timesFit(null, "2021-02-11")).isTrue();
    assertThat(Incidents.timesFit("2021-02-11", "2021-02-11")).isTrue();
    assertThat(Incidents.timesFit("2021-02-11", "2021-02-12")).isFalse();
  }

  @Test
  void aMonthContainsItsDays() {
    assertThat(Incidents.timesFit("2022-08", "2022-08-28")).isTrue();
    assertThat(Incidents.timesFit("2022-07", "2022-08-28")).isFalse();
  }

  @Test
  void aReportsRangeHoldsTheMonthBeforeIt() {
    assertThat(Incidents.timesFit("../2022-08-29", "2022-08-28")).isTrue();
    assertThat(Incidents.timesFit("2022-08-28", "../2022-08-29")).isTrue();
    assertThat(Incidents.timesFit("../2021-02-21", "2020-05-06")).isFalse();
    assertThat(Incidents.timesFit("../2021-02-21", "2021-03-01")).isFalse();
  }

  private static FoundEvent dated(String value, Precision precision, Basis basis, int sentence) {
    Evidence evidence = new Evidence(new DocumentId("doc-0000000000000000"), Section.BODY, new Span(0, 1), "x");
    return new FoundEvent("v" + sentence, EventType.KILLING, new TimeSpec(value, precision, basis, value, null),
        sentence, 0, evidence);
  }

  @Test
  void aMentionTellingTheDayMakesTheIncidentsYearOrMonthExact() {
    FoundEvent killing = dated("2012", Precision.YEAR, Basis.EVENT, 0); // "the 2012 killing of a reporter"
    killing.absorb(dated("2012-01-17", Precision.DAY, Basis.EVENT, 1)); // "was gunned down on January 17, 2012"
    assertThat(killing.time().value()).isEqualTo("2012-01-17");
    FoundEvent reported = dated("../2013-01-22", Precision.RANGE, Basis.REPORTED, 0);
    reported.absorb(dated("2013-01-20", Precision.DAY, Basis.EVENT, 1));
    assertThat(reported.time().value()).isEqualTo("2013-01-20");
  }

  @Test
  void aMentionOfAnotherTimeOrALooserOneLeavesTheIncidentsDay() {
    FoundEvent day = dated("2012-01-17", Precision.DAY, Basis.EVENT, 0);
    day.absorb(dated("2012", Precision.YEAR, Basis.EVENT, 1));
    day.absorb(dated("2012-02-03", Precision.DAY, Basis.EVENT, 2));
    assertThat(day.time().value()).isEqualTo("2012-01-17");
    FoundEvent month = dated("2012-01", Precision.MONTH, Basis.EVENT, 0);
    month.absorb(dated("2013-01-17", Precision.DAY, Basis.EVENT, 1));
    assertThat(month.time().value()).isEqualTo("2012-01");
  }
}
