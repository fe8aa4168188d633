package org.triangulate.ingest.internal;

import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/** Whitespace runs (Unicode white space, no-break space included) to one space. */
public final class Whitespace {
  private static final Pattern RUN = Pattern.compile("\\s+", Pattern.UNICODE_CHARACTER_CLASS);

  private Whitespace() {}

  /** {@code s} with every whitespace run made one space, and trimmed. */
  public static String collapse(String s) {
    return RUN.matcher(s).replaceAll(" ").strip();
  }

  /** Like {@link #collapse(String)}; null, empty and blank give null. */
  public static @Nullable String collapseToNull(@Nullable String s) {
    if (s == null) {
      return null;
    }
    String c = collapse(s);
    return c.isEmpty() ? null : c;
  }
}
