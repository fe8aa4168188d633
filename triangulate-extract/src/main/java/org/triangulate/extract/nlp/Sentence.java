package org.triangulate.extract.nlp;

import java.util.List;
import java.util.Objects;
import java.util.stream.Stream;
import org.triangulate.model.Span;

/**
 * One sentence: its span, its tokens in order and, when it was parsed, its dependencies.
 *
 * @param index position among the text's sentences, from 0
 * @param span where it lies in the text
 * @param tokens its tokens
 * @param parsed whether the dependency parser ran on it (it runs only where rules need it)
 * @param dependencies its dependency edges, empty when not parsed
 */
public record Sentence(int index, Span span, List<Token> tokens, boolean parsed, List<Dependency> dependencies) {
  public Sentence {
    Objects.requireNonNull(span, "span");
    tokens = List.copyOf(tokens);
    dependencies = List.copyOf(dependencies);
  }

  /** An unparsed sentence. */
  public Sentence(int index, Span span, List<Token> tokens) {
    this(index, span, tokens, false, List.of());
  }

  /** The edges whose head is token {@code governor}. */
  public Stream<Dependency> children(int governor) {
    return dependencies.stream().filter(d -> d.governor() == governor);
  }

  /** The edge that attaches token {@code dependent} to its head, if parsed. */
  public Stream<Dependency> heads(int dependent) {
    return dependencies.stream().filter(d -> d.dependent() == dependent);
  }

  /** The token with text index {@code index}. */
  public Token token(int index) {
    return tokens.get(index - tokens.getFirst().index());
  }

  public boolean contains(int tokenIndex) {
    return tokenIndex >= tokens.getFirst().index() && tokenIndex <= tokens.getLast().index();
  }
}
