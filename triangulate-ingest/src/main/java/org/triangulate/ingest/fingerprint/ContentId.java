package org.triangulate.ingest.fingerprint;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.text.Normalizer;
import java.util.HexFormat;
import org.triangulate.ingest.internal.Whitespace;
import org.triangulate.model.DocumentId;

/**
 * The id of a text: {@code doc-} and the first 16 hex digits of the SHA-256 of the text in
 * Unicode NFC with whitespace runs made one space and trimmed, so re-ingesting the same article
 * (even re-wrapped) gives the same id. Stateless and thread-safe.
 */
public final class ContentId {
  private static final int HEX_DIGITS = 16;

  private ContentId() {}

  /** The id of {@code text}. */
  public static DocumentId of(String text) {
    String normal = Whitespace.collapse(Normalizer.normalize(text, Normalizer.Form.NFC));
    byte[] hash = sha256().digest(normal.getBytes(StandardCharsets.UTF_8));
    return new DocumentId("doc-" + HexFormat.of().formatHex(hash).substring(0, HEX_DIGITS));
  }

  private static MessageDigest sha256() {
    try {
      return MessageDigest.getInstance("SHA-256");
    } catch (NoSuchAlgorithmException e) {
      // every Java platform must provide SHA-256 (MessageDigest's Javadoc)
      throw new IllegalStateException("SHA-256 must be available", e);
    }
  }
}
