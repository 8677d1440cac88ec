package org.factdesk.eval;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.factdesk.text.DiacriticFolder;

/**
 * Rewrites a Vietnamese statement the ways people actually post it, to build a claim-matching
 * evaluation from plain statements: the statement is the fact-check, each rewrite is a query whose
 * only relevant document is that statement.
 *
 * <p>Kinds (each deterministic given the statement and a seed): no diacritics; NFD (macOS/iOS
 * copy-paste); the other tone-mark placement for oa/oe/uy ("kiểu mới": {@code hòa → hoà}); teencode
 * ({@code không → ko}, {@code được → đc}, … — the inverse of {@code text/vi-teencode.tsv});
 * decorated (a share prefix, UPPER CASE, emoji, a URL and hashtags); truncated (the first 60% of
 * syllables, at least 6); and mixed (truncated + teencode + no diacritics + decorations).
 */
public final class VietnameseRewrites {

  /** The kinds of rewriting. */
  public enum Kind {
    NO_DIACRITICS, NFD, TONE_PLACEMENT, TEENCODE, DECORATED, TRUNCATED, MIXED;

    /** Lower-case name for reports. */
    public String label() {
      return name().toLowerCase(Locale.ROOT).replace('_', '-');
    }
  }

  private static final Pattern WORD = Pattern.compile("\\p{L}+");
  private static final String TONES = "\u0300\u0301\u0303\u0309\u0323";
  private static final String[] PREFIXES = {"CHIA SẺ NGAY!!! ", "Nóng: ", "Tin khẩn 🔥 ", "Mọi người ơi, ", ""};
  private static final String[] SUFFIXES = {" 👇👇", " 😱😱", " !!!", " 🙏", ""};
  private final Map<String, String> abbreviations;

  /** Uses the inverse of factdesk's bundled teencode table. */
  public VietnameseRewrites() {
    this.abbreviations = inverseTeencode();
  }

  /**
   * @param statement the original statement (NFC)
   * @param kind how to rewrite it
   * @param seed makes the random choices (decorations) repeatable per statement
   * @return the rewritten text
   */
  public String rewrite(String statement, Kind kind, long seed) {
    Random rnd = new Random(seed ^ statement.hashCode());
    return switch (kind) {
      case NO_DIACRITICS -> DiacriticFolder.fold(statement);
      case NFD -> Normalizer.normalize(statement, Normalizer.Form.NFD);
      case TONE_PLACEMENT -> newStyleTones(statement);
      case TEENCODE -> teencode(statement);
      case DECORATED -> decorate(statement.toUpperCase(Locale.ROOT), rnd);
      case TRUNCATED -> truncate(statement);
      case MIXED -> decorate(DiacriticFolder.fold(teencode(truncate(statement))), rnd);
    };
  }

  /** Moves the tone mark of open oa/oe/uy syllables to the second vowel: {@code hòa → hoà}. */
  static String newStyleTones(String text) {
    Matcher m = WORD.matcher(text);
    StringBuilder sb = new StringBuilder();
    while (m.find()) {
      m.appendReplacement(sb, Matcher.quoteReplacement(newStyleSyllable(m.group())));
    }
    m.appendTail(sb);
    return sb.toString();
  }

  private static String newStyleSyllable(String word) {
    String nfd = Normalizer.normalize(word, Normalizer.Form.NFD);
    int tonePos = -1;
    for (int i = 0; i < nfd.length(); i++) {
      if (TONES.indexOf(nfd.charAt(i)) >= 0) {
        tonePos = i;
        break;
      }
    }
    if (tonePos < 1) {
      return word;
    }
    char tone = nfd.charAt(tonePos);
    String bare = nfd.substring(0, tonePos) + nfd.substring(tonePos + 1);
    String lower = bare.toLowerCase(Locale.ROOT);
    int n = lower.length();
    boolean pair = n >= 2 && (lower.endsWith("oa") || lower.endsWith("oe") || lower.endsWith("uy"));
    if (!pair || (lower.endsWith("uy") && n >= 3 && lower.charAt(n - 3) == 'q') || tonePos != n - 1) {
      return word;
    }
    return Normalizer.normalize(bare + tone, Normalizer.Form.NFC);
  }

  private String teencode(String text) {
    String out = " " + text + " ";
    for (Map.Entry<String, String> e : abbreviations.entrySet()) {
      out = out.replaceAll("(?iu)(?<=[\\s,.!?])" + Pattern.quote(e.getKey()) + "(?=[\\s,.!?])",
          Matcher.quoteReplacement(e.getValue()));
    }
    return out.strip();
  }

  private static String truncate(String text) {
    String[] words = text.strip().split("\\s+");
    int keep = Math.min(words.length, Math.max(6, (int) Math.ceil(words.length * 0.6)));
    return String.join(" ", java.util.Arrays.copyOf(words, keep));
  }

  private static String decorate(String text, Random rnd) {
    return PREFIXES[rnd.nextInt(PREFIXES.length)] + text + SUFFIXES[rnd.nextInt(SUFFIXES.length)]
        + " https://bit.ly/" + Integer.toString(rnd.nextInt(1 << 20), 36) + " #tinnong #chiase";
  }

  /** expansion → shortest abbreviation, longest expansions first (so "mọi người" wins over "người"). */
  private static Map<String, String> inverseTeencode() {
    Map<String, String> inverse = new LinkedHashMap<>();
    try (InputStream in = VietnameseRewrites.class.getResourceAsStream("/text/vi-teencode.tsv")) {
      if (in == null) {
        throw new IllegalStateException("text/vi-teencode.tsv missing from the build");
      }
      BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
      String line;
      while ((line = r.readLine()) != null) {
        if (line.isBlank() || line.startsWith("#")) {
          continue;
        }
        String[] f = line.split("\t");
        if (f.length < 2 || f[0].endsWith("$") || f[0].contains(".")) {
          continue;
        }
        String exp = Normalizer.normalize(f[1].strip(), Normalizer.Form.NFC);
        String abbr = f[0].strip();
        inverse.merge(exp, abbr, (a, b) -> a.length() <= b.length() ? a : b);
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    List<Map.Entry<String, String>> entries = new ArrayList<>(inverse.entrySet());
    entries.sort((a, b) -> b.getKey().length() - a.getKey().length());
    Map<String, String> ordered = new LinkedHashMap<>();
    entries.forEach(e -> ordered.put(e.getKey(), e.getValue()));
    return ordered;
  }
}
