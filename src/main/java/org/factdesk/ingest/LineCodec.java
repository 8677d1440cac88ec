package org.factdesk.ingest;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import java.util.Locale;

/**
 * How the lines of one file are split and decoded, as resolved by {@link TextEncoding#codec}: a
 * charset decoded strictly (never U+FFFD), the byte-order mark to skip, the code unit (1 byte, or 2
 * for UTF-16, whose lines end at the unit U+000A: bytes {@code 0A 00} LE, {@code 00 0A} BE), and the
 * reason for a line that does not decode.
 *
 * <p>Reasons: {@code invalid UTF-8}, plus {@value #CP1258_HINT} when the encoding was detected and
 * the bytes read as Vietnamese in Windows-1258; {@code invalid UTF-16LE} / {@code invalid
 * UTF-16BE}; {@code undecodable bytes for windows-1258}; and, with Windows-1258 selected, {@value
 * #UTF8_IN_CP1258} for a line that is valid UTF-8 with non-ASCII bytes (real Windows-1258
 * Vietnamese text practically never is, so it would otherwise be indexed as mojibake).
 *
 * <p>Text (and display) decoded from anything but UTF-8 is put in NFC (Windows-1258 stores tones
 * as combining marks: {@code EA F2} = ê + U+0323 → ệ); UTF-8 text is kept as written (the
 * analyzers normalise it, see {@code VietnameseNormalizer}).
 */
final class LineCodec {
  /** Appended to {@code invalid UTF-8} when the line reads as Windows-1258 Vietnamese. */
  static final String CP1258_HINT = " (looks like Windows-1258 Vietnamese: re-run with --encoding cp1258)";

  /** Reason for valid, non-ASCII UTF-8 in a file read as Windows-1258. */
  static final String UTF8_IN_CP1258 = "valid UTF-8, not windows-1258 (re-run with --encoding auto)";

  /** Letters only Vietnamese uses among the Windows-1258 repertoire. */
  private static final String VIETNAMESE_LETTERS = "ăâđêôơưĂÂĐÊÔƠƯ";

  /** Vowels a tone mark follows in Windows-1258 text. */
  private static final String VOWELS = "aăâeêioôơuưyAĂÂEÊIOÔƠUƯY";

  /** The five combining tone marks of Windows-1258 (grave, acute, tilde, hook above, dot below). */
  private static final String TONE_MARKS = "\u0300\u0301\u0303\u0309\u0323";

  /**
   * A decoded line.
   *
   * @param text the text, or null when the bytes do not decode
   * @param display the line for humans: {@code text}, or with undecodable bytes as {@code \xNN}
   * @param problem why the line is invalid, or null when {@code text} is not null
   */
  record Decoded(String text, String display, String problem) {}

  private final Charset charset;
  private final int bomLength;
  private final boolean detected;
  private final int unit;
  private final boolean bigEndian;

  /**
   * @param charset UTF-8, UTF-16LE, UTF-16BE or windows-1258
   * @param bomLength bytes to skip at the start of the file
   * @param detected whether the encoding was detected ({@link TextEncoding#AUTO}): enables the
   *     {@link #CP1258_HINT}
   */
  LineCodec(Charset charset, int bomLength, boolean detected) {
    this.charset = charset;
    this.bomLength = bomLength;
    this.detected = detected;
    this.unit = charset.equals(StandardCharsets.UTF_16LE) || charset.equals(StandardCharsets.UTF_16BE) ? 2 : 1;
    this.bigEndian = charset.equals(StandardCharsets.UTF_16BE);
  }

  Charset charset() {
    return charset;
  }

  int bomLength() {
    return bomLength;
  }

  /** Bytes per code unit: 1, or 2 for UTF-16. */
  int unit() {
    return unit;
  }

  boolean isUtf8() {
    return charset.equals(StandardCharsets.UTF_8);
  }

  /** Whether the code unit at {@code b[i..i+unit)} is the ASCII character {@code c}. */
  boolean isUnit(byte[] b, int i, char c) {
    if (unit == 1) {
      return b[i] == c;
    }
    return bigEndian ? b[i] == 0 && b[i + 1] == c : b[i] == c && b[i + 1] == 0;
  }

  /** A decoder that reports malformed and unmappable input. */
  CharsetDecoder decoder() {
    return charset.newDecoder()
        .onMalformedInput(CodingErrorAction.REPORT)
        .onUnmappableCharacter(CodingErrorAction.REPORT);
  }

  /** Decodes {@code b[off..off+len)} strictly; see the class doc for the reasons. */
  Decoded decode(byte[] b, int off, int len) {
    String text;
    try {
      text = decoder().decode(ByteBuffer.wrap(b, off, len)).toString();
    } catch (CharacterCodingException e) {
      return new Decoded(null, normalize(escape(decoder(), b, off, len)), problem(b, off, len));
    }
    if (isUtf8()) {
      return new Decoded(text, text, null);
    }
    if (unit == 1 && hasNonAscii(b, off, len)) {
      try {
        String utf8 = Utf8.decode(b, off, len);
        return new Decoded(null, utf8, UTF8_IN_CP1258);
      } catch (CharacterCodingException e) {
        // not UTF-8: a real Windows-1258 line
      }
    }
    String nfc = normalize(text);
    return new Decoded(nfc, nfc, null);
  }

  /** {@code s} in NFC unless this codec is UTF-8 (then unchanged). */
  String normalize(String s) {
    return isUtf8() || Normalizer.isNormalized(s, Normalizer.Form.NFC) ? s : Normalizer.normalize(s, Normalizer.Form.NFC);
  }

  /** The reason for bytes that do not decode. */
  String problem(byte[] b, int off, int len) {
    if (isUtf8()) {
      return detected && looksLikeWindows1258(b, off, len) ? "invalid UTF-8" + CP1258_HINT : "invalid UTF-8";
    }
    return unit == 2 ? "invalid " + charset.name().toUpperCase(Locale.ROOT) : "undecodable bytes for windows-1258";
  }

  /**
   * Whether the bytes decode in Windows-1258 to text with at least two Vietnamese signs: a letter
   * only Vietnamese uses (ă â đ ê ô ơ ư, either case) or a tone mark right after a vowel. E.g.
   * {@code "Việt"} ({@code 56 69 EA F2 74}: ê, dot below after ê) does; {@code 80 78 C3} (€xĂ) does
   * not.
   */
  static boolean looksLikeWindows1258(byte[] b, int off, int len) {
    String s;
    try {
      s = new LineCodec(TextEncoding.windows1258(), 0, false).decoder().decode(ByteBuffer.wrap(b, off, len)).toString();
    } catch (CharacterCodingException | RuntimeException e) {
      return false;
    }
    int signs = 0;
    for (int i = 0; i < s.length() && signs < 2; i++) {
      char c = s.charAt(i);
      if (VIETNAMESE_LETTERS.indexOf(c) >= 0 || (i > 0 && TONE_MARKS.indexOf(c) >= 0 && VOWELS.indexOf(s.charAt(i - 1)) >= 0)) {
        signs++;
      }
    }
    return signs >= 2;
  }

  /**
   * Decodes for display in a quarantine: valid text unchanged, each undecodable byte written as
   * {@code \xNN}. Never used for accepted records.
   */
  static String escape(CharsetDecoder dec, byte[] b, int off, int len) {
    StringBuilder sb = new StringBuilder(len);
    ByteBuffer in = ByteBuffer.wrap(b, off, len);
    CharBuffer out = CharBuffer.allocate(Math.max(16, len));
    while (true) {
      CoderResult r = dec.decode(in, out, true);
      out.flip();
      sb.append(out);
      out.clear();
      if (r.isError()) {
        for (int i = 0; i < r.length(); i++) {
          sb.append(String.format(Locale.ROOT, "\\x%02X", in.get() & 0xFF));
        }
      } else if (r.isUnderflow()) {
        break;
      }
    }
    dec.flush(out);
    out.flip();
    return sb.append(out).toString();
  }

  private static boolean hasNonAscii(byte[] b, int off, int len) {
    for (int i = off; i < off + len; i++) {
      if (b[i] < 0) {
        return true;
      }
    }
    return false;
  }
}
