package org.triangulate.graph.views;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.triangulate.graph.links.Link;

class LinkFilterTest {
  static Link graded(String grade, int origins) {
    return new Link("ent-a", "ent-b", "MEMBER_OF", List.of("clm-1"), 1, 1, origins, 0, grade,
        null, null, List.of(), List.of());
  }

  @Test
  void aGradeKeepsLinksAtLeastThatGood() {
    LinkFilter b2 = new LinkFilter(0, "b2");
    assertThat(b2.accepts(graded("A1", 3))).isTrue();
    assertThat(b2.accepts(graded("B2", 2))).isTrue();
    assertThat(b2.accepts(graded("C2", 2))).isFalse();
    assertThat(b2.accepts(graded("B3", 1))).isFalse();
    assertThat(new LinkFilter(0, "C").accepts(graded("C6", 1))).isTrue();
    assertThat(new LinkFilter(0, "2").accepts(graded("F2", 2))).isTrue();
    assertThat(new LinkFilter(0, "2").accepts(graded("A3", 1))).isFalse();
  }

  @Test
  void fewerOriginsThanAskedAreLeftOut() {
    assertThat(new LinkFilter(2, null).accepts(graded("C3", 1))).isFalse();
    assertThat(new LinkFilter(2, null).accepts(graded("C2", 2))).isTrue();
  }

  @Test
  void aGradeOutsideTheScaleIsRefused() {
    assertThatThrownBy(() -> new LinkFilter(0, "G7")).isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("G7");
    assertThatThrownBy(() -> new LinkFilter(-1, null)).isInstanceOf(IllegalArgumentException.class);
  }
}
