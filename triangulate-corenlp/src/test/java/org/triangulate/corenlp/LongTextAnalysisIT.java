package org.triangulate.corenlp;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.triangulate.extract.nlp.Analysis;
import org.triangulate.extract.nlp.NamedSpan;
import org.triangulate.extract.nlp.Sentence;
import org.triangulate.extract.nlp.Token;

/** A text longer than one piece analyses as one text: offsets, indexes and names line up. */
class LongTextAnalysisIT {
  private static final LocalDate DATE = LocalDate.of(2021, 3, 9);

  @Test
  void aTextOfManyPiecesAnalysesAsTheSumOfItsParagraphs() {
    String paragraph = Fixtures.text("cell-arrest.txt").strip();
    int copies = 4;
    String text = (paragraph + "\n\n").repeat(copies);
    // pieces of a third of a copy: cut at the copy's own blank lines, not only between copies
    CoreNlpAnalyzer analyzer = new CoreNlpAnalyzer(CoreNlpAnalyzer.Profile.TRIANGULATE, paragraph.length() / 3);

    Analysis one = analyzer.analyze(paragraph + "\n\n", DATE, s -> s.index() % 2 == 0);
    Analysis many = analyzer.analyze(text, DATE, s -> s.index() % 2 == 0);

    int perCopy = one.sentences().size();
    assertThat(many.sentences()).hasSize(perCopy * copies);
    List<Token> tokens = many.tokens();
    for (int i = 0; i < tokens.size(); i++) {
      assertThat(tokens.get(i).index()).isEqualTo(i);
      assertThat(tokens.get(i).text()).isEqualTo(tokens.get(i).span().of(text));
    }
    for (int i = 0; i < many.sentences().size(); i++) {
      Sentence s = many.sentences().get(i);
      assertThat(s.index()).isEqualTo(i);
      assertThat(s.parsed()).isEqualTo(i % 2 == 0);
      s.dependencies().forEach(d -> assertThat(s.contains(d.dependent())).isTrue());
    }
    // the last copy, well past the first piece, has the first copy's names, shifted
    int shift = (paragraph.length() + 2) * (copies - 1);
    List<String> lastCopy = many.names().stream().filter(n -> n.span().start() >= shift)
        .map(n -> n.type() + " " + n.span().of(text)).toList();
    assertThat(lastCopy).isEqualTo(one.names().stream().map(n -> n.type() + " " + n.span().of(paragraph + "\n\n")).toList());
    assertThat(many.names()).extracting(NamedSpan::sentence).isSorted();
  }

  @Test
  void aTextOfManyPiecesTellsItsListenerBeforeTheFirstPieceAndAfterEach() {
    String paragraph = Fixtures.text("cell-arrest.txt").strip();
    String text = (paragraph + "\n\n").repeat(3);
    CoreNlpAnalyzer analyzer = new CoreNlpAnalyzer(CoreNlpAnalyzer.Profile.TRIANGULATE, paragraph.length() / 3);
    List<int[]> heard = new ArrayList<>();

    analyzer.analyze(text, DATE, s -> false, (done, pieces, chars) -> heard.add(new int[] {done, pieces, chars}));

    int pieces = heard.getFirst()[1];
    assertThat(pieces).isGreaterThan(3);
    assertThat(heard).hasSize(pieces + 1);
    for (int i = 0; i < heard.size(); i++) {
      assertThat(heard.get(i)[0]).isEqualTo(i);
      assertThat(heard.get(i)[1]).isEqualTo(pieces);
    }
    assertThat(heard.getFirst()[2]).isZero();
    assertThat(heard.stream().mapToInt(h -> h[2]).toArray()).isSorted();
    assertThat(heard.getLast()[2]).isEqualTo(text.length());
  }
}
