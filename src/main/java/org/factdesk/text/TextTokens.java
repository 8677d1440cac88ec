package org.factdesk.text;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds the social-media parts of a post (links, e-mail addresses, @handles, #hashtags, emoji) and
 * applies factdesk's policy for matching text.
 *
 * <p>Policy in {@link #forMatching(String)}:
 *
 * <ul>
 *   <li>URL ({@code http(s)://…} or {@code www.…}) → one token {@code url:<host>}
 *       ({@code url:vnexpress.net}): the path is noise for wording, but the site is a signal (the
 *       same hoax site recurs);
 *   <li>e-mail and @handle → dropped: personal identifiers are never indexed (privacy by design,
 *       see DESIGN.md);
 *   <li>#hashtag → kept without the {@code #}, joined or camel-case words left as typed
 *       ({@code #VắcXinAnToàn → VắcXinAnToàn});
 *   <li>emoji → dropped.
 * </ul>
 *
 * <p>A hashtag needs a letter ({@code #1} is not one); a handle must not follow a letter or digit
 * (so e-mail addresses are not handles). Emoji are code points in U+1F000..U+1FAFF,
 * U+2600..U+27BF, U+2B00..U+2BFF, plus joiners, variation selectors, keycaps and tag characters
 * after them; {@code © ® ™} are not emoji. Regex and ranges, not a full UTS #51 implementation.
 * Stateless and thread-safe.
 */
public final class TextTokens {

  /** What a {@link Token} is. */
  public enum Kind { URL, EMAIL, HANDLE, HASHTAG, EMOJI }

  /** A recognised span: {@code text} equals {@code input.substring(start, end)}. */
  public record Token(Kind kind, int start, int end, String text) {}

  private static final String URL = "(?i:https?://|www\\.)[^\\s<>\"“”]+";
  private static final String EMAIL =
      "[\\p{L}\\p{M}\\p{N}._%+-]+@[\\p{L}\\p{M}\\p{N}-]+(?:\\.[\\p{L}\\p{M}\\p{N}-]+)*\\.\\p{L}{2,}";
  private static final String HANDLE = "(?<![\\p{L}\\p{M}\\p{N}_.@])@[\\p{L}\\p{M}\\p{N}_.]+";
  private static final String HASHTAG = "(?<![\\p{L}\\p{M}\\p{N}_&#])#[\\p{L}\\p{M}\\p{N}_]*\\p{L}[\\p{L}\\p{M}\\p{N}_]*";
  /** Fails at once: stands in for an alternative that cannot match the text at hand. */
  private static final String NEVER = "(?!)";
  private static final int HAS_URL = 1;
  private static final int HAS_AT = 2;
  private static final int HAS_HASH = 4;
  /**
   * The token pattern, indexed by which trigger strings the text holds: an alternative that needs
   * {@code http}/{@code www.} (ASCII case ignored, as the pattern does), {@code @} or {@code #} is
   * replaced by {@link #NEVER} when the text has none, so its matches are unchanged while the
   * e-mail alternative no longer scans every word of every post. Index 0 (none) is never used.
   */
  private static final Pattern[] PATTERNS = new Pattern[8];

  static {
    for (int has = 1; has < PATTERNS.length; has++) {
      PATTERNS[has] = Pattern.compile(
          "(?<url>" + ((has & HAS_URL) != 0 ? URL : NEVER) + ")"
              + "|(?<email>" + ((has & HAS_AT) != 0 ? EMAIL : NEVER) + ")"
              + "|(?<handle>" + ((has & HAS_AT) != 0 ? HANDLE : NEVER) + ")"
              + "|(?<hashtag>" + ((has & HAS_HASH) != 0 ? HASHTAG : NEVER) + ")");
    }
  }

  private static final String TRAILING = ".,;:!?)]}'\"”’…";

  private TextTokens() {}

  /**
   * Finds URLs, e-mail addresses, handles, hashtags and emoji in {@code text}.
   *
   * @param text any string
   * @return non-overlapping tokens in text order
   */
  public static List<Token> find(String text) {
    List<Token> out = new ArrayList<>();
    int has = triggers(text);
    if (has == 0) {
      findEmoji(text, 0, text.length(), out);
      return out;
    }
    Matcher m = PATTERNS[has].matcher(text);
    int done = 0;
    while (m.find()) {
      Kind kind = m.group("url") != null ? Kind.URL
          : m.group("email") != null ? Kind.EMAIL
          : m.group("handle") != null ? Kind.HANDLE : Kind.HASHTAG;
      int end = m.end();
      if (kind == Kind.URL || kind == Kind.HANDLE) {
        while (end > m.start() + 1 && TRAILING.indexOf(text.charAt(end - 1)) >= 0) {
          end--;
        }
      }
      findEmoji(text, done, m.start(), out);
      out.add(new Token(kind, m.start(), end, text.substring(m.start(), end)));
      done = end;
    }
    findEmoji(text, done, text.length(), out);
    return out;
  }

  /** Which of {@code http}/{@code www.} (ASCII case ignored), {@code @} and {@code #} the text holds. */
  private static int triggers(String text) {
    int has = 0;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c == '@') {
        has |= HAS_AT;
      } else if (c == '#') {
        has |= HAS_HASH;
      } else if ((c == 'h' || c == 'H') && startsIgnoringAsciiCase(text, i, "http")
          || (c == 'w' || c == 'W') && startsIgnoringAsciiCase(text, i, "www.")) {
        has |= HAS_URL;
      }
    }
    return has;
  }

  private static boolean startsIgnoringAsciiCase(String text, int at, String lowerAscii) {
    if (at + lowerAscii.length() > text.length()) {
      return false;
    }
    for (int k = 0; k < lowerAscii.length(); k++) {
      char c = text.charAt(at + k);
      if (c >= 'A' && c <= 'Z') {
        c = (char) (c + ('a' - 'A'));
      }
      if (c != lowerAscii.charAt(k)) {
        return false;
      }
    }
    return true;
  }

  private static void findEmoji(String text, int from, int to, List<Token> out) {
    int i = from;
    while (i < to) {
      int cp = text.codePointAt(i);
      if (!isEmoji(cp)) {
        i += Character.charCount(cp);
        continue;
      }
      int start = i;
      i += Character.charCount(cp);
      while (i < to) {
        int next = text.codePointAt(i);
        if (isEmoji(next) || isEmojiJoiner(next)) {
          i += Character.charCount(next);
        } else {
          break;
        }
      }
      out.add(new Token(Kind.EMOJI, start, i, text.substring(start, i)));
    }
  }

  /** Whether {@code cp} starts an emoji (pictographs, symbols, dingbats, flags). */
  public static boolean isEmoji(int cp) {
    return (cp >= 0x1F000 && cp <= 0x1FAFF) || (cp >= 0x2600 && cp <= 0x27BF)
        || (cp >= 0x2B00 && cp <= 0x2BFF);
  }

  private static boolean isEmojiJoiner(int cp) {
    return cp == 0x200D || cp == 0xFE0F || cp == 0xFE0E || cp == 0x20E3
        || (cp >= 0xE0020 && cp <= 0xE007F);
  }

  /**
   * Applies the matching policy of the class comment and collapses the spaces left behind.
   * Example: {@code "@nam123 xem https://www.vnexpress.net/a.html #VắcXin 😷"} →
   * {@code "xem url:vnexpress.net VắcXin"}.
   *
   * @param text any string
   * @return the text for matching; offsets into {@code text} are not kept (use {@link #find})
   */
  public static String forMatching(String text) {
    StringBuilder out = new StringBuilder(text.length());
    int last = 0;
    for (Token t : find(text)) {
      out.append(text, last, t.start());
      switch (t.kind()) {
        case URL -> out.append(' ').append("url:").append(host(t.text())).append(' ');
        case HASHTAG -> out.append(t.text(), 1, t.text().length());
        default -> out.append(' ');
      }
      last = t.end();
    }
    out.append(text, last, text.length());
    return out.toString().strip().replaceAll("[ \\t]{2,}", " ").replaceAll(" ?\\n ?", "\n");
  }

  /**
   * Applies the analysis policy, keeping offsets: URLs, e-mail addresses, @handles and emoji each
   * become one space; a #hashtag loses its {@code #} and is split where lower case meets upper case
   * ({@code #VắcXinAnToàn → "Vắc Xin An Toàn"}), so its syllables match claims. Unlike
   * {@link #forMatching(String)} the URL host is not kept: analyzers index wording only, the same
   * as the English chain, and the host stays available from {@link #find(String)}.
   *
   * <p>Every output char maps to the input char it came from; an inserted split space maps to the
   * capital after it. Example: {@code "@an xem #HòaBình 😷"} → {@code "  xem Hòa Bình  "}.
   *
   * @param text any string
   * @return the cleaned text and its offset map back into {@code text}; spaces are not collapsed
   */
  public static OffsetMap blankForAnalysis(String text) {
    StringBuilder out = new StringBuilder(text.length());
    int[] sources = new int[text.length() + 8];
    int last = 0;
    for (Token t : find(text)) {
      sources = copy(text, last, t.start(), out, sources);
      if (t.kind() == Kind.HASHTAG) {
        for (int k = t.start() + 1; k < t.end(); k++) {
          char c = text.charAt(k);
          if (k > t.start() + 1 && Character.isUpperCase(c) && Character.isLowerCase(text.charAt(k - 1))) {
            sources = put(out, sources, ' ', k);
          }
          sources = put(out, sources, c, k);
        }
      } else {
        sources = put(out, sources, ' ', t.start());
      }
      last = t.end();
    }
    sources = copy(text, last, text.length(), out, sources);
    return new OffsetMap(out.toString(), Arrays.copyOf(sources, out.length()), text.length());
  }

  private static int[] copy(String text, int from, int to, StringBuilder out, int[] sources) {
    int[] s = sources;
    for (int k = from; k < to; k++) {
      s = put(out, s, text.charAt(k), k);
    }
    return s;
  }

  private static int[] put(StringBuilder out, int[] sources, char c, int source) {
    int[] s = sources;
    if (out.length() == s.length) {
      s = Arrays.copyOf(s, s.length * 2 + 8);
    }
    s[out.length()] = source;
    out.append(c);
    return s;
  }

  /** Lower-cased host of a URL, without {@code www.} or port: {@code vnexpress.net}. */
  static String host(String url) {
    String s = url.replaceFirst("(?i)^https?://", "");
    int end = s.length();
    for (char c : new char[] {'/', '?', '#', ':'}) {
      int k = s.indexOf(c);
      if (k >= 0 && k < end) {
        end = k;
      }
    }
    s = s.substring(0, end);
    int at = s.lastIndexOf('@');
    if (at >= 0) {
      s = s.substring(at + 1);
    }
    s = s.toLowerCase(Locale.ROOT);
    return s.startsWith("www.") ? s.substring(4) : s;
  }
}
