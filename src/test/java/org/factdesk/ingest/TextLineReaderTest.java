package org.factdesk.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class TextLineReaderTest {
  private static final Charset LE = StandardCharsets.UTF_16LE;
  private static final Charset BE = StandardCharsets.UTF_16BE;

  @Test
  void utf16LinesEndAtTheCodeUnitNotALone0A() throws Exception {
    // Ċ (U+010A) is 0A 01 in LE and ਊ (U+0A0A) is 0A 0A: neither ends a line
    List<TextLineReader.Line> le = lines(TextEncoding.AUTO, Fixtures.BOM_LE, "Ċਊ a\r\nb\nc".getBytes(LE));
    assertThat(le).extracting(TextLineReader.Line::text).containsExactly("Ċਊ a", "b", "c");
    assertThat(le).extracting(TextLineReader.Line::terminator).containsExactly("\r\n", "\n", "");
    // ਊ ends with 0A in BE too, at an odd offset
    List<TextLineReader.Line> be = lines(TextEncoding.AUTO, Fixtures.BOM_BE, "ਊĊ\nb\n".getBytes(BE));
    assertThat(be).extracting(TextLineReader.Line::text).containsExactly("ਊĊ", "b");
  }

  @Test
  void utf16UnitsSplitAcrossReadsAreJoined() throws Exception {
    byte[] data = "một\nhai\nba".getBytes(LE);
    InputStream oneByteAtATime = new ByteArrayInputStream(data) {
      @Override
      public synchronized int read(byte[] b, int off, int len) {
        return super.read(b, off, Math.min(len, 1));
      }
    };
    try (TextLineReader r = new TextLineReader(oneByteAtATime, TextEncoding.UTF_16LE)) {
      List<String> texts = new ArrayList<>();
      for (TextLineReader.Line l; (l = r.next()) != null; ) {
        texts.add(l.text());
      }
      assertThat(texts).containsExactly("một", "hai", "ba");
    }
  }

  @Test
  void undecodableUtf16IsAnInvalidLineShownWithItsBytes() throws Exception {
    // a lone high surrogate D800 on line 2, a dangling odd byte at the end of line 3
    List<TextLineReader.Line> ls = lines(TextEncoding.UTF_16LE, "a\n".getBytes(LE), new byte[] {'x', 0, 0, (byte) 0xD8},
        "\nc".getBytes(LE), new byte[] {'d'});
    assertThat(ls).extracting(TextLineReader.Line::number, TextLineReader.Line::text, TextLineReader.Line::display,
            TextLineReader.Line::problem)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple(1L, "a", "a", null),
            org.assertj.core.groups.Tuple.tuple(2L, null, "x\\x00\\xD8", "invalid UTF-16LE"),
            org.assertj.core.groups.Tuple.tuple(3L, null, "c\\x64", "invalid UTF-16LE"));
  }

  @Test
  void windows1258IsDecodedToNfcAndItsUnmappedBytesAreInvalid() throws Exception {
    List<TextLineReader.Line> ls = lines(TextEncoding.WINDOWS_1258, Fixtures.cp1258("Việt Nam\n"),
        new byte[] {'a', (byte) 0x81, 'b', '\n'}, Fixtures.cp1258("Thủ đô"));
    assertThat(ls).extracting(TextLineReader.Line::text).containsExactly("Việt Nam", null, "Thủ đô");
    assertThat(ls.get(0).text()).hasSize(8); // ệ composed: V i ệ t ' ' N a m
    assertThat(ls.get(1).display()).isEqualTo("a\\x81b");
    assertThat(ls.get(1).problem()).isEqualTo("undecodable bytes for windows-1258");
  }

  @Test
  void utf8InAFileReadAsWindows1258IsRejectedNotMojibake() throws Exception {
    List<TextLineReader.Line> ls = lines(TextEncoding.WINDOWS_1258, "plain ascii\n".getBytes(StandardCharsets.UTF_8),
        "Việt Nam\n".getBytes(StandardCharsets.UTF_8));
    assertThat(ls).extracting(TextLineReader.Line::text).containsExactly("plain ascii", null);
    assertThat(ls.get(1).display()).isEqualTo("Việt Nam");
    assertThat(ls.get(1).problem()).isEqualTo("valid UTF-8, not windows-1258 (re-run with --encoding auto)");
  }

  @Test
  void invalidUtf8GetsTheWindows1258HintOnlyWhenDetectedAndVietnameseLooking() throws Exception {
    byte[] viet = Fixtures.cp1258("Uống nước\n");
    assertThat(lines(TextEncoding.AUTO, viet).get(0).problem())
        .isEqualTo("invalid UTF-8 (looks like Windows-1258 Vietnamese: re-run with --encoding cp1258)");
    assertThat(lines(TextEncoding.UTF_8, viet).get(0).problem()).isEqualTo("invalid UTF-8");
    assertThat(lines(TextEncoding.AUTO, Fixtures.BAD_UTF8).get(0).problem()).isEqualTo("invalid UTF-8");
    assertThat(lines(TextEncoding.AUTO, "café\n".getBytes(StandardCharsets.ISO_8859_1)).get(0).problem())
        .isEqualTo("invalid UTF-8");
  }

  private static List<TextLineReader.Line> lines(TextEncoding encoding, byte[]... parts) throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    for (byte[] p : parts) {
      out.write(p);
    }
    List<TextLineReader.Line> lines = new ArrayList<>();
    try (TextLineReader r = new TextLineReader(new ByteArrayInputStream(out.toByteArray()), encoding)) {
      for (TextLineReader.Line l; (l = r.next()) != null; ) {
        lines.add(l);
      }
    }
    return lines;
  }
}
