package org.triangulate.model;

import java.time.LocalDate;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * When an event happened, as far as the text says.
 *
 * @param value ISO-8601: {@code 2021-02-11}, {@code 2020-05}, {@code 2020}, {@code
 *     2020-05/2020-07}, {@code ../2021-02-21}; null when unresolved
 * @param precision how exact the value is
 * @param basis whether the text dates the event itself or only the report of it
 * @param text the expression the value was resolved from, or null
 * @param anchor the date relative expressions were resolved against, or null
 */
public record TimeSpec(
    @Nullable String value, Precision precision, Basis basis, @Nullable String text,
    @Nullable LocalDate anchor) {

  /** How exact a time value is. */
  public enum Precision { DAY, MONTH, YEAR, RANGE, UNKNOWN }

  /** What the time value dates. */
  public enum Basis {
    /** The text dates the event itself. */
    EVENT,
    /** Only the report or announcement is dated: the event happened by then. */
    REPORTED
  }

  public TimeSpec {
    Objects.requireNonNull(precision, "precision");
    Objects.requireNonNull(basis, "basis");
    if ((value == null) != (precision == Precision.UNKNOWN)) {
      throw new IllegalArgumentException(
          "a value needs a precision and UNKNOWN needs no value: value=" + value + ", precision=" + precision);
    }
  }

  /** No time known. */
  public static TimeSpec unknown() {
    return new TimeSpec(null, Precision.UNKNOWN, Basis.EVENT, null, null);
  }
}
