package org.triangulate.eval.coded;

import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The fixed dev/test split of the real corpus, decided before any tuning: a record is test when
 * {@code sha256(key) mod 5 == 0}, the key being the record's id, or for an ISAF release its release
 * number ({@code 2013-01-S-025}), so that the records of one release never sit on both sides.
 */
public enum Split {
  DEV, TEST;

  private static final Pattern RELEASE = Pattern.compile("\\A\\s*(\\d{4}-\\d{2}-[A-Z]{1,3}-\\d{2,4})\\b");
  private static final BigInteger FIVE = BigInteger.valueOf(5);

  /** The side of a record with this id and text. */
  public static Split of(String id, String text) {
    return ofKey(key(id, text));
  }

  /** The key the split hashes: the release number a text opens with, else the id. */
  static String key(String id, String text) {
    Matcher m = RELEASE.matcher(text);
    return id.startsWith("isafpr-") && m.find() ? m.group(1) : id;
  }

  static Split ofKey(String key) {
    try {
      byte[] digest = MessageDigest.getInstance("SHA-256").digest(key.getBytes(StandardCharsets.UTF_8));
      return new BigInteger(1, digest).mod(FIVE).signum() == 0 ? TEST : DEV;
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("the JDK lacks SHA-256", e);
    }
  }
}
