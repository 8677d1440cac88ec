package org.factdesk.text;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Splits Vietnamese and English text into sentences, as spans of the input.
 *
 * <p>A sentence ends after a run of {@code . ? ! …} (or CJK {@code 。！？}) plus any closing quotes
 * and brackets, when whitespace or the end of the text follows; and always at a blank line. It
 * does not end at:
 *
 * <ul>
 *   <li>a period with no space after it: {@code TP.HCM}, {@code 3.5}, {@code 1.000.000},
 *       {@code https://vnexpress.net/a.b.html}, {@code a@b.vn}, {@code Th.S};
 *   <li>abbreviations from {@code src/main/resources/text/abbreviations.tsv}: {@code TP. HCM},
 *       {@code Dr. Smith}, {@code PGS.TS. Nguyễn}, {@code e.g. this}; "ambiguous" ones
 *       ({@code v.v.}, {@code etc.}, {@code U.S.}) end it only before an upper-case word;
 *   <li>an ellipsis before a lower-case word ({@code "thì... thôi"});
 *   <li>a number that opens the sentence ({@code "1. Đầu tiên"}, a list marker).
 * </ul>
 *
 * <p>Single line breaks are soft (lines of a wrapped paragraph) unless the splitter is built with
 * {@link #withLineBreaks()}. Single-letter initials are not abbreviations, since Vietnamese
 * anonymised names end sentences ({@code "anh Nguyễn Văn A."}). Spans exclude surrounding
 * whitespace; nothing is normalised. Rule-based, no model; immutable and thread-safe.
 *
 * <p>Example: {@code "Ông Nam nói: “Tôi đi.” TS. Lê ở TP.HCM."} → {@code "Ông Nam nói: “Tôi đi.”"},
 * {@code "TS. Lê ở TP.HCM."}.
 */
public final class SentenceSplitter {

  /** A sentence: {@code text} equals {@code input.substring(start, end)}. */
  public record Sentence(int start, int end, String text) {}

  /** Classpath location of the abbreviation list. */
  public static final String ABBREVIATIONS = "/text/abbreviations.tsv";

  private static final String TERMINATORS = ".?!…。！？";
  private static final String CLOSERS = "\"'”’)]}»›」』";
  private static final String OPENERS = "\"'“‘([{«‹「『";

  private static final class Lists {
    static final Set<String> NEVER = new HashSet<>();
    static final Set<String> AMBIGUOUS = new HashSet<>();

    static {
      InputStream in = SentenceSplitter.class.getResourceAsStream(ABBREVIATIONS);
      if (in == null) {
        throw new IllegalStateException("no resource " + ABBREVIATIONS);
      }
      try (BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
        for (String line : r.lines().toList()) {
          if (line.isBlank() || line.startsWith("#")) {
            continue;
          }
          String[] cols = line.split("\t");
          (cols.length > 1 && cols[1].equals("ambiguous") ? AMBIGUOUS : NEVER).add(cols[0].strip());
        }
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
  }

  private static final SentenceSplitter DEFAULT = new SentenceSplitter(false);
  private static final SentenceSplitter LINES = new SentenceSplitter(true);

  private final boolean lineBreaks;

  private SentenceSplitter(boolean lineBreaks) {
    this.lineBreaks = lineBreaks;
  }

  /** Splitter where only blank lines (not single line breaks) are hard breaks. */
  public static SentenceSplitter create() {
    return DEFAULT;
  }

  /** Splitter where every line break ends a sentence (headlines, lists, chat logs). */
  public static SentenceSplitter withLineBreaks() {
    return LINES;
  }

  /**
   * Splits {@code text} into sentences.
   *
   * @param text any string
   * @return the sentences in order, non-empty and trimmed of whitespace
   */
  public List<Sentence> split(String text) {
    List<Sentence> out = new ArrayList<>();
    int n = text.length();
    int start = -1;
    int i = 0;
    while (i < n) {
      char c = text.charAt(i);
      if (c == '\n' || c == '\r') {
        if (lineBreaks || isBlankLine(text, i)) {
          emit(text, start, i, out);
          start = -1;
        }
        i++;
        continue;
      }
      if (start < 0 && !Character.isWhitespace(c)) {
        start = i;
      }
      if (TERMINATORS.indexOf(c) < 0) {
        i++;
        continue;
      }
      int j = i;
      while (j < n && TERMINATORS.indexOf(text.charAt(j)) >= 0) {
        j++;
      }
      int k = j;
      while (k < n && CLOSERS.indexOf(text.charAt(k)) >= 0) {
        k++;
      }
      if (endsSentence(text, start, i, j, k)) {
        emit(text, start, k, out);
        start = -1;
        i = k;
      } else {
        i = j;
      }
    }
    emit(text, start, n, out);
    return out;
  }

  private static void emit(String text, int start, int end, List<Sentence> out) {
    if (start < 0) {
      return;
    }
    while (end > start && Character.isWhitespace(text.charAt(end - 1))) {
      end--;
    }
    if (end > start) {
      out.add(new Sentence(start, end, text.substring(start, end)));
    }
  }

  /** Whether the line break at {@code i} is followed by a line holding only whitespace. */
  private static boolean isBlankLine(String text, int i) {
    int k = i + 1;
    if (text.charAt(i) == '\r' && k < text.length() && text.charAt(k) == '\n') {
      k++;
    }
    for (; k < text.length(); k++) {
      char ch = text.charAt(k);
      if (ch == '\n' || ch == '\r') {
        return true;
      }
      if (!Character.isWhitespace(ch) && !VietnameseNormalizer.isOddSpace(ch)) {
        return false;
      }
    }
    return false;
  }

  /** Terminators at {@code [i, j)}, closers at {@code [j, k)}. */
  private static boolean endsSentence(String text, int start, int i, int j, int k) {
    String run = text.substring(i, j);
    boolean cjk = run.chars().anyMatch(ch -> ch == '。' || ch == '！' || ch == '？');
    if (k < text.length() && !Character.isWhitespace(text.charAt(k))) {
      return cjk;
    }
    int next = k;
    while (next < text.length() && (Character.isWhitespace(text.charAt(next))
        || OPENERS.indexOf(text.charAt(next)) >= 0)) {
      next++;
    }
    if (next >= text.length() || cjk || run.indexOf('?') >= 0 || run.indexOf('!') >= 0) {
      return true;
    }
    boolean upperNext = Character.isUpperCase(text.codePointAt(next));
    if (run.indexOf('…') >= 0 || run.length() > 1) {
      return upperNext;
    }
    int tokenStart = i;
    while (tokenStart > 0 && !Character.isWhitespace(text.charAt(tokenStart - 1))) {
      tokenStart--;
    }
    while (tokenStart < i && OPENERS.indexOf(text.charAt(tokenStart)) >= 0) {
      tokenStart++;
    }
    String token = text.substring(tokenStart, i);
    if (token.isEmpty()) {
      return true;
    }
    String abbr = token + ".";
    String last = token.substring(token.lastIndexOf('.') + 1) + ".";
    if (Lists.NEVER.contains(abbr) || Lists.NEVER.contains(last)) {
      return false;
    }
    if (Lists.AMBIGUOUS.contains(abbr) || isDottedAcronym(token)) {
      return upperNext;
    }
    if (tokenStart == start && token.chars().allMatch(ch -> ch >= '0' && ch <= '9')) {
      return false; // "1. Đầu tiên": a list marker
    }
    return true;
  }

  /** {@code U.S}, {@code a.m}, {@code U.S.A}: letters in parts of one or two. */
  private static boolean isDottedAcronym(String token) {
    if (token.indexOf('.') < 0) {
      return false;
    }
    for (String part : token.split("\\.", -1)) {
      if (part.isEmpty() || part.length() > 2 || !part.chars().allMatch(Character::isLetter)) {
        return false;
      }
    }
    return true;
  }
}
