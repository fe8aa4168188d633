package org.triangulate.eval;

import java.util.Objects;

/**
 * When an event happened, as the export's {@code time} says it.
 *
 * @param value ISO-8601: {@code 2021-02-11}, {@code 2020-05}, {@code 2020}, {@code
 *     2020-05/2020-07}, {@code ../2021-02-21}
 * @param precision DAY, MONTH, YEAR or RANGE
 * @param basis EVENT or REPORTED
 */
public record GoldTime(String value, String precision, String basis) {
  public GoldTime {
    Objects.requireNonNull(value, "value");
    Objects.requireNonNull(precision, "precision");
    Objects.requireNonNull(basis, "basis");
  }
}
