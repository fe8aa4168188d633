package org.triangulate.eval;

import java.text.Normalizer;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * The normal forms names and texts are compared in: case-folded, accents and punctuation removed,
 * a leading "the" and leading honorifics dropped. {@code "the Haqqani Network's"} and {@code
 * "Haqqani Network"} agree, and so do {@code "Qari Yusuf Hamdard"} and {@code "Yusuf Hamdard"}.
 */
public final class NameKeys {
  private static final Pattern MARKS = Pattern.compile("\\p{M}+");
  private static final Pattern NON_ALNUM = Pattern.compile("[^\\p{L}\\p{N}]+");
  private static final Pattern POSSESSIVE = Pattern.compile("['’]s\\b");
  /** Words too common to say two descriptions of an actor agree. */
  private static final Set<String> STOP =
      Set.of("the", "a", "an", "of", "and", "in", "on", "at", "to", "for", "by", "from", "with",
          "its", "his", "her", "their", "other", "two", "three", "four", "some", "all");

  /** Honorifics and ranks that are not part of a name: "Qari Yusuf Hamdard" is "Yusuf Hamdard". */
  private static final Set<String> TITLES =
      Set.of("qari", "mufti", "hafiz", "mullah", "mulla", "haji", "hajji", "maulana", "mawlawi",
          "maulvi", "molvi", "sheikh", "shaikh", "dr", "gen", "col", "brig", "lt", "maj", "capt",
          "mr", "mrs", "ms");

  private NameKeys() {}

  /** The comparison key of a name: {@code "Ménaka Region"} → {@code "menaka region"}. */
  public static String key(String name) {
    String s = Normalizer.normalize(name, Normalizer.Form.NFKD);
    s = MARKS.matcher(s).replaceAll("").toLowerCase(Locale.ROOT);
    s = NON_ALNUM.matcher(POSSESSIVE.matcher(s).replaceAll("")).replaceAll(" ").strip();
    s = s.startsWith("the ") ? s.substring(4) : s;
    for (int sp = s.indexOf(' '); sp > 0 && TITLES.contains(s.substring(0, sp)); sp = s.indexOf(' ')) {
      s = s.substring(sp + 1);
    }
    return s;
  }

  /** The words of a text that carry meaning, as keys. */
  static Set<String> words(String text) {
    return Arrays.stream(key(text).split(" "))
        .filter(w -> !w.isEmpty() && !STOP.contains(w))
        .map(NameKeys::singular)
        .collect(Collectors.toCollection(LinkedHashSet::new));
  }

  /** Whether {@code text} contains {@code name} as whole words, both compared as keys. */
  public static boolean mentions(String textKey, String name) {
    String k = key(name);
    return !k.isEmpty() && (" " + textKey + " ").contains(" " + k + " ");
  }

  /** Two free-text descriptions of an actor agree when one's key contains the other's or they share a content word. */
  static boolean sameActor(String a, String b) {
    String ka = key(a);
    String kb = key(b);
    if (ka.isEmpty() || kb.isEmpty()) {
      return false;
    }
    if ((" " + ka + " ").contains(" " + kb + " ") || (" " + kb + " ").contains(" " + ka + " ")) {
      return true;
    }
    Set<String> wa = words(a);
    wa.retainAll(words(b));
    return !wa.isEmpty();
  }

  private static String singular(String w) {
    if (w.endsWith("men")) {
      return w.substring(0, w.length() - 3) + "man";
    }
    return w.length() > 3 && w.endsWith("s") && !w.endsWith("ss") ? w.substring(0, w.length() - 1) : w;
  }
}
