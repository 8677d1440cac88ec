package org.factdesk.text;

import java.text.Normalizer;
import java.util.Locale;

/**
 * Moves the tone mark of one Vietnamese syllable to its canonical vowel ("old style", see
 * {@link VietnameseNormalizer}). Package-private helper; works in place on NFC chars and never
 * changes the length of the text.
 */
final class VietnameseTones {

  /** Vowel bases without tone: lower case at 0..11, upper case at 12..23. */
  private static final String BASES = "aăâeêioôơuưyAĂÂEÊIOÔƠUƯY";
  /** Quality vowels (carrying breve, circumflex or horn) among the lower-case bases. */
  private static final String QUALITY = "ăâêôơư";
  /** Combining tone marks in tone order 1..5: grave, acute, hook above, tilde, dot below. */
  private static final char[] TONE_MARKS = {'\u0300', '\u0301', '\u0309', '\u0303', '\u0323'};
  private static final String[] FINALS = {"", "c", "ch", "m", "n", "ng", "nh", "p", "t"};

  private static final char[][] COMPOSE = new char[BASES.length()][6];
  /** For chars below 0x2000: 0 if not a vowel, else base * 8 + tone + 1. */
  private static final short[] DECOMPOSE = new short[0x2000];

  static {
    for (int b = 0; b < BASES.length(); b++) {
      char base = BASES.charAt(b);
      COMPOSE[b][0] = base;
      DECOMPOSE[base] = (short) (b * 8 + 1);
      for (int t = 1; t <= 5; t++) {
        String composed = Normalizer.normalize(base + String.valueOf(TONE_MARKS[t - 1]),
            Normalizer.Form.NFC);
        char c = composed.charAt(0);
        COMPOSE[b][t] = c;
        DECOMPOSE[c] = (short) (b * 8 + t + 1);
      }
    }
  }

  private VietnameseTones() {}

  static boolean isVowel(char c) {
    return c < DECOMPOSE.length && DECOMPOSE[c] != 0;
  }

  private static int base(char c) {
    return (DECOMPOSE[c] - 1) / 8;
  }

  static int tone(char c) {
    return (DECOMPOSE[c] - 1) % 8;
  }

  /** Lower-case toneless base letter of a vowel. */
  private static char plain(char c) {
    return BASES.charAt(base(c) % 12);
  }

  private static char withTone(char c, int tone) {
    return COMPOSE[base(c)][tone];
  }

  private static boolean isConsonant(char c) {
    return (c < 128 && Character.isLetter(c) && !isVowel(c)) || c == 'đ' || c == 'Đ';
  }

  /**
   * Canonicalises the tone placement of the syllable {@code s[from, to)} in place, if it is a
   * single Vietnamese syllable whose nucleus starts with oa/oă/oe/uy, or whose tone sits on the
   * {@code u} of a {@code qu} onset. Anything else is left alone.
   */
  static void canonicalise(char[] s, int from, int to) {
    int i = from;
    while (i < to && isConsonant(s[i])) {
      i++;
    }
    int quU = -1;
    if (i > from && i + 1 < to && (s[i - 1] == 'q' || s[i - 1] == 'Q') && isVowel(s[i])
        && plain(s[i]) == 'u'
        && isVowel(s[i + 1])) {
      quU = i++;
    }
    int nucleus = i;
    while (i < to && isVowel(s[i])) {
      i++;
    }
    int nucleusEnd = i;
    if (nucleus == nucleusEnd) {
      return;
    }
    while (i < to && isConsonant(s[i])) {
      i++;
    }
    if (i != to) {
      return; // not a letter we know, or a second vowel group: not one syllable
    }
    String coda = new String(s, nucleusEnd, to - nucleusEnd).toLowerCase(Locale.ROOT);
    if (!isFinal(coda)) {
      return;
    }
    int toned = -1;
    int start = quU >= 0 ? quU : nucleus;
    for (int k = start; k < nucleusEnd; k++) {
      if (tone(s[k]) != 0) {
        if (toned >= 0) {
          return; // two tone marks: leave the typo alone
        }
        toned = k;
      }
    }
    if (toned < 0) {
      return;
    }
    boolean triggered = toned == quU || startsWithGlide(s, nucleus, nucleusEnd);
    if (!triggered) {
      return;
    }
    int target = nucleus + canonicalPosition(s, nucleus, nucleusEnd, !coda.isEmpty());
    if (target != toned) {
      int tone = tone(s[toned]);
      s[toned] = withTone(s[toned], 0);
      s[target] = withTone(s[target], tone);
    }
  }

  private static boolean isFinal(String coda) {
    for (String f : FINALS) {
      if (f.equals(coda)) {
        return true;
      }
    }
    return false;
  }

  private static boolean startsWithGlide(char[] s, int from, int to) {
    if (to - from < 2) {
      return false;
    }
    char a = plain(s[from]);
    char b = plain(s[from + 1]);
    return (a == 'o' && (b == 'a' || b == 'ă' || b == 'e')) || (a == 'u' && b == 'y');
  }

  /** Index within the nucleus that carries the tone under the "old style" rules. */
  private static int canonicalPosition(char[] s, int from, int to, boolean closed) {
    int n = to - from;
    for (int k = n - 1; k >= 0; k--) {
      if (QUALITY.indexOf(plain(s[from + k])) >= 0) {
        return k;
      }
    }
    if (closed) {
      return n - 1;
    }
    if (n == 1) {
      return 0;
    }
    if (n == 2) {
      return 0; // open: hòa, khỏe, thúy, mùa, kìa
    }
    return 1;
  }
}
