package org.triangulate.ingest.dates;

import java.time.DateTimeException;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.Month;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * Infers when a report was published from a weekday the text pairs with a day and month: "on
 * Sunday (February 21)", "Sunday, February 21", "Monday 3 May". News reports say "on Sunday" of
 * days in the week they were written, so the report is dated on or just after that day; the year
 * is the earliest one, no earlier than the latest year the text mentions, no later than {@code
 * asOf}, in which that day and month fall on that weekday. A text that mentions no year at all
 * gives the latest such year, since an undated report is most likely a recent one (the earliest
 * fitting year would put it fifty years back). Without such a phrase there is no
 * inferred date: never today. Stateless and thread-safe; O(n) in the text plus at most 50 years
 * tried per phrase.
 */
public final class PublishedDateInference {
  private static final String WEEKDAY =
      "(Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)";
  private static final String MONTH =
      "(January|February|March|April|May|June|July|August|September|October|November|December"
          + "|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept|Sep|Oct|Nov|Dec)\\.?";
  private static final String DAY = "(\\d{1,2})(?:st|nd|rd|th)?";
  private static final String YEAR = "(?:,?\\s+(\\d{4}))?";
  private static final Pattern MONTH_DAY =
      Pattern.compile(
          "\\b" + WEEKDAY + ",?\\s*\\(?\\s*" + MONTH + "\\s+" + DAY + "\\b\\)?" + YEAR);
  private static final Pattern DAY_MONTH =
      Pattern.compile(
          "\\b" + WEEKDAY + ",?\\s*\\(?\\s*(?:the\\s+)?" + DAY + "\\s+(?:of\\s+)?" + MONTH
              + "\\b\\)?" + YEAR);
  private static final Pattern YEAR_MENTION = Pattern.compile("\\b(19\\d{2}|20\\d{2})\\b");
  private static final int MAX_YEARS_BACK = 50;

  private final LocalDate asOf;

  /** Infers no date after {@code asOf}. */
  public PublishedDateInference(LocalDate asOf) {
    this.asOf = Objects.requireNonNull(asOf, "asOf");
  }

  /** The date the first weekday-and-date phrase in {@code text} gives, if it gives one. */
  public Optional<LocalDate> infer(String text) {
    int mentioned = latestYearMentioned(text);
    int lowest = Math.max(mentioned, asOf.getYear() - MAX_YEARS_BACK);
    Phrase first = null;
    for (Pattern p : new Pattern[] {MONTH_DAY, DAY_MONTH}) {
      Matcher m = p.matcher(text);
      boolean monthFirst = p == MONTH_DAY;
      if (m.find() && (first == null || m.start() < first.start())) {
        first = Phrase.of(m, monthFirst);
      }
    }
    return first == null ? Optional.empty() : first.date(lowest, asOf, mentioned == 0);
  }

  /** The latest four-digit year from 1900 to 2099 in {@code text}, or 0 when there is none. */
  static int latestYearMentioned(String text) {
    Matcher m = YEAR_MENTION.matcher(text);
    int latest = 0;
    while (m.find()) {
      latest = Math.max(latest, Integer.parseInt(m.group(1)));
    }
    return latest;
  }

  private record Phrase(
      int start, DayOfWeek weekday, Month month, int day, @Nullable Integer year) {
    static Phrase of(Matcher m, boolean monthFirst) {
      DayOfWeek weekday = DayOfWeek.valueOf(m.group(1).toUpperCase(Locale.ROOT));
      String month = monthFirst ? m.group(2) : m.group(3);
      String day = monthFirst ? m.group(3) : m.group(2);
      Integer year = m.group(4) == null ? null : Integer.valueOf(m.group(4));
      return new Phrase(m.start(), weekday, month(month), Integer.parseInt(day), year);
    }

    Optional<LocalDate> date(int lowest, LocalDate asOf, boolean latest) {
      if (year != null) {
        return at(year).filter(d -> !d.isAfter(asOf));
      }
      for (int i = 0; i <= asOf.getYear() - lowest; i++) {
        int y = latest ? asOf.getYear() - i : lowest + i;
        Optional<LocalDate> d =
            at(y).filter(x -> x.getDayOfWeek() == weekday && !x.isAfter(asOf));
        if (d.isPresent()) {
          return d;
        }
      }
      return Optional.empty();
    }

    private Optional<LocalDate> at(int y) {
      try {
        return Optional.of(LocalDate.of(y, month, day));
      } catch (DateTimeException e) {
        return Optional.empty(); // February 29 in a common year, or April 31
      }
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
  }
}
