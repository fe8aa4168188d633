package org.triangulate.corenlp;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.triangulate.model.Span;

class TextPiecesTest {
  @Test
  void aShortTextIsOnePiece() {
    assertThat(TextPieces.of("Police said so.", 100)).containsExactly(new Span(0, 15));
    assertThat(TextPieces.of("", 100)).containsExactly(new Span(0, 0));
  }

  @Test
  void piecesEndAtTheLastBlankLineThatFits() {
    String text = "First paragraph here.\n\nSecond one.\n\nThird paragraph is longer than the rest.";

    List<Span> pieces = TextPieces.of(text, 40);

    assertThat(pieces).extracting(s -> s.of(text)).containsExactly(
        "First paragraph here.\n\nSecond one.\n\n", "Third paragraph is longer than the rest.");
  }

  @Test
  void withoutBlankLinesPiecesEndAfterASentenceThenAtASpace() {
    String sentences = "One two three. Four five six. Seven eight nine. Ten eleven twelve.";
    assertThat(TextPieces.of(sentences, 35)).extracting(s -> s.of(sentences))
        .containsExactly("One two three. Four five six. ", "Seven eight nine. Ten eleven ", "twelve.");
    String words = "alpha beta gamma delta epsilon zeta eta theta";
    assertThat(TextPieces.of(words, 20)).extracting(s -> s.of(words))
        .containsExactly("alpha beta gamma ", "delta epsilon zeta ", "eta theta");
  }

  @Test
  void piecesCoverTheTextInOrderAndNoneIsLongerThanTheLimit() {
    String text = ("Gunmen attacked a checkpoint.\n\nNo one was hurt, police said. " + "x".repeat(70) + " ").repeat(50);

    List<Span> pieces = TextPieces.of(text, 64);

    assertThat(pieces.getFirst().start()).isZero();
    assertThat(pieces.getLast().end()).isEqualTo(text.length());
    for (int i = 1; i < pieces.size(); i++) {
      assertThat(pieces.get(i).start()).isEqualTo(pieces.get(i - 1).end());
    }
    assertThat(pieces).allMatch(s -> s.length() <= 64 && s.length() > 0);
  }
}
