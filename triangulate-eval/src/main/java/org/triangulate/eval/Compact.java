package org.triangulate.eval;

/**
 * A text with its whitespace removed and a map back to the original offsets, so that anchors can be
 * found "whitespace aside". Offsets are UTF-16 code units, as in the export.
 */
final class Compact {
  private final String squeezed;
  private final int[] origin;

  Compact(String text) {
    StringBuilder sb = new StringBuilder(text.length());
    int[] map = new int[text.length() + 1];
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (!isSpace(c)) {
        map[sb.length()] = i;
        sb.append(c);
      }
    }
    map[sb.length()] = text.length();
    this.squeezed = sb.toString();
    this.origin = map;
  }

  /** The text without whitespace. */
  String squeezed() {
    return squeezed;
  }

  /** {@code s} without whitespace. */
  static String squeeze(String s) {
    return new Compact(s).squeezed;
  }

  /** Start offset in the original text of the squeezed index {@code i}. */
  int start(int i) {
    return origin[i];
  }

  /** End offset (exclusive) in the original text of a match ending at squeezed index {@code end}. */
  int end(int end) {
    return end == 0 ? 0 : origin[end - 1] + 1;
  }

  static boolean isSpace(char c) {
    return Character.isWhitespace(c) || c == '\u00A0' || c == '\u2007' || c == '\u202F';
  }
}
