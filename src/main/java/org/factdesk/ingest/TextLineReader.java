package org.factdesk.ingest;

import java.io.Closeable;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;

/**
 * Streams the lines of a text file in a {@link TextEncoding}, decoding each line strictly on its own
 * so that one bad line does not spoil the rest. Lines end at the code unit {@code \n} (for UTF-16
 * the 2-byte unit, never a lone 0x0A byte); a trailing {@code \r} is dropped; the byte-order mark
 * the {@link LineCodec} names is skipped. Decoding rules and reasons: {@link LineCodec}.
 */
final class TextLineReader implements Closeable {

  /**
   * One physical line.
   *
   * @param number 1-based line number
   * @param text the decoded line without terminator, or null if its bytes do not decode
   * @param display the line for humans: {@code text}, or with undecodable bytes as {@code \xNN}
   * @param terminator the line terminator as read ({@code "\n"}, {@code "\r\n"} or {@code ""} at EOF)
   * @param problem why the line is invalid (e.g. {@code invalid UTF-8}), or null when valid
   */
  record Line(long number, String text, String display, String terminator, String problem) {
    boolean valid() {
      return text != null;
    }
  }

  /**
   * A line that does not decode.
   *
   * @param line 1-based line number
   * @param reason its {@link Line#problem()}
   */
  record Problem(long line, String reason) {}

  private final InputStream in;
  private final LineCodec codec;
  private final byte[] buf = new byte[1 << 16];
  private int pos;
  private int limit;
  private byte[] line = new byte[256];
  private long number;
  private boolean eof;

  /** Reads {@code in}, resolving {@code encoding} from its first {@link TextEncoding#HEAD} bytes. */
  TextLineReader(InputStream in, TextEncoding encoding) throws IOException {
    this.in = in;
    while (limit < TextEncoding.HEAD && fill()) {
      // read the head
    }
    this.codec = encoding.codec(buf, limit);
    this.pos = Math.min(codec.bomLength(), limit);
  }

  /** Opens {@code file}. */
  static TextLineReader open(Path file, TextEncoding encoding) throws IOException {
    InputStream in = Files.newInputStream(file);
    try {
      return new TextLineReader(in, encoding);
    } catch (IOException | RuntimeException e) {
      in.close();
      throw e;
    }
  }

  /** The first line of {@code file} that does not decode, or null if all do. */
  static Problem firstProblem(Path file, TextEncoding encoding) throws IOException {
    try (TextLineReader lines = open(file, encoding)) {
      for (Line l; (l = lines.next()) != null; ) {
        if (!l.valid()) {
          return new Problem(l.number(), l.problem());
        }
      }
    }
    return null;
  }

  /** The resolved charset and byte-order mark. */
  LineCodec codec() {
    return codec;
  }

  /** The next line, or null at end of input. */
  Line next() throws IOException {
    int unit = codec.unit();
    int len = 0;
    boolean newline = false;
    while (true) {
      if (limit - pos < unit) {
        if (!fill()) {
          len = append(pos, limit - pos, len); // a dangling odd byte of UTF-16: invalid
          pos = limit;
          break;
        }
        continue;
      }
      int start = pos;
      while (pos + unit <= limit && !codec.isUnit(buf, pos, '\n')) {
        pos += unit;
      }
      len = append(start, pos - start, len);
      if (pos + unit <= limit) {
        pos += unit;
        newline = true;
        break;
      }
    }
    if (!newline && len == 0) {
      return null;
    }
    number++;
    String terminator = newline ? "\n" : "";
    if (len >= unit && codec.isUnit(line, len - unit, '\r')) {
      len -= unit;
      terminator = newline ? "\r\n" : "\r";
    }
    LineCodec.Decoded d = codec.decode(line, 0, len);
    return new Line(number, d.text(), d.display(), terminator, d.problem());
  }

  /** Appends {@code buf[start..start+n)} to the line of length {@code len}; returns the new length. */
  private int append(int start, int n, int len) {
    if (len + n > line.length) {
      line = Arrays.copyOf(line, Math.max(line.length * 2, len + n));
    }
    System.arraycopy(buf, start, line, len, n);
    return len + n;
  }

  /** Moves the unread bytes to the front and reads more after them; false at end of input. */
  private boolean fill() throws IOException {
    if (eof) {
      return false;
    }
    int rest = limit - pos;
    System.arraycopy(buf, pos, buf, 0, rest);
    pos = 0;
    limit = rest;
    int n = in.read(buf, limit, buf.length - limit);
    if (n <= 0) {
      eof = true;
      return false;
    }
    limit += n;
    return true;
  }

  @Override
  public void close() throws IOException {
    in.close();
  }
}
