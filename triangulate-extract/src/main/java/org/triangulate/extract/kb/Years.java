package org.triangulate.extract.kb;

import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * A span of years, either end open or unknown; written {@code 2004-2006}, {@code 2013-},
 * {@code -2001} or {@code 2006}.
 *
 * @param from first year, inclusive, or null when unknown
 * @param to last year, inclusive, or null when ongoing or unknown
 */
public record Years(@Nullable Integer from, @Nullable Integer to) {
  /** Neither end known. */
  public static final Years UNKNOWN = new Years(null, null);

  private static final Pattern FORM = Pattern.compile("(\\d{4})?\\s*[-–]\\s*(\\d{4})?|(\\d{4})");

  public Years {
    if (from != null && to != null && from > to) {
      throw new IllegalArgumentException("from must not exceed to: from=" + from + ", to=" + to);
    }
  }

  /**
   * Parses the written form.
   *
   * @throws IllegalArgumentException when {@code text} is not one of the forms above
   */
  public static Years parse(String text) {
    Matcher m = FORM.matcher(text.strip());
    if (!m.matches()) {
      throw new IllegalArgumentException("years must read FROM-TO, FROM-, -TO or YEAR: " + text);
    }
    if (m.group(3) != null) {
      int year = Integer.parseInt(m.group(3));
      return new Years(year, year);
    }
    return new Years(year(m.group(1)), year(m.group(2)));
  }

  private static @Nullable Integer year(@Nullable String digits) {
    return digits == null ? null : Integer.valueOf(digits);
  }

  /** Whether {@code year} falls in this span, an unknown end counting as open. */
  public boolean includes(int year) {
    return (from == null || from <= year) && (to == null || year <= to);
  }

  @Override
  public String toString() {
    if (from != null && from.equals(to)) {
      return from.toString();
    }
    return (from == null ? "" : from.toString()) + "-" + (to == null ? "" : to.toString());
  }
}
