package org.triangulate.ingest.decode;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.triangulate.ingest.IngestException;

class TextDecoderTest {
  @Test
  void plainUtf8DecodesAsText() {
    Decoded d = TextDecoder.decode("a.txt", "Kabul – “quoted”".getBytes(UTF_8), false);
    assertThat(d.text()).isEqualTo("Kabul – “quoted”");
    assertThat(d.html()).isFalse();
    assertThat(d.mediaType()).isEqualTo("text/plain");
  }

  @Test
  void utf8ByteOrderMarkIsNotPartOfTheText() {
    byte[] bytes = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF, 'h', 'i'};
    assertThat(TextDecoder.decode("a.txt", bytes, false).text()).isEqualTo("hi");
  }

  @Test
  void utf16ByteOrderMarksChooseTheCharset() {
    byte[] le =
        concat(new byte[] {(byte) 0xFF, (byte) 0xFE}, "Herat".getBytes(StandardCharsets.UTF_16LE));
    byte[] be =
        concat(new byte[] {(byte) 0xFE, (byte) 0xFF}, "Herat".getBytes(StandardCharsets.UTF_16BE));
    assertThat(TextDecoder.decode("le.txt", le, false).text()).isEqualTo("Herat");
    assertThat(TextDecoder.decode("be.txt", be, false).charset())
        .isEqualTo(StandardCharsets.UTF_16BE);
  }

  @Test
  void contentStartingLikeHtmlIsHtmlWhateverItsName() {
    assertThat(TextDecoder.decode("-", "<!DOCTYPE html><p>x</p>".getBytes(UTF_8), false).html())
        .isTrue();
    assertThat(TextDecoder.decode("-", "  <html><p>x</p>".getBytes(UTF_8), false).html()).isTrue();
    assertThat(TextDecoder.isHtmlName("page.XHTML")).isTrue();
    assertThat(TextDecoder.isHtmlName("page.txt")).isFalse();
  }

  @Test
  void metaCharsetAndHttpEquivAreHonoured() {
    assertThat(TextDecoder.metaCharset("<meta charset=\"ISO-8859-1\">"))
        .hasValue(StandardCharsets.ISO_8859_1);
    assertThat(
            TextDecoder.metaCharset(
                "<meta http-equiv=\"Content-Type\" content=\"text/html; charset=windows-1252\">"))
        .map(c -> c.name())
        .hasValue("windows-1252");
    assertThat(TextDecoder.metaCharset("<meta charset=\"bogus-9\">")).isEmpty();
  }

  @Test
  void firstInvalidByteIsReportedByOffset() {
    byte[] bytes = "abc\u00e9".getBytes(StandardCharsets.ISO_8859_1);
    assertThatThrownBy(() -> TextDecoder.decode("seed.html", bytes, true))
        .isInstanceOf(IngestException.class)
        .hasMessage("seed.html: not UTF-8 at byte 3");
  }

  @Test
  void nulBytesAndMagicNumbersAreBinary() {
    assertThatThrownBy(() -> TextDecoder.decode("x", new byte[] {'a', 0, 'b'}, false))
        .hasMessage("x: binary content, not text");
    assertThatThrownBy(() -> TextDecoder.decode("x.zip", new byte[] {'P', 'K', 3, 4, 'a'}, false))
        .hasMessage("x.zip: binary content, not text");
  }

  @Test
  void blankInputIsEmpty() {
    assertThatThrownBy(() -> TextDecoder.decode("e.txt", " \n\t".getBytes(UTF_8), false))
        .hasMessage("e.txt: empty");
    assertThatThrownBy(() -> TextDecoder.decode("e.txt", new byte[0], false))
        .hasMessage("e.txt: empty");
  }

  private static byte[] concat(byte[] a, byte[] b) {
    byte[] out = new byte[a.length + b.length];
    System.arraycopy(a, 0, out, 0, a.length);
    System.arraycopy(b, 0, out, a.length, b.length);
    return out;
  }
}
