package org.triangulate.cli.bench;

import java.util.ArrayList;
import java.util.List;
import java.util.function.ToLongFunction;
import org.triangulate.model.Document;

/**
 * The documents a benchmark runs on: the inputs, read once, repeated in order until they hold at
 * least a given number of tokens, with each document's token count beside it.
 *
 * @param documents the documents in the order they are run; inputs appear more than once
 * @param tokens each document's token count, in the same order
 * @param distinct how many different input documents the set is made of
 */
public record BenchSet(List<Document> documents, List<Long> tokens, int distinct) {
  public BenchSet {
    documents = List.copyOf(documents);
    tokens = List.copyOf(tokens);
    if (documents.size() != tokens.size()) {
      throw new IllegalArgumentException("one token count per document: documents="
          + documents.size() + ", counts=" + tokens.size());
    }
  }

  /**
   * Repeats {@code inputs} in order until the set holds at least {@code minTokens} tokens.
   *
   * @param tokenCount counts one document's tokens; called once per input, not per repetition
   */
  public static BenchSet cycle(List<Document> inputs, ToLongFunction<Document> tokenCount, long minTokens) {
    List<Long> counts = inputs.stream().map(tokenCount::applyAsLong).toList();
    if (counts.stream().mapToLong(Long::longValue).sum() == 0) {
      throw new IllegalArgumentException("the inputs must hold at least one token: documents=" + inputs.size());
    }
    List<Document> documents = new ArrayList<>();
    List<Long> tokens = new ArrayList<>();
    long total = 0;
    for (int i = 0; total < minTokens || documents.size() < inputs.size(); i = (i + 1) % inputs.size()) {
      documents.add(inputs.get(i));
      tokens.add(counts.get(i));
      total += counts.get(i);
    }
    return new BenchSet(documents, tokens, inputs.size());
  }

  /** The first documents of the set, just enough to hold {@code minTokens} (all when it holds fewer). */
  public BenchSet prefix(long minTokens) {
    long total = 0;
    int n = 0;
    while (n < documents.size() && total < minTokens) {
      total += tokens.get(n++);
    }
    return head(n);
  }

  /** The first {@code n} documents of the set (all when it has fewer). */
  public BenchSet head(int n) {
    int size = Math.min(n, documents.size());
    return new BenchSet(documents.subList(0, size), tokens.subList(0, size), Math.min(distinct, size));
  }

  public int size() {
    return documents.size();
  }

  public long totalTokens() {
    return tokens.stream().mapToLong(Long::longValue).sum();
  }
}
