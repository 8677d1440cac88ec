package org.factdesk.ingest;

import java.io.Closeable;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.CharacterCodingException;
import java.util.Arrays;

/**
 * Streams the lines of a UTF-8 byte stream, decoding each line strictly on its own so that one bad
 * line does not spoil the rest. Lines end at {@code \n}; a trailing {@code \r} is dropped; a UTF-8
 * BOM at the start is skipped.
 */
final class Utf8LineReader implements Closeable {

  /**
   * One physical line.
   *
   * @param number 1-based line number
   * @param text the decoded line without terminator, or null if its bytes are not valid UTF-8
   * @param display the line for humans: {@code text}, or with invalid bytes as {@code \xNN}
   * @param terminator the line terminator as read ({@code "\n"}, {@code "\r\n"} or {@code ""} at EOF)
   */
  record Line(long number, String text, String display, String terminator) {
    boolean valid() {
      return text != null;
    }
  }

  private final InputStream in;
  private final byte[] buf = new byte[1 << 16];
  private int pos;
  private int limit;
  private byte[] line = new byte[256];
  private long number;
  private boolean eof;

  Utf8LineReader(InputStream in) {
    this.in = in;
  }

  /** The next line, or null at end of input. */
  Line next() throws IOException {
    int len = 0;
    boolean newline = false;
    while (!newline) {
      if (pos == limit) {
        if (eof || (limit = in.read(buf)) <= 0) {
          eof = true;
          limit = 0;
          pos = 0;
          break;
        }
        pos = 0;
      }
      int start = pos;
      while (pos < limit && buf[pos] != '\n') {
        pos++;
      }
      int n = pos - start;
      if (pos < limit) {
        newline = true;
        pos++;
      }
      if (len + n > line.length) {
        line = Arrays.copyOf(line, Math.max(line.length * 2, len + n));
      }
      System.arraycopy(buf, start, line, len, n);
      len += n;
    }
    if (!newline && len == 0) {
      return null;
    }
    number++;
    int off = number == 1 ? Utf8.bomLength(line, 0, len) : 0;
    String terminator = newline ? "\n" : "";
    if (len > off && line[len - 1] == '\r') {
      len--;
      terminator = newline ? "\r\n" : "\r";
    }
    try {
      String text = Utf8.decode(line, off, len - off);
      return new Line(number, text, text, terminator);
    } catch (CharacterCodingException e) {
      return new Line(number, null, Utf8.escapeInvalid(line, off, len - off), terminator);
    }
  }

  @Override
  public void close() throws IOException {
    in.close();
  }
}
