package org.triangulate.corenlp;

import java.util.ArrayList;
import java.util.List;
import org.triangulate.model.Span;

/**
 * Cuts a long text into pieces of bounded length that CoreNLP annotates one at a time, so that
 * its memory is bounded by the piece, not the document. Pieces end at a paragraph break (a blank
 * line) where one falls in the piece: the pipeline always ends a sentence there ({@code
 * ssplit.newlineIsSentenceBreak=two}) and tags sentence by sentence, so such pieces annotate as
 * the whole text would. Failing that, at a line break, then after a full stop and a space, then at
 * any space; only a piece without whitespace is cut mid-word. Linear in the text. Stateless.
 */
final class TextPieces {
  private TextPieces() {}

  /** Spans that cover {@code text} in order, each at most {@code max} characters long. */
  static List<Span> of(String text, int max) {
    if (max < 2) {
      throw new IllegalArgumentException("max must be at least 2: max=" + max);
    }
    List<Span> pieces = new ArrayList<>();
    int start = 0;
    while (text.length() - start > max) {
      int end = cut(text, start, start + max);
      pieces.add(new Span(start, end));
      start = end;
    }
    pieces.add(new Span(start, text.length()));
    return pieces;
  }

  /** Where to end the piece that starts at {@code start} and may run to {@code limit}. */
  private static int cut(String text, int start, int limit) {
    int half = start + (limit - start) / 2; // never cut so early that pieces become tiny
    int at = text.lastIndexOf("\n\n", limit - 2);
    if (at >= half) {
      return at + 2;
    }
    at = text.lastIndexOf('\n', limit - 1);
    if (at >= half) {
      return at + 1;
    }
    at = text.lastIndexOf(". ", limit - 2);
    if (at >= half) {
      return at + 2;
    }
    at = text.lastIndexOf(' ', limit - 1);
    return at >= half ? at + 1 : limit;
  }
}
