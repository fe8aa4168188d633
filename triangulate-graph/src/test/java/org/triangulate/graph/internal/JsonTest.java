package org.triangulate.graph.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.triangulate.model.Component;
import org.triangulate.model.Part;
import org.triangulate.model.Pipeline;
import org.triangulate.model.Problem;
import org.triangulate.model.Section;
import org.triangulate.model.Span;

class JsonTest {
  @Test
  void partsRoundTrip() {
    List<Part> parts = List.of(new Part(Section.TITLE, new Span(0, 4)),
        new Part(Section.COMMENT, new Span(6, 20), "reader", LocalDate.of(2021, 2, 23)));

    assertThat(Json.parts(Json.parts(parts))).isEqualTo(parts);
  }

  @Test
  void aPdfPartKeepsItsPageAndOtherPartsWriteNone() {
    List<Part> parts = List.of(new Part(Section.TITLE, new Span(0, 4)),
        new Part(Section.BODY, new Span(6, 20), 3));

    assertThat(Json.parts(Json.parts(parts))).isEqualTo(parts);
    assertThat(Json.parts(parts)).containsOnlyOnce("\"page\":3");
  }

  @Test
  void problemsRoundTripWithAndWithoutSpan() {
    List<Problem> problems = List.of(new Problem("ner", "timeout", null),
        new Problem("parse", "too long", new Span(3, 9)));

    assertThat(Json.problems(Json.problems(problems))).isEqualTo(problems);
  }

  @Test
  void pipelineIdIgnoresTheOrderSettingsWereGivenIn() {
    Map<String, String> settings = Map.of("a", "1", "b", "2", "c", "3");
    Pipeline one = new Pipeline("1", List.of(new Component("ner", "4", settings)));
    Pipeline other = new Pipeline("1", List.of(new Component("ner", "4",
        new java.util.TreeMap<>(settings).descendingMap())));

    assertThat(Json.pipelineId(one)).matches("pipe-[0-9a-f]{16}")
        .isEqualTo(Json.pipelineId(other))
        .isNotEqualTo(Json.pipelineId(new Pipeline("2", one.components())));
  }
}
