package org.triangulate.cli.bench;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.LongAdder;
import java.util.function.Predicate;
import org.jspecify.annotations.Nullable;
import org.triangulate.extract.nlp.Analysis;
import org.triangulate.extract.nlp.Sentence;
import org.triangulate.extract.nlp.TextAnalyzer;
import org.triangulate.model.Component;

/**
 * A {@link TextAnalyzer} that passes every call to another and keeps score: the time spent in
 * it, the sentences it returned and how many of them were parsed, and which sentences of each
 * text were parsed (so a later pass can parse exactly those). Wrapped around the analyzer of a
 * {@code RuleExtractor}, it splits extraction time into analysis and rules without changing
 * either.
 *
 * <p>Thread-safe: the counters are {@link LongAdder}s and the selection a concurrent map.
 * {@link #reset()} must not run while another thread analyses.
 */
public final class TimedAnalyzer implements TextAnalyzer {
  private final TextAnalyzer delegate;
  private final LongAdder nanos = new LongAdder();
  private final LongAdder sentences = new LongAdder();
  private final LongAdder parsed = new LongAdder();
  private final Map<String, List<Integer>> parsedByText = new ConcurrentHashMap<>();

  public TimedAnalyzer(TextAnalyzer delegate) {
    this.delegate = delegate;
  }

  /** What the analyzer did since the last {@link #reset()}. */
  public record Counts(long nanos, long sentences, long parsed) {}

  @Override
  public Analysis analyze(String text, @Nullable LocalDate date) {
    return analyze(text, date, s -> false);
  }

  @Override
  public Analysis analyze(String text, @Nullable LocalDate date, Predicate<Sentence> needsParse) {
    long start = System.nanoTime();
    Analysis analysis = delegate.analyze(text, date, needsParse);
    nanos.add(System.nanoTime() - start);
    List<Integer> selected = analysis.sentences().stream().filter(Sentence::parsed).map(Sentence::index).toList();
    sentences.add(analysis.sentences().size());
    parsed.add(selected.size());
    parsedByText.putIfAbsent(text, selected);
    return analysis;
  }

  @Override
  public List<Component> components() {
    return delegate.components();
  }

  public Counts counts() {
    return new Counts(nanos.sum(), sentences.sum(), parsed.sum());
  }

  /** Zeroes the counters; the parsed sentences already seen are kept. */
  public void reset() {
    nanos.reset();
    sentences.reset();
    parsed.reset();
  }

  /** The indices of the sentences of {@code text} that were parsed, empty if it was never analysed. */
  public List<Integer> parsedSentences(String text) {
    return parsedByText.getOrDefault(text, List.of());
  }
}
