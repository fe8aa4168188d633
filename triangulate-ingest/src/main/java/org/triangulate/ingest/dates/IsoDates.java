package org.triangulate.ingest.dates;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Reads the date at the start of an ISO 8601 value: "2021-02-22", "2021-02-22T10:00:00Z". */
public final class IsoDates {
  private static final Pattern ISO = Pattern.compile("\\s*(\\d{4})-(\\d{2})-(\\d{2})(?:[T ].*)?");

  private IsoDates() {}

  /** The date, or empty when {@code value} does not start with a valid ISO date ("unknown"). */
  public static Optional<LocalDate> parse(String value) {
    Matcher m = ISO.matcher(value.strip());
    if (!m.matches()) {
      return Optional.empty();
    }
    try {
      return Optional.of(
          LocalDate.of(
              Integer.parseInt(m.group(1)),
              Integer.parseInt(m.group(2)),
              Integer.parseInt(m.group(3))));
    } catch (DateTimeException e) {
      return Optional.empty();
    }
  }
}
