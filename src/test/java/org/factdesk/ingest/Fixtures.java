package org.factdesk.ingest;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/** Helpers for reader tests: fixture files and the shared real data (skipped when absent). */
final class Fixtures {
  private Fixtures() {}

  /** Bytes that are not valid UTF-8 (a lone continuation byte and a truncated sequence). */
  static final byte[] BAD_UTF8 = {(byte) 0x80, 'x', (byte) 0xC3};

  static final byte[] BOM = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};

  /** Writes UTF-8 text. */
  static Path write(Path dir, String name, String text) throws IOException {
    return Files.write(dir.resolve(name), text.getBytes(StandardCharsets.UTF_8));
  }

  /** Writes the concatenation of parts: {@code String}s as UTF-8, {@code byte[]}s as is. */
  static Path writeBytes(Path dir, String name, Object... parts) throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    for (Object part : parts) {
      out.write(part instanceof byte[] b ? b : part.toString().getBytes(StandardCharsets.UTF_8));
    }
    return Files.write(dir.resolve(name), out.toByteArray());
  }

  /** A file under {@code ../shared/data} (relative to Maven's working dir); skips the test if absent. */
  static Path sharedData(String... parts) {
    Path p = Path.of("..", "shared", "data").resolve(String.join("/", parts));
    assumeTrue(Files.exists(p), "shared data not present: " + p);
    return p;
  }

  /** Reads a file with a reader, collecting records. */
  static <T> Result<T> read(RecordReader<T> reader, Path file) throws IOException {
    List<T> records = new ArrayList<>();
    CollectingQuarantine q = new CollectingQuarantine();
    ReadStats stats = reader.read(file, records::add, q);
    return new Result<>(records, q, stats);
  }

  /** The UTF-16 byte-order marks. */
  static final byte[] BOM_LE = {(byte) 0xFF, (byte) 0xFE};

  static final byte[] BOM_BE = {(byte) 0xFE, (byte) 0xFF};

  /**
   * Vietnamese text as Windows-1258 stores it: letters with a non-tone diacritic precomposed (ă â
   * đ ê ô ơ ư, and Latin-1 ones such as é), the five tones as combining marks after them ("ệ" →
   * {@code EA F2}); the JDK's encoder maps no precomposed toned Vietnamese letter such as ệ.
   *
   * @throws IllegalArgumentException if a character has no Windows-1258 byte
   */
  static byte[] cp1258(String text) {
    String nfd = Normalizer.normalize(text, Normalizer.Form.NFD);
    StringBuilder out = new StringBuilder();
    for (int i = 0; i < nfd.length(); ) {
      StringBuilder base = new StringBuilder().append(nfd.charAt(i++));
      StringBuilder tones = new StringBuilder();
      while (i < nfd.length() && Character.getType(nfd.charAt(i)) == Character.NON_SPACING_MARK) {
        char mark = nfd.charAt(i++);
        (TONES.indexOf(mark) >= 0 ? tones : base).append(mark);
      }
      out.append(Normalizer.normalize(base, Normalizer.Form.NFC)).append(tones);
    }
    try {
      ByteBuffer b = Charset.forName("windows-1258").newEncoder()
          .onUnmappableCharacter(CodingErrorAction.REPORT).encode(CharBuffer.wrap(out));
      return Arrays.copyOf(b.array(), b.limit());
    } catch (CharacterCodingException e) {
      throw new IllegalArgumentException("not encodable in windows-1258: " + text, e);
    }
  }

  private static final String TONES = "\u0300\u0301\u0303\u0309\u0323";

  record Result<T>(List<T> records, CollectingQuarantine quarantine, ReadStats stats) {}
}
