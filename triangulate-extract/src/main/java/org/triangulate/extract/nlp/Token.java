package org.triangulate.extract.nlp;

import java.util.Objects;
import org.triangulate.model.Span;

/**
 * One token.
 *
 * @param index position in the whole text, from 0
 * @param span where it lies in the text
 * @param text the text at the span, verbatim
 * @param pos Penn Treebank part-of-speech tag
 * @param lemma base form
 * @param ner coarse named-entity tag (PERSON, ORGANIZATION, LOCATION, MISC, DATE, …, or O)
 * @param normalized the tagger's normalised value for numbers and times ("2021-02-11", "3.0"),
 *     or null
 */
public record Token(int index, Span span, String text, String pos, String lemma, String ner,
    @org.jspecify.annotations.Nullable String normalized) {
  public Token {
    Objects.requireNonNull(span, "span");
    Objects.requireNonNull(text, "text");
    Objects.requireNonNull(pos, "pos");
    Objects.requireNonNull(lemma, "lemma");
    Objects.requireNonNull(ner, "ner");
  }

  /** A token without a normalised value. */
  public Token(int index, Span span, String text, String pos, String lemma, String ner) {
    this(index, span, text, pos, lemma, ner, null);
  }

  public boolean isCapitalized() {
    return !text.isEmpty() && Character.isUpperCase(text.codePointAt(0));
  }

  public boolean isProperNoun() {
    return pos.startsWith("NNP");
  }
}
