package org.factdesk.text;

import java.text.Normalizer;

/**
 * Removes diacritics from Latin letters: {@code "Đường"} → {@code "Duong"}, {@code "vắc-xin"} →
 * {@code "vac-xin"}, {@code "Ægir café"} → {@code "Ægir cafe"}.
 *
 * <p>Each precomposed Latin letter (U+00C0..U+024F, U+1E00..U+1EFF) is mapped to the base letter
 * of its canonical decomposition (Unicode NFD, UAX #15) with all combining marks dropped, so
 * {@code ệ → e}. Letters that Unicode does not decompose are mapped by hand: {@code đ → d, Đ → D},
 * and also {@code ł ø ħ ı} and their capitals to {@code l o h i}. Free-standing combining
 * diacritics U+0300..U+036F (as in NFD input) are removed when they follow a Latin letter.
 *
 * <p>Length: every char maps to exactly one char, except free-standing combining diacritics, which
 * are removed. So on NFC text (such as {@link VietnameseNormalizer} output) all Vietnamese text
 * folds 1:1 and offsets stay valid; on NFD input the output is shorter. Does not touch Greek,
 * Cyrillic or other scripts (their marks are kept), ligatures ({@code ﬁ}, {@code æ}) or case.
 * Used for an accent-insensitive search field: people often type Vietnamese without diacritics.
 */
public final class DiacriticFolder {

  private static final char[] LATIN = table(0x0000, 0x0250);
  private static final char[] LATIN_EXTENDED_ADDITIONAL = table(0x1E00, 0x1F00);

  private DiacriticFolder() {}

  /**
   * Folds the diacritics out of {@code text}.
   *
   * @param text any string
   * @return the folded string; same length as {@code text} unless it holds free-standing
   *     combining diacritics
   */
  public static String fold(String text) {
    StringBuilder out = null;
    boolean afterLatin = false;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      int folded;
      if (c >= '\u0300' && c <= '\u036F') {
        folded = afterLatin ? -1 : c;
      } else {
        folded = fold(c);
        afterLatin = isLatin(c);
      }
      if (folded != c && out == null) {
        out = new StringBuilder(text.length());
        out.append(text, 0, i);
      }
      if (out != null && folded >= 0) {
        out.append((char) folded);
      }
    }
    return out == null ? text : out.toString();
  }

  private static boolean isLatin(char c) {
    return (c < 0x0250 && Character.isLetter(c)) || (c >= 0x1E00 && c < 0x1F00);
  }

  /** Folds one precomposed char; combining marks and non-Latin chars come back unchanged. */
  static char fold(char c) {
    if (c < 0x0250) {
      return LATIN[c];
    }
    if (c >= 0x1E00 && c < 0x1F00) {
      return LATIN_EXTENDED_ADDITIONAL[c - 0x1E00];
    }
    return c;
  }

  private static char[] table(int from, int to) {
    char[] t = new char[to - from];
    for (int c = from; c < to; c++) {
      t[c - from] = foldByDecomposition((char) c);
    }
    return t;
  }

  private static char foldByDecomposition(char c) {
    switch (c) {
      case 'đ': return 'd';
      case 'Đ': return 'D';
      case 'ł': return 'l';
      case 'Ł': return 'L';
      case 'ø': return 'o';
      case 'Ø': return 'O';
      case 'ħ': return 'h';
      case 'Ħ': return 'H';
      case 'ı': return 'i';
      default: break;
    }
    if (!Character.isLetter(c)) {
      return c;
    }
    String nfd = Normalizer.normalize(String.valueOf(c), Normalizer.Form.NFD);
    if (nfd.length() < 2 || !Character.isLetter(nfd.charAt(0)) || nfd.charAt(0) >= 0x0250) {
      return c;
    }
    for (int i = 1; i < nfd.length(); i++) {
      if (Character.getType(nfd.charAt(i)) != Character.NON_SPACING_MARK) {
        return c;
      }
    }
    return nfd.charAt(0);
  }
}
