package org.triangulate.extract.kb;

import org.jspecify.annotations.Nullable;

/**
 * An earlier name of the same group (a rename, not a predecessor organisation), with the years
 * it was used when known. A text naming a group by a former name still resolves to the group;
 * {@link KbMatch#former()} says so.
 *
 * @param name the name as written
 * @param from first year of use, or null when unknown
 * @param to last year of use, or null when unknown
 */
public record FormerName(String name, @Nullable Integer from, @Nullable Integer to) {
  public FormerName {
    if (name.isBlank()) {
      throw new IllegalArgumentException("former name must not be blank");
    }
    years(from, to);
  }

  /** The years of use as a {@link Years}. */
  public Years years() {
    return years(from, to);
  }

  private static Years years(@Nullable Integer from, @Nullable Integer to) {
    return new Years(from, to);
  }

  @Override
  public String toString() {
    Years years = years();
    return years.equals(Years.UNKNOWN) ? name : name + " (" + years + ")";
  }
}
