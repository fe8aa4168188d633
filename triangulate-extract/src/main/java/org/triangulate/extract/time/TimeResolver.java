package org.triangulate.extract.time;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.Month;
import java.time.YearMonth;
import java.time.temporal.TemporalAdjusters;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;
import org.triangulate.model.TimeSpec;
import org.triangulate.model.TimeSpec.Basis;
import org.triangulate.model.TimeSpec.Precision;

/**
 * Resolves a time expression against an anchor date (the document's date) to a {@link TimeSpec}.
 * Pure and thread-safe; linear in the expression.
 */
public final class TimeResolver {
  private static final String MONTHS =
      "(january|february|march|april|may|june|july|august|september|october|november|december"
          + "|jan|feb|mar|apr|jun|jul|aug|sept|sep|oct|nov|dec)\\.?";
  private static final Pattern PART_OF_DAY_ONLY = Pattern.compile("(?i)(?:(?:at|in|during|the|one|an?|early|late|that)\\s+)*"
      + "(?:overnight|night|nighttime|night-time|daytime|day-time|morning|afternoon|evening|dawn|dusk|midnight|noon|midday"
      + "|daybreak|nightfall|sunrise|sunset)(?:\\s+hours)?");
  private static final Pattern YEAR = Pattern.compile("\\b(19\\d{2}|20\\d{2})\\b");
  private static final Pattern MONTH_DAY = Pattern.compile("\\b" + MONTHS + "\\s+(\\d{1,2})(?:st|nd|rd|th)?\\b");
  private static final Pattern DAY_MONTH = Pattern.compile("\\b(\\d{1,2})(?:st|nd|rd|th)?\\s+(?:of\\s+)?" + MONTHS + "\\b");
  private static final Pattern MONTH = Pattern.compile("\\b" + MONTHS + "\\b");
  private static final Pattern BETWEEN = Pattern.compile(
      "\\b(?:between|from)\\s+" + MONTHS + "(?:\\s+(\\d{4}))?\\s+(?:and|to|until)\\s+" + MONTHS + "(?:\\s+(\\d{4}))?");
  private static final Pattern WEEKDAY =
      Pattern.compile("\\b(monday|tuesday|wednesday|thursday|friday|saturday|sunday)\\b");
  private static final Pattern AGO = Pattern.compile("\\b(\\w+)\\s+(day|week|month|year)s?\\s+ago\\b");

  /**
   * Resolves {@code expression}.
   *
   * @param normalized the tagger's normalised value, used when no rule here applies
   * @param anchor the date relative expressions are read against, or null
   * @param future true when the tense says the time lies ahead
   * @param basis whether the time dates the event or only its report
   */
  public TimeSpec resolve(String expression, @Nullable String normalized, @Nullable LocalDate anchor,
      boolean future, Basis basis) {
    String e = expression.toLowerCase(Locale.ROOT).strip();
    Optional<TimeSpec> spec = absolute(e, anchor, future, expression)
        .or(() -> relative(e, anchor, future, expression))
        .or(() -> fromNormalized(normalized, anchor, expression));
    TimeSpec t = spec.orElseGet(() -> new TimeSpec(null, Precision.UNKNOWN, Basis.EVENT, expression, anchor));
    return basis == Basis.REPORTED ? reported(t) : t;
  }

  /** The event happened by the reported date: an open range ending there. */
  private static TimeSpec reported(TimeSpec t) {
    if (t.value() == null || t.precision() == Precision.RANGE) {
      return new TimeSpec(t.value(), t.precision(), Basis.REPORTED, t.text(), t.anchor());
    }
    return new TimeSpec("../" + t.value(), Precision.RANGE, Basis.REPORTED, t.text(), t.anchor());
  }

  private Optional<TimeSpec> absolute(String e, @Nullable LocalDate anchor, boolean future, String text) {
    Matcher between = BETWEEN.matcher(e);
    if (between.find()) {
      return range(between, anchor, future, text);
    }
    Matcher y = YEAR.matcher(e);
    Integer year = y.find() ? Integer.valueOf(y.group(1)) : null;
    Optional<MonthDay> md = monthDay(e);
    boolean last = e.startsWith("last ");
    if (md.isPresent()) {
      MonthDay d = md.get();
      Optional<LocalDate> date = year != null ? d.in(year)
          : anchor == null ? Optional.empty() : d.nearest(anchor, future, last);
      return date.map(x -> spec(x.toString(), Precision.DAY, text, anchor));
    }
    Matcher m = MONTH.matcher(e);
    if (m.find() && !e.contains("may be")) {
      Month month = month(m.group(1));
      if (year != null) {
        return Optional.of(spec(YearMonth.of(year, month).toString(), Precision.MONTH, text, anchor));
      }
      if (anchor != null) {
        return Optional.of(spec(nearest(month, anchor, future, last).toString(), Precision.MONTH, text, anchor));
      }
      return Optional.empty();
    }
    return year == null ? Optional.empty() : Optional.of(spec(year.toString(), Precision.YEAR, text, anchor));
  }

  private Optional<TimeSpec> range(Matcher b, @Nullable LocalDate anchor, boolean future, String text) {
    Month from = month(b.group(1));
    Month to = month(b.group(3));
    YearMonth end = b.group(4) != null ? YearMonth.of(Integer.parseInt(b.group(4)), to)
        : anchor == null ? null : nearest(to, anchor, future, false);
    if (end == null) {
      return Optional.empty();
    }
    YearMonth start = b.group(2) != null ? YearMonth.of(Integer.parseInt(b.group(2)), from)
        : YearMonth.of(from.compareTo(to) <= 0 ? end.getYear() : end.getYear() - 1, from);
    return Optional.of(spec(start + "/" + end, Precision.RANGE, text, anchor));
  }

  private Optional<TimeSpec> relative(String e, @Nullable LocalDate anchor, boolean future, String text) {
    if (anchor == null) {
      return Optional.empty();
    }
    Matcher w = WEEKDAY.matcher(e);
    if (w.find()) {
      DayOfWeek day = DayOfWeek.valueOf(w.group(1).toUpperCase(Locale.ROOT));
      LocalDate d = future || e.startsWith("next ")
          ? anchor.with(TemporalAdjusters.nextOrSame(day))
          : anchor.with(TemporalAdjusters.previousOrSame(day));
      if (e.startsWith("last ") && d.equals(anchor)) {
        d = d.minusWeeks(1);
      }
      return Optional.of(spec(d.toString(), Precision.DAY, text, anchor));
    }
    Matcher ago = AGO.matcher(e);
    if (ago.find()) {
      Integer n = number(ago.group(1));
      if (n != null) {
        return Optional.of(switch (ago.group(2)) {
          case "day" -> spec(anchor.minusDays(n).toString(), Precision.DAY, text, anchor);
          case "week" -> spec(anchor.minusWeeks(n).toString(), Precision.DAY, text, anchor);
          case "month" -> spec(YearMonth.from(anchor).minusMonths(n).toString(), Precision.MONTH, text, anchor);
          default -> spec(Integer.toString(anchor.getYear() - n), Precision.YEAR, text, anchor);
        });
      }
    }
    return switch (e.replaceFirst("^(on|in|during)\\s+", "")) {
      case "today", "this morning", "this afternoon", "tonight", "this evening" ->
          Optional.of(spec(anchor.toString(), Precision.DAY, text, anchor));
      case "yesterday", "last night" -> Optional.of(spec(anchor.minusDays(1).toString(), Precision.DAY, text, anchor));
      case "last year" -> Optional.of(spec(Integer.toString(anchor.getYear() - 1), Precision.YEAR, text, anchor));
      case "this year", "earlier this year" -> Optional.of(spec(Integer.toString(anchor.getYear()), Precision.YEAR, text, anchor));
      case "last month" -> Optional.of(spec(YearMonth.from(anchor).minusMonths(1).toString(), Precision.MONTH, text, anchor));
      case "this month", "earlier this month" -> Optional.of(spec(YearMonth.from(anchor).toString(), Precision.MONTH, text, anchor));
      case "last week" -> {
        LocalDate monday = anchor.minusWeeks(1).with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
        yield Optional.of(spec(monday + "/" + monday.plusDays(6), Precision.RANGE, text, anchor));
      }
      default -> Optional.empty();
    };
  }

  /**
   * True when the expression names only a part of a day ("overnight", "one night", "early
   * morning", "during the night"): it says when in a day, not which day. "Tonight", "last night"
   * and "Tuesday morning" name their day.
   */
  public static boolean partOfDayOnly(String expression) {
    return PART_OF_DAY_ONLY.matcher(expression.strip()).matches();
  }

  /** SUTime's value when it is a complete date, month or year; never one it had to guess. */
  private static Optional<TimeSpec> fromNormalized(@Nullable String normalized, @Nullable LocalDate anchor, String text) {
    if (normalized == null || partOfDayOnly(text)) {
      return Optional.empty();
    }
    String v = normalized.length() >= 10 ? normalized.substring(0, 10) : normalized;
    if (v.matches("\\d{4}-\\d{2}-\\d{2}")) {
      return Optional.of(spec(v, Precision.DAY, text, anchor));
    }
    if (v.matches("\\d{4}-\\d{2}")) {
      return Optional.of(spec(v, Precision.MONTH, text, anchor));
    }
    return v.matches("\\d{4}") ? Optional.of(spec(v, Precision.YEAR, text, anchor)) : Optional.empty();
  }

  private static TimeSpec spec(String value, Precision p, String text, @Nullable LocalDate anchor) {
    return new TimeSpec(value, p, Basis.EVENT, text, anchor);
  }

  private static YearMonth nearest(Month month, LocalDate anchor, boolean future, boolean last) {
    YearMonth here = YearMonth.from(anchor);
    YearMonth candidate = YearMonth.of(anchor.getYear(), month);
    if (future) {
      return candidate.isBefore(here) ? candidate.plusYears(1) : candidate;
    }
    boolean after = last ? !candidate.isBefore(here) : candidate.isAfter(here);
    return after ? candidate.minusYears(1) : candidate;
  }

  private static Optional<MonthDay> monthDay(String e) {
    Matcher a = MONTH_DAY.matcher(e);
    if (a.find()) {
      return Optional.of(new MonthDay(month(a.group(1)), Integer.parseInt(a.group(2))));
    }
    Matcher b = DAY_MONTH.matcher(e);
    return b.find() ? Optional.of(new MonthDay(month(b.group(2)), Integer.parseInt(b.group(1)))) : Optional.empty();
  }

  private static Month month(String name) {
    String prefix = name.substring(0, 3).toUpperCase(Locale.ROOT);
    for (Month m : Month.values()) {
      if (m.name().startsWith(prefix)) {
        return m;
      }
    }
    throw new IllegalStateException("month pattern and names disagree: " + name);
  }

  private static @Nullable Integer number(String word) {
    if (word.matches("\\d+")) {
      return Integer.valueOf(word);
    }
    String[] words = {"zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten",
        "eleven", "twelve"};
    for (int i = 0; i < words.length; i++) {
      if (words[i].equals(word) || (i == 1 && (word.equals("a") || word.equals("an")))) {
        return i;
      }
    }
    return null;
  }

  private record MonthDay(Month month, int day) {
    Optional<LocalDate> in(int year) {
      try {
        return Optional.of(LocalDate.of(year, month, day));
      } catch (java.time.DateTimeException e) {
        return Optional.empty();
      }
    }

    Optional<LocalDate> nearest(LocalDate anchor, boolean future, boolean last) {
      Optional<LocalDate> same = in(anchor.getYear());
      if (same.isEmpty()) {
        return in(anchor.getYear() - 1);
      }
      LocalDate d = same.get();
      if (future) {
        return d.isBefore(anchor) ? in(anchor.getYear() + 1) : same;
      }
      boolean after = last ? !d.isBefore(anchor) : d.isAfter(anchor);
      return after ? in(anchor.getYear() - 1) : same;
    }
  }
}
