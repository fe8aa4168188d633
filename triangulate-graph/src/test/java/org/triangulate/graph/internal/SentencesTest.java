package org.triangulate.graph.internal;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.triangulate.model.Span;

class SentencesTest {
  private static final String TEXT =
      "Title line\n\nPolice said on Sunday. Spokesman Rahim Dawar confirmed it! Then more.";

  private static String around(String mention) {
    int at = TEXT.indexOf(mention);
    return Sentences.around(TEXT, new Span(at, at + mention.length())).of(TEXT);
  }

  @Test
  void mentionInTheMiddleGetsItsWholeSentence() {
    assertThat(around("Rahim")).isEqualTo("Spokesman Rahim Dawar confirmed it!");
  }

  @Test
  void lineBreakEndsASentence() {
    assertThat(around("Title")).isEqualTo("Title line");
    assertThat(around("Police")).isEqualTo("Police said on Sunday.");
  }

  @Test
  void lastSentenceRunsToTheEndOfTheText() {
    assertThat(around("more")).isEqualTo("Then more.");
  }

  @Test
  void veryLongSentenceIsCutAroundTheMention() {
    String text = "x".repeat(1000) + " NAME " + "y".repeat(1000);
    Span name = new Span(1001, 1005);

    Span sentence = Sentences.around(text, name);

    assertThat(sentence.contains(name)).isTrue();
    assertThat(sentence.length()).isLessThanOrEqualTo(2 * Sentences.MAX + name.length());
  }
}
