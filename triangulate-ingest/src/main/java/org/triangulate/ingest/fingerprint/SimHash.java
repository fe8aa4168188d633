package org.triangulate.ingest.fingerprint;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * 64-bit SimHash (Charikar, "Similarity estimation techniques from rounding algorithms", STOC
 * 2002) over the word 3-shingles of a lower-cased text: each shingle's 64-bit hash votes +1 or -1
 * on every bit, and the fingerprint keeps the bits with a positive total. Texts that share most
 * shingles get fingerprints a few bits apart ({@link org.triangulate.model.Fingerprints}).
 * Stateless and thread-safe; O(n) in the text.
 */
public final class SimHash {
  private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{N}]+");
  private static final int SHINGLE = 3;
  private static final long FNV_OFFSET = 0xcbf29ce484222325L;
  private static final long FNV_PRIME = 0x100000001b3L;

  private SimHash() {}

  /** The fingerprint of {@code text}; 0 when it has no words. */
  public static long of(String text) {
    List<String> words = words(text.toLowerCase(Locale.ROOT));
    if (words.isEmpty()) {
      return 0L;
    }
    int[] votes = new int[Long.SIZE];
    int width = Math.min(SHINGLE, words.size());
    for (int i = 0; i + width <= words.size(); i++) {
      long h = hash(String.join(" ", words.subList(i, i + width)));
      for (int bit = 0; bit < Long.SIZE; bit++) {
        votes[bit] += ((h >>> bit) & 1L) == 1L ? 1 : -1;
      }
    }
    long fingerprint = 0L;
    for (int bit = 0; bit < Long.SIZE; bit++) {
      if (votes[bit] > 0) {
        fingerprint |= 1L << bit;
      }
    }
    return fingerprint;
  }

  private static List<String> words(String text) {
    List<String> words = new ArrayList<>();
    Matcher m = WORD.matcher(text);
    while (m.find()) {
      words.add(m.group());
    }
    return words;
  }

  /** FNV-1a over the UTF-16 units, then MurmurHash3's 64-bit finaliser to spread the bits. */
  static long hash(String s) {
    long h = FNV_OFFSET;
    for (int i = 0; i < s.length(); i++) {
      h ^= s.charAt(i);
      h *= FNV_PRIME;
    }
    h ^= h >>> 33;
    h *= 0xff51afd7ed558ccdL;
    h ^= h >>> 33;
    h *= 0xc4ceb9fe1a85ec53L;
    h ^= h >>> 33;
    return h;
  }
}
