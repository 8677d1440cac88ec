package org.factdesk.text;

import java.text.Normalizer;
import java.util.Arrays;

/**
 * Puts Vietnamese (and any other) text into one canonical form so that the same words compare
 * equal however they were typed.
 *
 * <p>{@link #normalize(String)} does, in order:
 *
 * <ol>
 *   <li>removes invisible characters: U+200B..U+200D (zero-width space/non-joiner/joiner), U+2060
 *       word joiner, U+FEFF BOM and U+00AD soft hyphen (so emoji ZWJ sequences fall apart into
 *       their single emoji);
 *   <li>Unicode NFC (UAX #15): text copied from macOS/iOS often arrives decomposed (NFD);
 *   <li>one tone-mark placement per syllable (see below);
 *   <li>maps NBSP, U+2000..U+200A, U+202F, U+205F, U+3000 and tabs to a plain space; a run of
 *       whitespace becomes one space, or {@code "\n"} if it holds one line break, or
 *       {@code "\n\n"} if it holds more (paragraphs survive for the sentence splitter); leading
 *       and trailing whitespace is removed. CR LF, CR, U+2028 count as one line break, U+2029 as
 *       two.
 * </ol>
 *
 * <p><b>Tone placement.</b> In the open syllables oa, oe, uy the tone mark may sit on either
 * vowel: "old style" {@code hòa, khỏe, thúy} or "new style" {@code hoà, khoẻ, thuý}. The old style
 * is canonical here because it is what people and the press actually write: in
 * vietnamese-news-dataset-v2 plus VFND, 1,099 open oa/oe/uy syllables are old style and 217 new
 * style (84%; command in docs/text-normalisation.md). So the normaliser rewrites the fewest words,
 * and its output looks like the text that lexicons, stop lists and pretrained embedding models
 * were built from. The rule is short:
 * with a final consonant the mark goes on the last vowel ({@code hoàng, thuyết, toán}); in an open
 * syllable on the first of two vowels ({@code hòa, mùa, kìa}) and the middle of three ({@code ngoài,
 * khuỷu}); a vowel with a breve, circumflex or horn always takes it ({@code hoặc, thuở}). The new
 * style (tone on the main vowel, which some spelling guides prefer) is mapped to it: {@code hoà → hòa}.
 * See Wikipedia, "Vietnamese alphabet", on tone-mark placement.
 *
 * <p>Only syllables whose nucleus starts with oa/oă/oe/uy, or whose tone sits on the {@code u} of
 * a {@code qu} onset ({@code qúy → quý}), are touched; typos such as {@code hòang → hoàng} are
 * fixed on the way; {@code gi} syllables ({@code gìn, giữ}) and everything with two tone marks are
 * left alone. A syllable is a run of letters, also split where lower case meets upper case
 * ({@code #HoàBình → #HòaBình}); glued lower-case syllables ({@code #hoàbình}) cannot be split and
 * are left alone.
 *
 * <p>Does not lower-case (see {@link #lowercase(String)}), fold accents (see {@link
 * DiacriticFolder}) or touch punctuation. The output may be shorter or longer than the input; use
 * {@link #normalizeWithOffsets(String)} when offsets matter. Thread-safe and stateless.
 *
 * <p>Example: {@code normalize("Hoa\u0300\u00A0\u00A0bi\u0300nh\u200B")} = {@code "Hòa bình"}.
 */
public final class VietnameseNormalizer {

  private VietnameseNormalizer() {}

  /**
   * Normalises {@code text} as described in the class comment.
   *
   * @param text any string, possibly with unpaired surrogates
   * @return the normalised string, never null
   */
  public static String normalize(String text) {
    return normalizeWithOffsets(text).text();
  }

  /**
   * Normalises {@code text} and records, for each output char, the input char it came from.
   *
   * @param text any string
   * @return the normalised string with its offset map back into {@code text}
   */
  public static OffsetMap normalizeWithOffsets(String text) {
    Buffer removed = removeInvisible(text);
    Buffer composed = compose(removed);
    placeTones(composed);
    Buffer spaced = collapseWhitespace(composed);
    return new OffsetMap(spaced.text.toString(), spaced.sourcesArray(), text.length());
  }

  /**
   * Lower-cases per code point with {@link Character#toLowerCase(int)}, which ignores the default
   * locale like {@code toLowerCase(Locale.ROOT)} but, unlike it, never changes the length (no
   * special casing such as {@code İ → i̇}), so offsets stay valid. Example: {@code "CÔNG NGHỆ"} →
   * {@code "công nghệ"}.
   *
   * @param text any string
   * @return the lower-cased string, same length as {@code text}
   */
  public static String lowercase(String text) {
    StringBuilder out = new StringBuilder(text.length());
    for (int i = 0; i < text.length(); ) {
      int cp = text.codePointAt(i);
      int lower = Character.toLowerCase(cp);
      out.appendCodePoint(Character.charCount(lower) == Character.charCount(cp) ? lower : cp);
      i += Character.charCount(cp);
    }
    return out.toString();
  }

  static boolean isInvisible(char c) {
    return (c >= '\u200B' && c <= '\u200D') || c == '\u2060' || c == '\uFEFF' || c == '\u00AD';
  }

  static boolean isOddSpace(char c) {
    return c == '\u00A0' || (c >= '\u2000' && c <= '\u200A') || c == '\u202F' || c == '\u205F'
        || c == '\u3000';
  }

  private static Buffer removeInvisible(String text) {
    Buffer out = new Buffer(text.length());
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (!isInvisible(c)) {
        out.append(c, i);
      }
    }
    return out;
  }

  /** NFC, one chunk (a code point plus the combining marks and conjoining jamo after it) at a time. */
  private static Buffer compose(Buffer in) {
    String s = in.text.toString();
    Buffer out = new Buffer(s.length());
    int i = 0;
    while (i < s.length()) {
      int start = i;
      i += Character.charCount(s.codePointAt(i));
      while (i < s.length() && continuesChunk(s.codePointAt(i))) {
        i += Character.charCount(s.codePointAt(i));
      }
      String chunk = s.substring(start, i);
      String nfc = Normalizer.isNormalized(chunk, Normalizer.Form.NFC)
          ? chunk : Normalizer.normalize(chunk, Normalizer.Form.NFC);
      int source = in.sources[start];
      for (int k = 0; k < nfc.length(); k++) {
        out.append(nfc.charAt(k), source);
      }
    }
    return out;
  }

  private static boolean continuesChunk(int cp) {
    int type = Character.getType(cp);
    return type == Character.NON_SPACING_MARK || type == Character.COMBINING_SPACING_MARK
        || type == Character.ENCLOSING_MARK || (cp >= 0x1160 && cp <= 0x11FF)
        || (cp >= 0xD7B0 && cp <= 0xD7FF);
  }

  /** Canonical tone placement, syllable by syllable; never changes the length. */
  private static void placeTones(Buffer buf) {
    char[] s = buf.text.toString().toCharArray();
    int i = 0;
    while (i < s.length) {
      if (!Character.isLetter(s[i])) {
        i++;
        continue;
      }
      int start = i;
      i++;
      while (i < s.length && Character.isLetter(s[i])
          && !(Character.isUpperCase(s[i]) && Character.isLowerCase(s[i - 1]))) {
        i++; // a lower-to-upper step starts a new syllable: #HòaBình
      }
      VietnameseTones.canonicalise(s, start, i);
    }
    buf.text.setLength(0);
    buf.text.append(s);
  }

  private static Buffer collapseWhitespace(Buffer in) {
    StringBuilder s = in.text;
    Buffer out = new Buffer(s.length());
    int i = 0;
    while (i < s.length()) {
      char c = s.charAt(i);
      if (!isSpace(c)) {
        out.append(c, in.sources[i]);
        i++;
        continue;
      }
      int start = i;
      int breaks = 0;
      while (i < s.length() && isSpace(s.charAt(i))) {
        char w = s.charAt(i);
        if (w == '\n' || w == '\u2028' || w == '\u000B' || w == '\u000C' || w == '\u0085'
            || (w == '\r' && (i + 1 >= s.length() || s.charAt(i + 1) != '\n'))) {
          breaks++;
        } else if (w == '\u2029') {
          breaks += 2;
        }
        i++;
      }
      if (start == 0 || i == s.length()) {
        continue; // trim
      }
      int source = in.sources[start];
      if (breaks == 0) {
        out.append(' ', source);
      } else {
        out.append('\n', source);
        if (breaks > 1) {
          out.append('\n', source);
        }
      }
    }
    return out;
  }

  private static boolean isSpace(char c) {
    return Character.isWhitespace(c) || isOddSpace(c) || c == '\u0085';
  }

  /** A growing string with one source index per char. */
  private static final class Buffer {
    final StringBuilder text;
    int[] sources;

    Buffer(int capacity) {
      text = new StringBuilder(capacity);
      sources = new int[Math.max(capacity, 4)];
    }

    void append(char c, int source) {
      if (text.length() == sources.length) {
        sources = Arrays.copyOf(sources, sources.length * 2);
      }
      sources[text.length()] = source;
      text.append(c);
    }

    int[] sourcesArray() {
      return Arrays.copyOf(sources, text.length());
    }
  }
}
