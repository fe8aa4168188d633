package org.triangulate.extract.nlp;

import java.util.List;
import java.util.Objects;

/** The analysis of one text: its sentences and the named-entity spans found in them. */
public record Analysis(String text, List<Sentence> sentences, List<NamedSpan> names) {
  public Analysis {
    Objects.requireNonNull(text, "text");
    sentences = List.copyOf(sentences);
    names = List.copyOf(names);
  }

  /** Every token of the text, in order. */
  public List<Token> tokens() {
    return sentences.stream().flatMap(s -> s.tokens().stream()).toList();
  }
}
