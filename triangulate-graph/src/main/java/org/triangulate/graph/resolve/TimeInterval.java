package org.triangulate.graph.resolve;

import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.Optional;

/**
 * The days an ISO-8601 time value can mean: {@code 2021-02-11} one day, {@code 2021-02} a month,
 * {@code 2021} a year, {@code 2020-05/2020-07} from the first day of May to the last of July,
 * {@code ../2021-02-21} any day up to the 21st.
 *
 * @param start first possible day ({@link LocalDate#MIN} for an open start)
 * @param end last possible day
 * @param day whether it is exactly one day
 */
record TimeInterval(LocalDate start, LocalDate end, boolean day) {

  /** The interval of {@code value}, or empty when it is not one of the forms above. */
  static Optional<TimeInterval> parse(String value) {
    try {
      int slash = value.indexOf('/');
      if (slash >= 0) {
        String from = value.substring(0, slash);
        LocalDate start = from.equals("..") ? LocalDate.MIN : bounds(from).start();
        return Optional.of(new TimeInterval(start, bounds(value.substring(slash + 1)).end(), false));
      }
      return Optional.of(bounds(value));
    } catch (DateTimeParseException | IndexOutOfBoundsException | NumberFormatException e) {
      return Optional.empty();
    }
  }

  private static TimeInterval bounds(String v) {
    return switch (v.length()) {
      case 10 -> new TimeInterval(LocalDate.parse(v), LocalDate.parse(v), true);
      case 7 -> {
        YearMonth m = YearMonth.parse(v);
        yield new TimeInterval(m.atDay(1), m.atEndOfMonth(), false);
      }
      case 4 -> {
        int y = Integer.parseInt(v);
        yield new TimeInterval(LocalDate.of(y, 1, 1), LocalDate.of(y, 12, 31), false);
      }
      default -> throw new DateTimeParseException("not an ISO-8601 date, month or year", v, 0);
    };
  }

  boolean contains(TimeInterval other) {
    return !start.isAfter(other.start) && !end.isBefore(other.end);
  }

  /** Whether this is at most a month: a day, a month, or a short range. */
  boolean narrow() {
    return start != LocalDate.MIN && start.plusDays(31).isAfter(end);
  }
}
