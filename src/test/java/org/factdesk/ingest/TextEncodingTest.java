package org.factdesk.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

class TextEncodingTest {

  @Test
  void namesAreAcceptedCaseInsensitively() {
    assertThat(List.of("auto", "UTF-8", "utf8", " Utf-16 ", "UTF-16LE", "utf-16be", "CP1258", "Windows-1258")
        .stream().map(TextEncoding::parse))
        .containsExactly(TextEncoding.AUTO, TextEncoding.UTF_8, TextEncoding.UTF_8, TextEncoding.UTF_16,
            TextEncoding.UTF_16LE, TextEncoding.UTF_16BE, TextEncoding.WINDOWS_1258, TextEncoding.WINDOWS_1258);
    assertThat(TextEncoding.WINDOWS_1258.label()).isEqualTo("windows-1258");
  }

  @Test
  void anUnknownNameListsTheAcceptedOnes() {
    assertThatThrownBy(() -> TextEncoding.parse("latin1"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("unknown encoding 'latin1'; accepted: auto, utf-8, utf8, utf-16, utf-16le, utf-16be, cp1258, windows-1258");
  }

  @Test
  void autoDetectsByteOrderMarksThenTheUtf16SignatureElseUtf8() {
    assertCodec(TextEncoding.AUTO, bytes(Fixtures.BOM, "id"), StandardCharsets.UTF_8, 3);
    assertCodec(TextEncoding.AUTO, bytes(Fixtures.BOM_LE, "i\0d\0"), StandardCharsets.UTF_16LE, 2);
    assertCodec(TextEncoding.AUTO, bytes(Fixtures.BOM_BE, "\0i\0d"), StandardCharsets.UTF_16BE, 2);
    assertCodec(TextEncoding.AUTO, "Việt Nam\n".getBytes(StandardCharsets.UTF_16LE), StandardCharsets.UTF_16LE, 0);
    assertCodec(TextEncoding.AUTO, "Việt Nam\n".getBytes(StandardCharsets.UTF_16BE), StandardCharsets.UTF_16BE, 0);
    assertCodec(TextEncoding.AUTO, "Việt Nam\n".getBytes(StandardCharsets.UTF_8), StandardCharsets.UTF_8, 0);
    assertCodec(TextEncoding.AUTO, Fixtures.cp1258("Việt Nam\n"), StandardCharsets.UTF_8, 0);
    assertCodec(TextEncoding.AUTO, new byte[0], StandardCharsets.UTF_8, 0);
  }

  @Test
  void theUtf16SignatureNeedsManyZerosOnOneSideOnly() {
    // 8 units, 1 zero high byte: 1 >= max(1, 8/8) → LE
    assertThat(TextEncoding.utf16Signature("ỆỆỆỆỆỆỆ\n".getBytes(StandardCharsets.UTF_16LE), 16))
        .isEqualTo(StandardCharsets.UTF_16LE);
    // 16 units, 1 zero: below 16/8 = 2
    assertThat(TextEncoding.utf16Signature("ỆỆỆỆỆỆỆỆỆỆỆỆỆỆỆ\n".getBytes(StandardCharsets.UTF_16LE), 32)).isNull();
    // zeros on both sides (U+0100 is 00 01 in BE): neither
    assertThat(TextEncoding.utf16Signature("a\u0100a\u0100".getBytes(StandardCharsets.UTF_16BE), 8)).isNull();
  }

  @Test
  void explicitEncodingsSkipOnlyTheirOwnByteOrderMark() {
    assertCodec(TextEncoding.UTF_8, bytes(Fixtures.BOM, "id"), StandardCharsets.UTF_8, 3);
    assertCodec(TextEncoding.UTF_8, bytes(Fixtures.BOM_LE, "i\0"), StandardCharsets.UTF_8, 0);
    assertCodec(TextEncoding.UTF_16, bytes(Fixtures.BOM_BE, "\0i"), StandardCharsets.UTF_16BE, 2);
    assertCodec(TextEncoding.UTF_16, "ỆỆ".getBytes(StandardCharsets.UTF_16BE), StandardCharsets.UTF_16LE, 0);
    assertCodec(TextEncoding.UTF_16, "id\n".getBytes(StandardCharsets.UTF_16BE), StandardCharsets.UTF_16BE, 0);
    assertCodec(TextEncoding.UTF_16LE, bytes(Fixtures.BOM_LE, "i\0"), StandardCharsets.UTF_16LE, 2);
    assertCodec(TextEncoding.UTF_16LE, bytes(Fixtures.BOM_BE, "\0i"), StandardCharsets.UTF_16LE, 0);
    assertCodec(TextEncoding.UTF_16BE, bytes(Fixtures.BOM_BE, "\0i"), StandardCharsets.UTF_16BE, 2);
    assertCodec(TextEncoding.WINDOWS_1258, bytes(Fixtures.BOM, "id"), Charset.forName("windows-1258"), 0);
  }

  @Test
  void windows1258LeavesNineBytesUnmappedInTheJdk() {
    Charset cp1258 = Charset.forName("windows-1258");
    List<String> unmapped = new ArrayList<>();
    for (int b = 0; b < 256; b++) {
      try {
        cp1258.newDecoder().decode(ByteBuffer.wrap(new byte[] {(byte) b}));
      } catch (CharacterCodingException e) {
        unmapped.add(String.format(Locale.ROOT, "%02X", b));
      }
    }
    assertThat(unmapped).containsExactly("81", "8A", "8D", "8E", "8F", "90", "9A", "9D", "9E");
  }

  private static void assertCodec(TextEncoding encoding, byte[] head, Charset charset, int bom) {
    LineCodec codec = encoding.codec(head, head.length);
    assertThat(codec.charset()).isEqualTo(charset);
    assertThat(codec.bomLength()).isEqualTo(bom);
  }

  private static byte[] bytes(byte[] prefix, String latin1) {
    byte[] rest = latin1.getBytes(StandardCharsets.ISO_8859_1);
    byte[] all = new byte[prefix.length + rest.length];
    System.arraycopy(prefix, 0, all, 0, prefix.length);
    System.arraycopy(rest, 0, all, prefix.length, rest.length);
    return all;
  }
}
