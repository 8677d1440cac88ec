package org.factdesk.ingest;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/** Strict UTF-8 decoding: invalid bytes are an error, never U+FFFD. */
final class Utf8 {
  private Utf8() {}

  /** A decoder that reports malformed and unmappable input. */
  static CharsetDecoder strictDecoder() {
    return StandardCharsets.UTF_8
        .newDecoder()
        .onMalformedInput(CodingErrorAction.REPORT)
        .onUnmappableCharacter(CodingErrorAction.REPORT);
  }

  /** Length of a UTF-8 byte order mark at {@code b[off..]}, i.e. 3 or 0. */
  static int bomLength(byte[] b, int off, int len) {
    return len >= 3 && (b[off] & 0xFF) == 0xEF && (b[off + 1] & 0xFF) == 0xBB && (b[off + 2] & 0xFF) == 0xBF
        ? 3
        : 0;
  }

  /**
   * Decodes strictly.
   *
   * @throws CharacterCodingException on any invalid byte sequence
   */
  static String decode(byte[] b, int off, int len) throws CharacterCodingException {
    return strictDecoder().decode(ByteBuffer.wrap(b, off, len)).toString();
  }

  /**
   * Decodes for display in a quarantine: valid text unchanged, each invalid byte written as
   * {@code \xNN}. Never used for accepted records.
   */
  static String escapeInvalid(byte[] b, int off, int len) {
    return LineCodec.escape(strictDecoder(), b, off, len);
  }

  /** 1-based line of the first invalid byte sequence in {@code b}, or 0 when all is valid. */
  static long firstInvalidLine(byte[] b, int off, int len) {
    CharsetDecoder dec = strictDecoder();
    ByteBuffer in = ByteBuffer.wrap(b, off, len);
    CharBuffer out = CharBuffer.allocate(8192);
    while (true) {
      CoderResult r = dec.decode(in, out, true);
      out.clear();
      if (r.isError()) {
        long line = 1;
        for (int i = off; i < in.position(); i++) {
          if (b[i] == '\n') {
            line++;
          }
        }
        return line;
      }
      if (r.isUnderflow()) {
        return 0;
      }
    }
  }
}
