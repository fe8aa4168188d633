package org.triangulate.extract.entities;

import java.text.Normalizer;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/** Comparison keys for names: case, typography and possessives folded. */
final class Names {
  private Names() {}

  /** "The Haqqani Network’s" → "haqqani network". */
  static String key(String name) {
    String s = Normalizer.normalize(name, Normalizer.Form.NFKC).toLowerCase(Locale.ROOT);
    s = s.replaceAll("[’‘`]", "'").replaceAll("[–—‐-]", "-").replaceAll("'s\\b", "");
    s = s.replaceAll("[^\\p{L}\\p{N}]+", " ").strip();
    return s.startsWith("the ") ? s.substring(4) : s;
  }

  static List<String> words(String name) {
    String k = key(name);
    return k.isEmpty() ? List.of() : Arrays.asList(k.split(" "));
  }

  /** True when the two words are equal or, both being five letters or more, one edit apart. */
  static boolean sameWord(String a, String b) {
    if (a.equals(b)) {
      return true;
    }
    return a.length() >= 5 && b.length() >= 5 && withinOneEdit(a, b);
  }

  /**
   * True when {@code part} names the same person as the longer or differently spelt {@code
   * full}: its words appear in {@code full} in order, each equal or one edit away.
   */
  static boolean fitsName(List<String> part, List<String> full) {
    if (part.isEmpty() || part.size() > full.size() || part.equals(full)) {
      return false;
    }
    int from = 0;
    for (String w : part) {
      int k = from;
      while (k < full.size() && !sameWord(w, full.get(k))) {
        k++;
      }
      if (k == full.size()) {
        return false;
      }
      from = k + 1;
    }
    return true;
  }

  /** Levenshtein distance at most one, in linear time. */
  static boolean withinOneEdit(String a, String b) {
    if (Math.abs(a.length() - b.length()) > 1) {
      return false;
    }
    String s = a.length() <= b.length() ? a : b;
    String l = a.length() <= b.length() ? b : a;
    int i = 0;
    while (i < s.length() && s.charAt(i) == l.charAt(i)) {
      i++;
    }
    if (s.length() == l.length()) {
      return s.substring(i + 1).equals(l.substring(i + 1));
    }
    return s.substring(i).equals(l.substring(i + 1));
  }

  /** Initials of the capitalised words: "National Directorate of Security" → "NDS". */
  static String initials(String name) {
    StringBuilder b = new StringBuilder();
    for (String w : name.split("[\\s\\-]+")) {
      if (!w.isEmpty() && Character.isUpperCase(w.charAt(0))) {
        b.append(w.charAt(0));
      }
    }
    return b.toString();
  }
}
