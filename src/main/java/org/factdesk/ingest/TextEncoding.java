package org.factdesk.ingest;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;

/**
 * The character encoding of a text post file (line, CSV/TSV and Telegram JSON readers): chosen by
 * the user or detected ({@link #AUTO}, the default).
 *
 * <p>{@link #AUTO}: a UTF-8 byte-order mark ({@code EF BB BF}) → UTF-8; {@code FF FE} / {@code FE
 * FF} → UTF-16LE / UTF-16BE; no mark but a UTF-16 signature in the first {@value #HEAD} bytes (a
 * zero byte in at least 1/8 of the 2-byte units, at odd offsets for LE or even for BE, and at most
 * 1/4 as many on the other side) → UTF-16LE/BE; otherwise strict UTF-8. Windows-1258 is never
 * guessed: an invalid UTF-8 line that reads as Vietnamese in Windows-1258 is rejected with a hint
 * to select it. {@link #UTF_16}: the mark decides, else the signature, else little-endian. An
 * explicit encoding skips its own byte-order mark only.
 *
 * <p>Names ({@link #parse}, case-insensitive): {@value #ACCEPTED}.
 */
public enum TextEncoding {
  AUTO("auto", null),
  UTF_8("utf-8", StandardCharsets.UTF_8),
  UTF_16("utf-16", StandardCharsets.UTF_16LE),
  UTF_16LE("utf-16le", StandardCharsets.UTF_16LE),
  UTF_16BE("utf-16be", StandardCharsets.UTF_16BE),
  /** Vietnamese legacy code page; bytes 81, 8A, 8D–90, 9A, 9D, 9E are unmapped in the JDK table. */
  WINDOWS_1258("windows-1258", null);

  /** The names {@link #parse} accepts. */
  public static final String ACCEPTED = "auto, utf-8, utf8, utf-16, utf-16le, utf-16be, cp1258, windows-1258";

  /** Bytes looked at for the UTF-16 signature. */
  static final int HEAD = 4096;

  private static final Map<String, TextEncoding> NAMES = Map.of(
      "auto", AUTO, "utf-8", UTF_8, "utf8", UTF_8, "utf-16", UTF_16, "utf-16le", UTF_16LE, "utf-16be", UTF_16BE,
      "cp1258", WINDOWS_1258, "windows-1258", WINDOWS_1258);

  private final String label;
  /** The charset of an explicit encoding (looked up when used: windows-1258 is in the jdk.charsets module). */
  private final Charset charset;

  TextEncoding(String label, Charset charset) {
    this.label = label;
    this.charset = charset;
  }

  /** The JDK's windows-1258 charset. */
  static Charset windows1258() {
    return Charset.forName("windows-1258");
  }

  /**
   * The encoding named {@code name} (case-insensitive, surrounding blanks ignored).
   *
   * @throws IllegalArgumentException for any other name; the message lists {@link #ACCEPTED}
   */
  public static TextEncoding parse(String name) {
    TextEncoding e = name == null ? null : NAMES.get(name.strip().toLowerCase(Locale.ROOT));
    if (e == null) {
      throw new IllegalArgumentException("unknown encoding '" + name + "'; accepted: " + ACCEPTED);
    }
    return e;
  }

  /** The canonical name, e.g. {@code utf-16le}, {@code windows-1258}. */
  public String label() {
    return label;
  }

  @Override
  public String toString() {
    return label;
  }

  /** The codec for a file that starts with {@code head[0..len)} ({@link #HEAD} bytes, or all if shorter). */
  LineCodec codec(byte[] head, int len) {
    boolean utf8Bom = len >= 3 && (head[0] & 0xFF) == 0xEF && (head[1] & 0xFF) == 0xBB && (head[2] & 0xFF) == 0xBF;
    boolean leBom = len >= 2 && (head[0] & 0xFF) == 0xFF && (head[1] & 0xFF) == 0xFE;
    boolean beBom = len >= 2 && (head[0] & 0xFF) == 0xFE && (head[1] & 0xFF) == 0xFF;
    switch (this) {
      case AUTO:
        if (utf8Bom) {
          return new LineCodec(StandardCharsets.UTF_8, 3, true);
        }
        if (leBom || beBom) {
          return new LineCodec(leBom ? StandardCharsets.UTF_16LE : StandardCharsets.UTF_16BE, 2, true);
        }
        Charset signature = utf16Signature(head, len);
        return new LineCodec(signature == null ? StandardCharsets.UTF_8 : signature, 0, true);
      case UTF_8:
        return new LineCodec(charset, utf8Bom ? 3 : 0, false);
      case UTF_16:
        if (leBom || beBom) {
          return new LineCodec(leBom ? StandardCharsets.UTF_16LE : StandardCharsets.UTF_16BE, 2, false);
        }
        Charset sig = utf16Signature(head, len);
        return new LineCodec(sig == null ? StandardCharsets.UTF_16LE : sig, 0, false);
      case UTF_16LE:
        return new LineCodec(charset, leBom ? 2 : 0, false);
      case UTF_16BE:
        return new LineCodec(charset, beBom ? 2 : 0, false);
      default:
        return new LineCodec(windows1258(), 0, false);
    }
  }

  /** The codec for {@code file}, from its first {@link #HEAD} bytes. */
  LineCodec codec(Path file) throws IOException {
    try (InputStream in = Files.newInputStream(file)) {
      byte[] head = in.readNBytes(HEAD);
      return codec(head, head.length);
    }
  }

  /** UTF-16LE or UTF-16BE if {@code head} has the zero-byte signature (see class doc), else null. */
  static Charset utf16Signature(byte[] head, int len) {
    int units = Math.min(len, HEAD) / 2;
    int even = 0;
    int odd = 0;
    for (int i = 0; i < units; i++) {
      even += head[2 * i] == 0 ? 1 : 0;
      odd += head[2 * i + 1] == 0 ? 1 : 0;
    }
    int many = Math.max(1, units / 8);
    if (odd >= many && even * 4 <= odd) {
      return StandardCharsets.UTF_16LE;
    }
    if (even >= many && odd * 4 <= even) {
      return StandardCharsets.UTF_16BE;
    }
    return null;
  }
}
