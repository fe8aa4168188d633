package org.triangulate.graph.internal;

import org.triangulate.model.Span;

/**
 * The sentence around a span, for showing a mention in context: from after the previous
 * sentence end ({@code . ! ?} followed by white space) or line break to the next one, at most
 * {@link #MAX} characters either side. A heuristic for display only. Thread-safe (stateless).
 */
public final class Sentences {
  static final int MAX = 300;

  private Sentences() {}

  /** The span of the sentence containing {@code span} in {@code text}. */
  public static Span around(String text, Span span) {
    int floor = Math.max(0, span.start() - MAX);
    int start = span.start();
    while (start > floor && !boundaryBefore(text, start)) {
      start--;
    }
    int ceiling = Math.min(text.length(), span.end() + MAX);
    int end = Math.max(span.end(), start);
    while (end < ceiling && !boundaryBefore(text, end)) {
      end++;
    }
    while (start < end && Character.isWhitespace(text.charAt(start))) {
      start++;
    }
    while (end > start && Character.isWhitespace(text.charAt(end - 1))) {
      end--;
    }
    return new Span(Math.min(start, span.start()), Math.max(end, span.end()));
  }

  /** True when a sentence may start at {@code i}: after a line break or ". " and the like. */
  private static boolean boundaryBefore(String text, int i) {
    if (i == 0 || i >= text.length()) {
      return true;
    }
    char previous = text.charAt(i - 1);
    if (previous == '\n') {
      return true;
    }
    return Character.isWhitespace(previous)
        && i >= 2
        && ".!?".indexOf(text.charAt(i - 2)) >= 0;
  }
}
