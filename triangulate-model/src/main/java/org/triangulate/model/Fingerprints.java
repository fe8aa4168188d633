package org.triangulate.model;

/**
 * Near-duplicate test on 64-bit SimHash fingerprints ({@link Document#fingerprint()}): two texts
 * are near-copies when their fingerprints differ in at most {@link #MAX_DISTANCE} bits.
 * (Manku, Jain and Das Sarma, "Detecting near-duplicates for web crawling", WWW 2007, use 3 of
 * 64 bits.)
 */
public final class Fingerprints {
  public static final int MAX_DISTANCE = 3;

  private Fingerprints() {}

  public static int distance(long a, long b) {
    return Long.bitCount(a ^ b);
  }

  public static boolean nearDuplicate(long a, long b) {
    return distance(a, b) <= MAX_DISTANCE;
  }
}
