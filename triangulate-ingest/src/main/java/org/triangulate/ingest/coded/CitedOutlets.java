package org.triangulate.ingest.coded;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The outlets a coded row cites, read from the dataset's source columns: ACLED's {@code source}
 * names outlets separated by {@code ;} ({@code Pajhwok Afghan News; Xinhua}); GTD's {@code
 * scite1}–{@code scite3} are citations whose outlet follows the quoted title ({@code "Bomb kills
 * three," Example Wire, March 5, 2024.}). A citation without a quoted title, and ACLED's
 * undisclosed or unnamed sources, give no outlet: the row keeps them as text only. Stateless.
 */
final class CitedOutlets {
  // the outlet is the part after a quoted title, up to the next comma or the end
  private static final Pattern AFTER_TITLE = Pattern.compile("[\"”]\\s*,?\\s*([^,\"“”]{2,80}?)\\s*(?:,|\\.?$)");
  private static final Pattern UNNAMED = Pattern.compile(
      "(?i).*\\b(undisclosed|unknown|unnamed|anonymous|local sources?|other)\\b.*");

  private CitedOutlets() {}

  /** ACLED's outlets: names between {@code ;}, blanks, repeats and unnamed sources dropped. */
  static List<String> acled(@org.jspecify.annotations.Nullable String source) {
    Set<String> out = new LinkedHashSet<>();
    if (source != null) {
      for (String s : source.split(";")) {
        add(out, s.strip());
      }
    }
    return List.copyOf(out);
  }

  /** GTD's outlets: the name after each citation's quoted title, in citation order. */
  static List<String> gtd(List<String> citations) {
    Set<String> out = new LinkedHashSet<>();
    for (String citation : citations) {
      int close = Math.max(citation.lastIndexOf('"'), citation.lastIndexOf('”'));
      if (close > 0) {
        Matcher m = AFTER_TITLE.matcher(citation);
        if (m.find(close)) {
          add(out, m.group(1).strip());
        }
      }
    }
    return List.copyOf(out);
  }

  private static void add(Set<String> out, String name) {
    if (name.length() >= 2 && Character.isLetter(name.charAt(0)) && !UNNAMED.matcher(name).matches()
        && !name.matches("(?i)(jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\\.? \\d.*")) {
      out.add(name);
    }
  }
}
