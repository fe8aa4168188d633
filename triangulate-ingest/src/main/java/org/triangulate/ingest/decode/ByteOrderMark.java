package org.triangulate.ingest.decode;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.Optional;

/** The byte-order marks Triangulate honours, and how many bytes each takes. */
enum ByteOrderMark {
  UTF_8(StandardCharsets.UTF_8, 0xEF, 0xBB, 0xBF),
  UTF_16BE(StandardCharsets.UTF_16BE, 0xFE, 0xFF),
  UTF_16LE(StandardCharsets.UTF_16LE, 0xFF, 0xFE);

  private final Charset charset;
  private final int[] bytes;

  ByteOrderMark(Charset charset, int... bytes) {
    this.charset = charset;
    this.bytes = bytes;
  }

  Charset charset() {
    return charset;
  }

  int length() {
    return bytes.length;
  }

  static Optional<ByteOrderMark> of(byte[] data) {
    for (ByteOrderMark bom : values()) {
      if (bom.starts(data)) {
        return Optional.of(bom);
      }
    }
    return Optional.empty();
  }

  private boolean starts(byte[] data) {
    if (data.length < bytes.length) {
      return false;
    }
    for (int i = 0; i < bytes.length; i++) {
      if ((data[i] & 0xFF) != bytes[i]) {
        return false;
      }
    }
    return true;
  }
}
