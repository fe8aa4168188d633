package org.triangulate.ingest.article;

import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

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

  private Datelines() {}

  /** The place of the first dateline among the opening paragraphs. */
  public static Optional<String> find(List<String> body) {
    for (int i = 0; i < Math.min(WINDOW, body.size()); i++) {
      for (Pattern p : new Pattern[] {DATELINE, TITLE_CASE_DATELINE}) {
        Matcher m = p.matcher(body.get(i));
        if (m.find()) {
          return Optional.of(m.group(1));
        }
      }
    }
    return Optional.empty();
  }
}
