package org.triangulate.extract.entities;

import java.util.List;
import java.util.Optional;
import org.triangulate.extract.nlp.Analysis;
import org.triangulate.extract.nlp.Token;
import org.triangulate.model.Span;

/** The tokens of an analysis, looked up by character offset. */
final class Tokens {
  private final List<Token> tokens;

  Tokens(Analysis analysis) {
    this.tokens = analysis.tokens();
  }

  List<Token> all() {
    return tokens;
  }

  /** Index of the first token that ends after {@code offset}, or the token count. */
  int indexAt(int offset) {
    int lo = 0;
    int hi = tokens.size();
    while (lo < hi) {
      int mid = (lo + hi) >>> 1;
      if (tokens.get(mid).span().end() <= offset) {
        lo = mid + 1;
      } else {
        hi = mid;
      }
    }
    return lo;
  }

  /** The tokens inside {@code span}. */
  List<Token> within(Span span) {
    int from = indexAt(span.start());
    int to = from;
    while (to < tokens.size() && tokens.get(to).span().start() < span.end()) {
      to++;
    }
    return tokens.subList(from, to);
  }

  /** The token just before {@code span}, if any. */
  Optional<Token> before(Span span) {
    int i = indexAt(span.start());
    return i > 0 ? Optional.of(tokens.get(i - 1)) : Optional.empty();
  }

  /** The token just after {@code span}, if any. */
  Optional<Token> after(Span span) {
    int i = indexAt(span.end());
    return i < tokens.size() ? Optional.of(tokens.get(i)) : Optional.empty();
  }

  Token get(int index) {
    return tokens.get(index);
  }

  int size() {
    return tokens.size();
  }
}
