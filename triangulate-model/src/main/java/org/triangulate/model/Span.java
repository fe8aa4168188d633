package org.triangulate.model;

/**
 * A half-open range {@code [start, end)} of UTF-16 offsets into a document's text.
 *
 * @param start first offset, inclusive
 * @param end last offset, exclusive
 */
public record Span(int start, int end) implements Comparable<Span> {
  public Span {
    if (start < 0) {
      throw new IllegalArgumentException("start must not be negative: start=" + start);
    }
    if (start > end) {
      throw new IllegalArgumentException(
          "start must not exceed end: start=" + start + ", end=" + end);
    }
  }

  public int length() {
    return end - start;
  }

  public boolean contains(Span other) {
    return start <= other.start && other.end <= end;
  }

  public boolean overlaps(Span other) {
    return start < other.end && other.start < end;
  }

  /** The slice of {@code text} this span covers. */
  public String of(CharSequence text) {
    return text.subSequence(start, end).toString();
  }

  @Override
  public int compareTo(Span o) {
    return start != o.start ? Integer.compare(start, o.start) : Integer.compare(end, o.end);
  }
}
