package org.triangulate.ingest;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import java.util.stream.Stream;

/**
 * Byte-level mutations for the fixed-seed fuzzing pass: flips, random bytes, cuts, repeats,
 * splices of another corpus input, and insertions of fragments that readers treat specially
 * (tags, entities, byte order marks, invalid UTF-8, NUL). Deterministic for a given Random.
 */
final class Mutations {
  private static final List<byte[]> FRAGMENTS = Stream.of("<", "</p>", "<html><body>",
          "<meta charset=\"x-unknown\">", "<script>", "&#x0;", "&amp", "<!--",
          "Published: 31-02-2021\n", "Title: \n", "\r\n\r\n", "<time datetime=\"9999-99-99\">",
          "<script type=\"application/ld+json\">{\"datePublished\":", "\u202e", "\ud83d\ude00")
      .map(s -> s.getBytes(StandardCharsets.UTF_8)).toList();

  private static final byte[][] RAW = {{(byte) 0xff, (byte) 0xfe}, {(byte) 0xfe, (byte) 0xff},
      {(byte) 0xc3}, {(byte) 0xed, (byte) 0xa0, (byte) 0x80}, {0}, {(byte) 0x80},
      {(byte) 0xef, (byte) 0xbb, (byte) 0xbf}};

  private Mutations() {}

  static byte[] mutate(byte[] input, List<byte[]> corpus, Random r) {
    byte[] out = input;
    int rounds = 1 + r.nextInt(4);
    for (int i = 0; i < rounds; i++) {
      out = once(out, corpus, r);
    }
    return out;
  }

  private static byte[] once(byte[] in, List<byte[]> corpus, Random r) {
    int at = in.length == 0 ? 0 : r.nextInt(in.length + 1);
    return switch (r.nextInt(6)) {
      case 0 -> flip(in, r);
      case 1 -> Arrays.copyOf(in, at);
      case 2 -> insert(in, at, FRAGMENTS.get(r.nextInt(FRAGMENTS.size())));
      case 3 -> insert(in, at, RAW[r.nextInt(RAW.length)]);
      case 4 -> insert(in, at, Arrays.copyOfRange(in, at, Math.min(in.length, at + r.nextInt(200))));
      default -> {
        byte[] other = corpus.get(r.nextInt(corpus.size()));
        yield insert(Arrays.copyOf(in, at), at, Arrays.copyOfRange(other, other.length / 2, other.length));
      }
    };
  }

  private static byte[] flip(byte[] in, Random r) {
    byte[] out = in.clone();
    for (int i = 0; i < 1 + r.nextInt(8) && out.length > 0; i++) {
      out[r.nextInt(out.length)] = (byte) r.nextInt(256);
    }
    return out;
  }

  private static byte[] insert(byte[] in, int at, byte[] piece) {
    byte[] out = new byte[in.length + piece.length];
    System.arraycopy(in, 0, out, 0, at);
    System.arraycopy(piece, 0, out, at, piece.length);
    System.arraycopy(in, at, out, at + piece.length, in.length - at);
    return out;
  }
}
