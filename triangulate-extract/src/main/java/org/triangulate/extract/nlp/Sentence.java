package org.triangulate.extract.nlp;

import java.util.List;
import java.util.Objects;
import org.triangulate.model.Span;

/** One sentence: its span and its tokens in order. */
public record Sentence(int index, Span span, List<Token> tokens) {
  public Sentence {
    Objects.requireNonNull(span, "span");
    tokens = List.copyOf(tokens);
  }
}
