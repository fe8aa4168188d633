package org.triangulate.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.time.LocalDate;
import java.util.List;
import java.util.OptionalInt;
import org.junit.jupiter.api.Test;
import org.triangulate.graph.store.Shown;
import org.triangulate.model.DocumentId;
import org.triangulate.model.EventType;
import org.triangulate.model.Evidence;
import org.triangulate.model.Section;
import org.triangulate.model.Span;
import org.triangulate.model.TimeSpec;

class EventClaimPrinterTest {
  @Test
  void aCorrectedEventSaysSoUnderItsHeading() {
    StringWriter text = new StringWriter();
    EventClaimPrinter.event(new PrintWriter(text, true), new Shown.EventView(
        "evt-0000000000a1", EventType.KILLING, List.of(),
        List.of(), List.of("retyped as KILLING by ana on 2021-03-01T10:00:00Z: invented")));

    assertThat(text.toString()).startsWith("evt-0000000000a1  KILLING  (reported in 0 documents)\n"
        + "  CORRECTED: retyped as KILLING by ana on 2021-03-01T10:00:00Z: invented\n");
  }

  @Test
  void aTimeShowsItsValueExpressionBasisAndAnchor() {
    TimeSpec t = new TimeSpec("2021-02-11", TimeSpec.Precision.DAY, TimeSpec.Basis.EVENT,
        "on Thursday", LocalDate.of(2021, 2, 13));

    assertThat(EventClaimPrinter.time(t))
        .isEqualTo("2021-02-11 (day; the event's time) from \"on Thursday\", read against 2021-02-13");
  }

  @Test
  void aReportedTimeSaysTheEventHappenedByThen() {
    TimeSpec t = new TimeSpec("../2021-02-21", TimeSpec.Precision.RANGE, TimeSpec.Basis.REPORTED,
        null, null);

    assertThat(EventClaimPrinter.time(t)).isEqualTo("../2021-02-21 (range; reported by then)");
    assertThat(EventClaimPrinter.time(TimeSpec.unknown())).isEqualTo("unknown");
  }

  @Test
  void casualtiesNotStatedAreSaidToBe() {
    assertThat(EventClaimPrinter.casualties(3, null)).isEqualTo("3 killed");
    assertThat(EventClaimPrinter.casualties(null, null)).isEqualTo("not stated");
  }

  @Test
  void evidenceInADocumentWithPagesSaysItsPage() {
    Evidence x = new Evidence(new DocumentId("doc-0123456789abcdef"), Section.BODY, new Span(120, 136),
        "two men in Kabul");

    assertThat(EventClaimPrinter.evidence(x, OptionalInt.of(3))).isEqualTo("[120,136) p. 3: two men in Kabul");
    assertThat(EventClaimPrinter.evidence(x, OptionalInt.empty())).isEqualTo("[120,136) two men in Kabul");
  }
}
