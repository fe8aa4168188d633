package org.triangulate.extract.events;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

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
}
