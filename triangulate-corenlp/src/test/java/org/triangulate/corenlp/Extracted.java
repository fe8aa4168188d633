package org.triangulate.corenlp;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.triangulate.extract.RuleExtractor;
import org.triangulate.extract.kb.KnowledgeBase;
import org.triangulate.model.Event;
import org.triangulate.model.Extraction;

/** One rule extractor over the real models for the extraction ITs, and the shorthands they share. */
final class Extracted {
  static final RuleExtractor EXTRACTOR = new RuleExtractor(new CoreNlpAnalyzer(), KnowledgeBase.bundled(), "bundled");

  private Extracted() {}

  /** What the extractor reads in {@code text}, a body published on 10 March 2021. */
  static Extraction extract(String text) {
    return EXTRACTOR.extract(Fixtures.document(text, LocalDate.of(2021, 3, 10)));
  }

  /** The one event of {@code text}; fails naming the text when there is not exactly one. */
  static Event only(String text) {
    Extraction x = extract(text);
    assertThat(x.events()).as(text).hasSize(1);
    return x.events().getFirst();
  }
}
