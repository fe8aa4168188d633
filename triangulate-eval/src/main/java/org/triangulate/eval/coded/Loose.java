package org.triangulate.eval.coded;

import java.util.ArrayList;
import java.util.List;
import org.triangulate.eval.NameKeys;

/**
 * Loose name matching for coded values, written down: names compare by a consonant skeleton of
 * their key with spaces and hyphens gone and doubled letters single, so that "Paktya", "Paktiya"
 * and "paktya", "Sar-e Pul" and "Sar-e-Pul", "Daykundi" and "Day Kundi" agree; a text states a name
 * when a run of one to four of its words has the name's skeleton.
 */
final class Loose {
  private Loose() {}

  static String skeleton(String name) {
    String k = NameKeys.key(name).replace(" ", "");
    if (k.isEmpty()) {
      return k;
    }
    StringBuilder b = new StringBuilder().append(k.charAt(0));
    for (int i = 1; i < k.length(); i++) {
      char c = k.charAt(i);
      boolean vowel = "aeiouy".indexOf(c) >= 0;
      if (!vowel && c != b.charAt(b.length() - 1)) {
        b.append(c);
      }
    }
    return b.toString();
  }

  static boolean same(String a, String b) {
    String sa = skeleton(a);
    return sa.length() >= 2 && sa.equals(skeleton(b));
  }

  /** True when one name's skeleton equals the other's or a run of its words' skeletons. */
  static boolean within(String text, String name) {
    String target = skeleton(name);
    if (target.length() < 2) {
      return false;
    }
    List<String> words = new ArrayList<>(List.of(NameKeys.key(text).split(" ")));
    for (int i = 0; i < words.size(); i++) {
      StringBuilder run = new StringBuilder();
      for (int j = i; j < Math.min(words.size(), i + 4); j++) {
        run.append(words.get(j));
        if (skeleton(run.toString()).equals(target)) {
          return true;
        }
      }
    }
    return false;
  }
}
