package org.triangulate.graph.views;

import java.util.Locale;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;
import org.triangulate.graph.links.Link;

/**
 * Which links to show: at least {@code minOrigins} independent origins, and a grade at least as
 * good as {@code grade} — a reliability letter ("B": A or B), a credibility digit ("2": 1 or 2),
 * or both ("B2": reliability A–B and credibility 1–2).
 *
 * @param minOrigins the fewest independent origins, 0 for any
 * @param grade the worst grade shown, or null for any
 */
public record LinkFilter(int minOrigins, @Nullable String grade) {
  private static final Pattern GRADE = Pattern.compile("[A-F]?[1-6]?");

  public LinkFilter {
    if (minOrigins < 0) {
      throw new IllegalArgumentException("minOrigins must not be negative: " + minOrigins);
    }
    if (grade != null) {
      grade = grade.strip().toUpperCase(Locale.ROOT);
      if (grade.isEmpty() || !GRADE.matcher(grade).matches()) {
        throw new IllegalArgumentException(
            "grade must be a letter A-F, a digit 1-6, or both (B2): " + grade);
      }
    }
  }

  public static final LinkFilter ALL = new LinkFilter(0, null);

  public boolean accepts(Link l) {
    if (l.independentOrigins() < minOrigins) {
      return false;
    }
    if (grade == null) {
      return true;
    }
    char reliability = l.grade().charAt(0);
    char credibility = l.grade().charAt(1);
    for (char c : grade.toCharArray()) {
      boolean worse = Character.isLetter(c) ? reliability > c : credibility > c;
      if (worse) {
        return false;
      }
    }
    return true;
  }
}
