package org.triangulate.extract.nlp;

import java.time.LocalDate;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.triangulate.model.Component;

/**
 * Turns text into sentences, tokens and named-entity spans. Implementations load their models
 * once and are safe to share between threads.
 */
public interface TextAnalyzer {
  /**
   * Analyses {@code text}; offsets in the result index into it.
   *
   * @param date the document's date, against which relative times are read, or null
   */
  Analysis analyze(String text, @Nullable LocalDate date);

  /**
   * Analyses {@code text} and runs the dependency parser on the sentences {@code needsParse}
   * accepts (and only those: parsing is the costliest step).
   */
  Analysis analyze(String text, @Nullable LocalDate date, java.util.function.Predicate<Sentence> needsParse);

  /**
   * Like {@link #analyze(String, LocalDate, java.util.function.Predicate)}, telling {@code
   * listener} how far it has got when it works in pieces; by default it tells nothing.
   */
  default Analysis analyze(String text, @Nullable LocalDate date,
      java.util.function.Predicate<Sentence> needsParse, PieceListener listener) {
    return analyze(text, date, needsParse);
  }

  /** The tools, versions, models and settings behind the analysis. */
  List<Component> components();
}
