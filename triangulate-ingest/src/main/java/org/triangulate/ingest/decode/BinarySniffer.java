package org.triangulate.ingest.decode;

import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * Tells binary content from text: known magic numbers (PDF, ZIP, PNG, GIF, JPEG, gzip, ELF, OLE),
 * NUL bytes, or more than 5% control bytes in the first 8 KiB. Stateless.
 */
final class BinarySniffer {
  private static final List<byte[]> MAGIC =
      List.of(
          ascii("%PDF-"),
          new byte[] {'P', 'K', 3, 4},
          new byte[] {'P', 'K', 5, 6},
          new byte[] {(byte) 0x89, 'P', 'N', 'G'},
          ascii("GIF87a"),
          ascii("GIF89a"),
          new byte[] {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF},
          new byte[] {0x1F, (byte) 0x8B},
          new byte[] {0x7F, 'E', 'L', 'F'},
          new byte[] {(byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0});
  private static final int WINDOW = 8192;

  private BinarySniffer() {}

  static boolean hasMagicNumber(byte[] data) {
    return MAGIC.stream().anyMatch(m -> startsWith(data, m));
  }

  /** For bytes in an ASCII-compatible encoding: any NUL, or a high share of control bytes. */
  static boolean looksBinary(byte[] data) {
    int n = Math.min(data.length, WINDOW);
    int control = 0;
    for (int i = 0; i < n; i++) {
      int b = data[i] & 0xFF;
      if (b == 0) {
        return true;
      }
      if (isControl(b)) {
        control++;
      }
    }
    for (int i = n; i < data.length; i++) {
      if (data[i] == 0) {
        return true;
      }
    }
    return n > 0 && control * 20 > n;
  }

  /** For decoded text (UTF-16 inputs): any NUL, or a high share of control characters. */
  static boolean looksBinary(String text) {
    if (text.indexOf('\0') >= 0) {
      return true;
    }
    int n = Math.min(text.length(), WINDOW);
    int control = 0;
    for (int i = 0; i < n; i++) {
      if (isControl(text.charAt(i))) {
        control++;
      }
    }
    return n > 0 && control * 20 > n;
  }

  private static boolean isControl(int c) {
    boolean layout = c == '\t' || c == '\n' || c == '\r' || c == '\f' || c == 0x0B;
    return (c < 0x20 && !layout) || c == 0x7F;
  }

  private static boolean startsWith(byte[] data, byte[] prefix) {
    if (data.length < prefix.length) {
      return false;
    }
    for (int i = 0; i < prefix.length; i++) {
      if (data[i] != prefix[i]) {
        return false;
      }
    }
    return true;
  }

  private static byte[] ascii(String s) {
    return s.getBytes(StandardCharsets.US_ASCII);
  }
}
