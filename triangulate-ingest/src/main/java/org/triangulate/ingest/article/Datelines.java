package org.triangulate.ingest.article;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeFormatterBuilder;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.jspecify.annotations.Nullable;

/**
 * Finds the dateline that opens a report: "KABUL -- …" gives "KABUL", "TAMPA, Fla. – …" gives
 * "TAMPA, Fla.", "ISLAMABAD (Reuters) - …" gives "ISLAMABAD". The paragraph keeps its dateline;
 * only the metadata gets the place. Looks at the first three body paragraphs.
 */
public final class Datelines {
  private static final String CAPS_WORD = "\\p{Lu}[\\p{Lu}\\p{M}'.-]*\\p{Lu}\\.?";
  private static final String QUALIFIER = "\\p{Lu}[\\p{L}.]*(?:\\s+\\p{Lu}[\\p{L}.]*)?";
  private static final Pattern DATELINE =
      Pattern.compile(
          "^("
              + CAPS_WORD
              + "(?:\\s+"
              + CAPS_WORD
              + ")*(?:,\\s+"
              + QUALIFIER
              + ")?)\\s*(?:\\([^()]{1,40}\\)\\s*)?(?:--|[–—-])\\s");
  // "Washington– Today …": a capitalised place needs a long dash, a hyphen is too common
  private static final Pattern TITLE_CASE_DATELINE =
      Pattern.compile("^(\\p{Lu}\\p{Ll}+(?:\\s+\\p{Lu}\\p{Ll}+)?)\\s*(?:--|[–—])\\s");
  private static final int WINDOW = 3;
  private static final int HEADER_LINES = 6;
  private static final String MONTH = "(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)[a-z]*\\.?";
  /**
   * "KABUL, Afghanistan (Jan. 25, 2013)": a dateline that carries the report's date, on its own
   * line or run into the lead; a long dash may follow it; a stop mistyped for the comma ("(July
   * 13. 2012)") still parses.
   */
  private static final Pattern DATED = Pattern.compile("(?<![\\p{L}\\p{N}])(" + CAPS_WORD + "(?:\\s+" + CAPS_WORD
      + ")*(?:,\\s+" + QUALIFIER + ")?)\\s*\\(\\s*(" + MONTH + "\\s+\\d{1,2}(?:(?:[,.]\\s*|\\s+)\\d{4})?|\\d{1,2}\\s+" + MONTH
      + "(?:\\s+\\d{4})?)\\s*\\)(?:\\s*(?:--|[–—-]))?");
  private static final String MONTH_DAY = MONTH + "\\s+\\d{1,2}(?:,?\\s*\\d{4})?";
  /**
   * A bulletin's title that carries its date: opening it before a colon ("May 11: Afghan-ISAF
   * Operations …") or closing it after a name, not after a preposition ("Morning Operational
   * Update March 17, 2011", "IJC Operational Update, July 16"); "Attack on March 3" is the
   * event's day, not the bulletin's.
   */
  private static final Pattern TITLE_DATED = Pattern.compile("^\\s*(" + MONTH_DAY + "):\\s"
      + "|(?<!\\b(?:[Oo]n|[Ii]n|[Bb]y|[Ss]ince|[Uu]ntil|[Bb]efore|[Aa]fter|[Ff]rom|[Tt]o|[Oo]f))[,\\s]\\s*(" + MONTH_DAY + ")\\s*$");
  /**
   * A release number that opens a military press release: "2010-11-CA-167" (year, month, kind,
   * number), or one whose number was never filled in ("2010-08-CA-XXX").
   */
  private static final Pattern RELEASE = Pattern.compile("\\b((?:19|20)\\d{2})-(\\d{2})-[A-Z]{1,3}[–-](?:\\d{2,4}|X{2,4})\\b");
  private static final List<DateTimeFormatter> DATE_FORMATS = Stream.of("MMM d, uuuu", "MMM d uuuu", "MMMM d, uuuu",
      "MMMM d uuuu", "d MMM uuuu", "d MMMM uuuu")
      .map(f -> new DateTimeFormatterBuilder().parseCaseInsensitive().appendPattern(f).toFormatter(Locale.ENGLISH))
      .toList();

  private Datelines() {}

  /** The place of the first dateline among the opening paragraphs. */
  public static Optional<String> find(List<String> body) {
    for (int i = 0; i < opening(body); i++) {
      Matcher dated = DATED.matcher(body.get(i));
      if (dated.find()) {
        return Optional.of(dated.group(1));
      }
      for (Pattern p : new Pattern[] {DATELINE, TITLE_CASE_DATELINE}) {
        Matcher m = p.matcher(body.get(i));
        if (m.find()) {
          return Optional.of(m.group(1));
        }
      }
    }
    return Optional.empty();
  }

  /**
   * The date a dated dateline among the opening paragraphs gives ("(Jan. 25, 2013)"): the day the
   * report was filed, which "yesterday" and "Sunday" in it are read against.
   */
  public static Optional<LocalDate> date(List<String> body) {
    return date(body, null);
  }

  /**
   * The dated dateline's date, else the date a bulletin's title carries ({@link #TITLE_DATED});
   * one without a year ("KABUL, Afghanistan (Nov. 21) –", "May 11: …") takes the year of the
   * release number the title or the opening paragraphs carry ("2010-11-CA-167"), when that
   * number's month is the date's or the one before.
   */
  public static Optional<LocalDate> date(List<String> body, @Nullable String title) {
    for (int i = 0; i < opening(body); i++) {
      Matcher m = DATED.matcher(body.get(i));
      if (m.find()) {
        return dayOf(m.group(2), body, title);
      }
    }
    if (title != null) {
      Matcher t = TITLE_DATED.matcher(title.strip());
      if (t.find()) {
        return dayOf(t.group(1) != null ? t.group(1) : t.group(2), body, title);
      }
    }
    return Optional.empty();
  }

  private static Optional<LocalDate> dayOf(String monthDay, List<String> body, @Nullable String title) {
    Optional<LocalDate> full = parse(monthDay);
    return full.isPresent() ? full : withReleaseYear(monthDay, body, title);
  }

  private static Optional<LocalDate> withReleaseYear(String monthDay, List<String> body, @Nullable String title) {
    List<String> places = new ArrayList<>();
    if (title != null) {
      places.add(title);
    }
    places.addAll(body.subList(0, opening(body)));
    for (String p : places) {
      Matcher r = RELEASE.matcher(p);
      if (r.find()) {
        int year = Integer.parseInt(r.group(1));
        int month = Integer.parseInt(r.group(2));
        Optional<LocalDate> d = parse(monthDay + ", " + year);
        if (d.isPresent() && (d.get().getMonthValue() == month || d.get().getMonthValue() == month % 12 + 1)) {
          return d;
        }
      }
    }
    return Optional.empty();
  }

  /**
   * The opening paragraphs with a dated dateline that runs into the lead ended after the
   * dateline, so the dateline's place and date stay out of the lead's first sentence: "… For
   * Immediate Release KABUL, Afghanistan (Feb. 21, 2011) Afghan and coalition forces …" becomes
   * "… KABUL, Afghanistan (Feb. 21, 2011)" and "Afghan and coalition forces …". No word changes.
   */
  public static List<String> splitDated(List<String> body) {
    List<String> out = new ArrayList<>(body);
    for (int i = 0; i < opening(out); i++) {
      Matcher m = DATED.matcher(out.get(i));
      if (m.find()) {
        String head = out.get(i).substring(0, m.end()).strip();
        String rest = out.get(i).substring(m.end()).strip();
        if (!rest.isEmpty()) {
          out.set(i, head);
          out.add(i + 1, rest);
        }
        break;
      }
    }
    return out;
  }

  /**
   * How many paragraphs open the report: the first {@link #WINDOW} of prose, with the header lines
   * among them (an issuer, a release number, "For Immediate Release", a dateline on its own line:
   * short and without a sentence's final stop), at most {@link #HEADER_LINES} of those.
   */
  static int opening(List<String> body) {
    int prose = 0;
    int header = 0;
    for (int i = 0; i < body.size(); i++) {
      boolean headerLine = Boilerplate.isHeaderLine(body.get(i));
      if (headerLine ? ++header > HEADER_LINES : ++prose == WINDOW) {
        return headerLine ? i : i + 1;
      }
    }
    return body.size();
  }

  private static Optional<LocalDate> parse(String text) {
    String t = text.replace(".", "").replaceAll("\\bSept\\b", "Sep").replaceAll(",(?=\\d)", ", ")
        .replaceAll("\\s+", " ").strip();
    for (DateTimeFormatter f : DATE_FORMATS) {
      try {
        return Optional.of(LocalDate.parse(t, f));
      } catch (DateTimeParseException e) {
        // try the next shape
      }
    }
    return Optional.empty();
  }
}
