package org.triangulate.graph.export;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.UUID;

/**
 * STIX identifiers and timestamps. An object's id is its type, {@code --}, and the name-based
 * UUID (version 5, RFC 9562 §5.5) of Triangulate's own stable id for what it describes
 * ({@code ent-…}, {@code evt-…}, {@code clm-…}, {@code doc-…}, or a key built from those), in a
 * namespace of Triangulate's; so exporting the same store again, or a store built from the same
 * documents in another order, gives the same ids, and a consumer updates rather than duplicates.
 * Thread-safe (stateless).
 */
final class StixIds {
  /** Triangulate's namespace: the version-5 UUID of "urn:triangulate:stix" in the URL namespace. */
  static final UUID NAMESPACE =
      uuid5(UUID.fromString("6ba7b811-9dad-11d1-80b4-00c04fd430c8"), "urn:triangulate:stix");

  private static final DateTimeFormatter TIMESTAMP =
      DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss.SSS'Z'").withZone(ZoneOffset.UTC);

  private StixIds() {}

  /** {@code type--uuid5(NAMESPACE, key)}. */
  static String id(String type, String key) {
    return type + "--" + uuid5(NAMESPACE, key);
  }

  /** A STIX timestamp, to the millisecond, in UTC. */
  static String timestamp(Instant t) {
    return TIMESTAMP.format(t);
  }

  /** The version-5 (SHA-1, name-based) UUID of {@code name} in {@code namespace}. */
  static UUID uuid5(UUID namespace, String name) {
    MessageDigest sha1;
    try {
      sha1 = MessageDigest.getInstance("SHA-1");
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("every Java platform has SHA-1", e);
    }
    sha1.update(ByteBuffer.allocate(16).putLong(namespace.getMostSignificantBits())
        .putLong(namespace.getLeastSignificantBits()).array());
    byte[] hash = sha1.digest(name.getBytes(StandardCharsets.UTF_8));
    hash[6] = (byte) ((hash[6] & 0x0f) | 0x50); // version 5
    hash[8] = (byte) ((hash[8] & 0x3f) | 0x80); // RFC 4122 variant
    ByteBuffer b = ByteBuffer.wrap(hash, 0, 16);
    return new UUID(b.getLong(), b.getLong());
  }
}
