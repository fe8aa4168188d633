package org.triangulate.extract.kb;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Splits text into the tokens names are matched on. A word token is a run of letters, digits and
 * combining marks; spaces, hyphens, dashes and apostrophes separate tokens and are otherwise
 * ignored, which makes "al-Qa'ida", "al Qa’ida" and "Al‑Qa´ida" the same three tokens; every
 * other character (period, comma, bracket, ampersand) is a token of its own, so a name never
 * matches across punctuation. Linear in the text's length; stateless and thread-safe.
 */
final class Tokens {
  /** Characters that join or separate words without being part of a name's identity. */
  private static final String JOINERS =
      "-\u00AD\u2010\u2011\u2012\u2013\u2014\u2015\u2212"
          + "'`\u00B4\u2018\u2019\u201B\u2032\u02BC\u02BE\u02BF";

  private Tokens() {}

  /**
   * One token.
   *
   * @param start offset of its first char in the text
   * @param end offset after its last char
   * @param text the token as written
   * @param folded lower-cased, accents removed: the key for case-insensitive matching
   * @param word whether it is a word (letters or digits) rather than a punctuation mark
   */
  record Token(int start, int end, String text, String folded, boolean word) {}

  static List<Token> of(CharSequence text) {
    List<Token> tokens = new ArrayList<>();
    int n = text.length();
    int i = 0;
    while (i < n) {
      int cp = Character.codePointAt(text, i);
      int next = i + Character.charCount(cp);
      if (isWordChar(cp)) {
        next = endOfWord(text, next);
        String word = text.subSequence(i, next).toString();
        tokens.add(new Token(i, next, word, fold(word), true));
      } else if (!isSeparator(cp)) {
        String mark = text.subSequence(i, next).toString();
        tokens.add(new Token(i, next, mark, mark, false));
      }
      i = next;
    }
    return tokens;
  }

  private static int endOfWord(CharSequence text, int from) {
    int i = from;
    while (i < text.length()) {
      int cp = Character.codePointAt(text, i);
      if (!isWordChar(cp) && !isMark(cp)) {
        break;
      }
      i += Character.charCount(cp);
    }
    return i;
  }

  /** Lower-cases with {@link Locale#ROOT} and strips accents ("Cártel" → "cartel"). */
  static String fold(String word) {
    String lower = word.toLowerCase(Locale.ROOT);
    if (lower.chars().allMatch(c -> c < 0x80)) {
      return lower;
    }
    return Normalizer.normalize(lower, Normalizer.Form.NFD).replaceAll("\\p{M}+", "");
  }

  private static boolean isWordChar(int cp) {
    return Character.isLetterOrDigit(cp) && JOINERS.indexOf(cp) < 0;
  }

  private static boolean isMark(int cp) {
    int type = Character.getType(cp);
    return type == Character.NON_SPACING_MARK
        || type == Character.COMBINING_SPACING_MARK
        || type == Character.ENCLOSING_MARK;
  }

  private static boolean isSeparator(int cp) {
    return Character.isWhitespace(cp)
        || Character.isSpaceChar(cp)
        || cp == '\u200B'
        || JOINERS.indexOf(cp) >= 0;
  }

  /** Whether the token is a word of two or more letters, all upper-case ("THIS", "WAR"). */
  static boolean isShouted(Token token) {
    if (!token.word() || token.text().length() < 2) {
      return false;
    }
    return token.text().chars().allMatch(c -> Character.isUpperCase(c) || !Character.isLetter(c))
        && token.text().chars().anyMatch(Character::isLetter);
  }
}
