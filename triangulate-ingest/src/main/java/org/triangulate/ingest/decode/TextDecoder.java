package org.triangulate.ingest.decode;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;
import org.triangulate.ingest.IngestException;

/**
 * Decodes an input's bytes. The charset comes from a byte-order mark (UTF-8, UTF-16LE/BE), else
 * for HTML from {@code <meta charset>} or {@code http-equiv} in the first 4 KiB, else UTF-8.
 * Decoding is strict: the first malformed byte is an error naming its offset, never a silent
 * replacement character. Stateless and thread-safe; O(n) in the input's size.
 */
public final class TextDecoder {
  private static final int SNIFF = 4096;
  private static final Pattern HTML_START = Pattern.compile("<!doctype\\s+html|<html[\\s>]");
  private static final Pattern META_CHARSET =
      Pattern.compile(
          "<meta\\b[^>]*?charset\\s*=\\s*[\"']?\\s*([a-z0-9_.:-]+)", Pattern.CASE_INSENSITIVE);

  private TextDecoder() {}

  /**
   * Decodes {@code bytes}.
   *
   * @param name the input's name, for error messages
   * @param bytes the raw bytes
   * @param htmlByName true when the input's name says it is HTML ({@code .html}, {@code .htm},
   *     {@code .xhtml})
   * @throws IngestException when the input is empty, binary or not in its charset
   */
  public static Decoded decode(String name, byte[] bytes, boolean htmlByName) {
    return decode(name, bytes, htmlByName, null);
  }

  /**
   * Like {@link #decode(String, byte[], boolean)} with a charset a header declared (HTTP's
   * {@code Content-Type}, a JSON line's UTF-8): a byte-order mark outranks it, and it outranks a
   * meta tag, as the HTML standard orders them.
   */
  public static Decoded decode(
      String name, byte[] bytes, boolean htmlByName, @Nullable Charset declared) {
    if (BinarySniffer.hasMagicNumber(bytes)) {
      throw IngestException.of(name, "binary content, not text");
    }
    Optional<ByteOrderMark> bom = ByteOrderMark.of(bytes);
    Decoded decoded =
        bom.isPresent()
            ? decodeWithBom(name, bytes, bom.get(), htmlByName)
            : decodeWithoutBom(name, bytes, htmlByName, declared);
    if (decoded.text().isBlank()) {
      throw IngestException.of(name, "empty");
    }
    return decoded;
  }

  /** True when {@code fileName} ends in an HTML extension. */
  public static boolean isHtmlName(String fileName) {
    String lower = fileName.toLowerCase(Locale.ROOT);
    return lower.endsWith(".html") || lower.endsWith(".htm") || lower.endsWith(".xhtml");
  }

  private static Decoded decodeWithBom(
      String name, byte[] bytes, ByteOrderMark bom, boolean htmlByName) {
    String text = strict(name, bytes, bom.length(), bom.charset());
    if (BinarySniffer.looksBinary(text)) {
      throw IngestException.of(name, "binary content, not text");
    }
    String head = text.substring(0, Math.min(text.length(), SNIFF));
    return new Decoded(text, bom.charset(), htmlByName || sniffHtml(head));
  }

  private static Decoded decodeWithoutBom(
      String name, byte[] bytes, boolean htmlByName, @Nullable Charset declared) {
    if (bytes.length > 0 && BinarySniffer.looksBinary(bytes)) {
      throw IngestException.of(name, "binary content, not text");
    }
    // ISO-8859-1 maps every byte to one char, so the ASCII markup can be sniffed before decoding
    String head = new String(bytes, 0, Math.min(bytes.length, SNIFF), StandardCharsets.ISO_8859_1);
    boolean html = htmlByName || sniffHtml(head);
    Charset charset = StandardCharsets.UTF_8;
    if (declared != null) {
      charset = declared;
    } else if (html) {
      charset = metaCharset(head).orElse(charset);
    }
    return new Decoded(strict(name, bytes, 0, charset), charset, html);
  }

  private static boolean sniffHtml(String head) {
    return HTML_START.matcher(head.toLowerCase(Locale.ROOT)).find();
  }

  /** The charset a meta tag declares, when Java knows it and it is ASCII-compatible. */
  static Optional<Charset> metaCharset(String head) {
    Matcher m = META_CHARSET.matcher(head);
    if (!m.find()) {
      return Optional.empty();
    }
    try {
      Charset charset = Charset.forName(m.group(1));
      // a UTF-16 declaration in bytes we just read as ASCII cannot be right
      boolean wide = charset.name().startsWith("UTF-16") || charset.name().startsWith("UTF-32");
      return wide ? Optional.empty() : Optional.of(charset);
    } catch (IllegalArgumentException e) {
      // unknown or illegal name: fall back to strict UTF-8, which reports any bad byte
      return Optional.empty();
    }
  }

  private static String strict(String name, byte[] bytes, int offset, Charset charset) {
    CharsetDecoder decoder =
        charset
            .newDecoder()
            .onMalformedInput(CodingErrorAction.REPORT)
            .onUnmappableCharacter(CodingErrorAction.REPORT);
    ByteBuffer in = ByteBuffer.wrap(bytes, offset, bytes.length - offset);
    int capacity = (int) (in.remaining() * (double) decoder.maxCharsPerByte()) + 1;
    CharBuffer out = CharBuffer.allocate(capacity);
    CoderResult result = decoder.decode(in, out, true);
    if (!result.isError()) {
      result = decoder.flush(out);
    }
    if (result.isError() || result.isOverflow()) {
      throw IngestException.of(name, "not " + charset.name() + " at byte " + in.position());
    }
    return out.flip().toString();
  }
}
