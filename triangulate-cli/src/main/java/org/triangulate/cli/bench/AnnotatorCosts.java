package org.triangulate.cli.bench;

import java.util.List;
import java.util.Objects;

/**
 * Where one pass of a CoreNLP configuration spent its time, annotator by annotator, as CoreNLP's
 * own per-annotator timers report it (to a tenth of a second).
 *
 * @param pass the pass the timers were read from
 * @param costs each annotator's time, in pipeline order
 * @param sentences sentences in the pass
 * @param parsedSentences sentences the dependency parser ran on
 */
public record AnnotatorCosts(Pass pass, List<Cost> costs, long sentences, long parsedSentences) {
  /** One annotator's time: {@code annotator} is CoreNLP's class name for it. */
  public record Cost(String annotator, double seconds) {}

  public AnnotatorCosts {
    Objects.requireNonNull(pass, "pass");
    costs = List.copyOf(costs);
  }

  /** The annotators' time added up. */
  public double seconds() {
    return costs.stream().mapToDouble(Cost::seconds).sum();
  }

  /** {@code cost}'s share of the annotators' time, from 0 to 1. */
  public double share(Cost cost) {
    double total = seconds();
    return total == 0 ? 0 : cost.seconds() / total;
  }

  public double parsedFraction() {
    return sentences == 0 ? 0 : (double) parsedSentences / sentences;
  }
}
