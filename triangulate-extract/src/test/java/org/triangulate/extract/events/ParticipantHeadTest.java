package org.triangulate.extract.events;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The head word by which the two sides of a clash are compared ({@link FoundEvent#head}). */
class ParticipantHeadTest {
  @Test
  void theHeadIsTheLastWordBeforeWhatFollowsTheNounInTheSingular() {
    assertThat(FoundEvent.head("from insurgents in multiple locations")).isEqualTo("insurgent");
    assertThat(FoundEvent.head("by the insurgents")).isEqualTo("insurgent");
    assertThat(FoundEvent.head("an insurgent leader")).isEqualTo("leader");
    assertThat(FoundEvent.head("Coalition forces")).isEqualTo("force");
    assertThat(FoundEvent.head("a Taliban commander who fled")).isEqualTo("commander");
  }

  @Test
  void wordsThatNameNoOneInParticularHaveNoHead() {
    assertThat(FoundEvent.head("several people")).isNull();
    assertThat(FoundEvent.head("them")).isNull();
    assertThat(FoundEvent.head("two others")).isNull();
    assertThat(FoundEvent.head("the 3")).isNull();
  }
}
