package org.triangulate.model;

import java.time.Instant;
import java.util.Arrays;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * Chain of custody: the bytes exactly as they arrived, where from, and when. Immutable; the bytes
 * are copied in and out.
 */
public final class Custody {
  private final @Nullable String file;
  private final byte[] raw;
  private final String mediaType;
  private final String charset;
  private final Instant ingestedAt;

  /**
   * @param file path the document was read from, null for standard input
   * @param raw the bytes as read
   * @param mediaType {@code text/plain} or {@code text/html}
   * @param charset the charset the bytes were decoded with
   * @param ingestedAt when they were read
   */
  public Custody(
      @Nullable String file, byte[] raw, String mediaType, String charset, Instant ingestedAt) {
    this.file = file;
    this.raw = raw.clone();
    this.mediaType = Objects.requireNonNull(mediaType, "mediaType");
    this.charset = Objects.requireNonNull(charset, "charset");
    this.ingestedAt = Objects.requireNonNull(ingestedAt, "ingestedAt");
  }

  public @Nullable String file() {
    return file;
  }

  public byte[] raw() {
    return raw.clone();
  }

  public int size() {
    return raw.length;
  }

  public String mediaType() {
    return mediaType;
  }

  public String charset() {
    return charset;
  }

  public Instant ingestedAt() {
    return ingestedAt;
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof Custody c
        && Objects.equals(file, c.file)
        && Arrays.equals(raw, c.raw)
        && mediaType.equals(c.mediaType)
        && charset.equals(c.charset)
        && ingestedAt.equals(c.ingestedAt);
  }

  @Override
  public int hashCode() {
    return Objects.hash(file, Arrays.hashCode(raw), mediaType, charset, ingestedAt);
  }

  @Override
  public String toString() {
    return "Custody[file=" + file + ", bytes=" + raw.length + ", " + mediaType + "]";
  }
}
