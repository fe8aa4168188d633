package org.triangulate.cli;

import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/** The line a listing prints instead of silence when nothing is there to list. */
final class Nothing {
  private Nothing() {}

  /**
   * {@code no entities matched --type PERSON --name jebran}, or {@code no entities stored} when
   * no filter was given.
   *
   * @param what the plural of what was listed
   * @param filters the filters as given on the command line; nulls for filters not given
   */
  static String matched(String what, @Nullable String... filters) {
    List<String> given = Arrays.stream(filters).filter(Objects::nonNull).toList();
    return given.isEmpty()
        ? "no " + what + " in the store"
        : "no " + what + " matched " + String.join(" ", given);
  }
}
