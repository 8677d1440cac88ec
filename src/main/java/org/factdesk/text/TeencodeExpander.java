package org.factdesk.text;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Expands Vietnamese teencode and chat abbreviations token by token: {@code "ko đc ra đg"} →
 * {@code "không được ra đường"}, {@code "tp.hcm, hn"} → {@code "thành phố hồ chí minh, hà nội"}.
 *
 * <p>The table is data: {@code src/main/resources/text/vi-teencode.tsv}
 * ({@code abbrev<TAB>expansion<TAB>note}), drawn from common Vietnamese social-media usage. Keys
 * that are ambiguous or real words ({@code a}, {@code bít}, {@code nt}, …) are left out on purpose;
 * the file lists them. A key written with a trailing {@code $} ({@code v$}, {@code z$} →
 * {@code vậy}) is expanded only at the end of a clause: {@code "sao v?"} → {@code "sao vậy?"},
 * but {@code "bán v số"} (v = vé) and {@code "gen z bị chê"} are kept.
 *
 * <p>Input must already be normalised and lower-cased ({@link VietnameseNormalizer#normalize},
 * {@link VietnameseNormalizer#lowercase}): tokens are matched exactly. A token is a run of
 * non-whitespace; punctuation around it ({@code "(ko,"}) is kept and only the core is replaced.
 * Whitespace is kept as is. Does not correct spelling or expand multi-token forms ({@code "tp hcm"}).
 * Immutable and thread-safe.
 */
public final class TeencodeExpander {

  /** Classpath location of the default table. */
  public static final String DEFAULT_RESOURCE = "/text/vi-teencode.tsv";

  private static final String CLAUSE_END = ".,!?;:…";

  private final Map<String, String> always;
  private final Map<String, String> clauseFinal;

  private TeencodeExpander(Map<String, String> always, Map<String, String> clauseFinal) {
    this.always = Map.copyOf(always);
    this.clauseFinal = Map.copyOf(clauseFinal);
  }

  private static final class Default {
    static final TeencodeExpander INSTANCE = fromResource(DEFAULT_RESOURCE);
  }

  /** Returns the expander for the bundled table {@value #DEFAULT_RESOURCE}, loaded once. */
  public static TeencodeExpander vietnamese() {
    return Default.INSTANCE;
  }

  /**
   * Loads a table from the classpath (UTF-8 TSV, format as in the class comment).
   *
   * @throws IllegalArgumentException if the resource is missing or a line is malformed
   */
  public static TeencodeExpander fromResource(String resource) {
    InputStream in = TeencodeExpander.class.getResourceAsStream(resource);
    if (in == null) {
      throw new IllegalArgumentException("no resource " + resource);
    }
    try (BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
      return fromLines(reader.lines().toList());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * Builds a table from TSV lines; {@code #} comments and blank lines are skipped.
   *
   * @throws IllegalArgumentException on a line without a tab or a key defined twice
   */
  public static TeencodeExpander fromLines(List<String> lines) {
    Map<String, String> always = new HashMap<>();
    Map<String, String> clauseFinal = new HashMap<>();
    for (int n = 0; n < lines.size(); n++) {
      String line = lines.get(n);
      if (line.isBlank() || line.startsWith("#")) {
        continue;
      }
      String[] cols = line.split("\t", -1);
      if (cols.length < 2 || cols[0].isBlank() || cols[1].isBlank()) {
        throw new IllegalArgumentException("line " + (n + 1) + ": expected abbrev<TAB>expansion");
      }
      String key = canonical(cols[0]);
      Map<String, String> target = always;
      if (key.endsWith("$")) {
        key = key.substring(0, key.length() - 1);
        target = clauseFinal;
      }
      if (always.containsKey(key) || clauseFinal.containsKey(key)) {
        throw new IllegalArgumentException("line " + (n + 1) + ": duplicate key " + key);
      }
      target.put(key, canonical(cols[1]));
    }
    return new TeencodeExpander(always, clauseFinal);
  }

  private static String canonical(String s) {
    return VietnameseNormalizer.lowercase(VietnameseNormalizer.normalize(s.strip()));
  }

  /** Number of keys in the table. */
  public int size() {
    return always.size() + clauseFinal.size();
  }

  /**
   * Returns the expansion of a bare token that is not at the end of a clause: {@code "đc"} →
   * {@code "được"}; {@code "v"} → empty (see {@link #expansion(String, boolean)}).
   */
  public Optional<String> expansion(String token) {
    return expansion(token, false);
  }

  /**
   * Returns the expansion of a bare token.
   *
   * @param token a lower-cased token without surrounding punctuation
   * @param endsClause whether the token ends a clause, which also allows clause-final keys
   */
  public Optional<String> expansion(String token, boolean endsClause) {
    String e = always.get(token);
    if (e == null && endsClause) {
      e = clauseFinal.get(token);
    }
    return Optional.ofNullable(e);
  }

  /**
   * Expands every known token of {@code lowerCasedText}, keeping everything else intact.
   *
   * @param lowerCasedText normalised, lower-cased text
   * @return the text with abbreviations expanded
   */
  public String expand(String lowerCasedText) {
    return expandWithOffsets(lowerCasedText).text();
  }

  /**
   * Like {@link #expand(String)}, and records where each output char came from, so a Lucene
   * {@code CharFilter} can report offsets into the unexpanded text.
   *
   * <p>Unchanged chars map to themselves. An expansion of {@code m} words replacing a core of
   * {@code L} chars at input offset {@code s} maps word {@code j} to {@code s + min(j, L - 1)} and
   * the space after it to {@code s + min(j + 1, L - 1)}, so for {@code m ≤ L} each word gets a
   * non-empty span of the abbreviation and the last word ends where the abbreviation ends:
   * {@code "kp"} → {@code "không"} at {@code [0,1)}, {@code "phải"} at {@code [1,2)}. With more
   * words than chars ({@code "hcm"}) the middle words get empty spans.
   *
   * @param lowerCasedText normalised, lower-cased text
   * @return the expanded text with its offset map back into {@code lowerCasedText}
   */
  public OffsetMap expandWithOffsets(String lowerCasedText) {
    String s = lowerCasedText;
    StringBuilder out = new StringBuilder(s.length() + 16);
    int[] sources = new int[s.length() + 16];
    int i = 0;
    while (i < s.length()) {
      if (Character.isWhitespace(s.charAt(i))) {
        sources = append(out, sources, s.charAt(i), i);
        i++;
        continue;
      }
      int start = i;
      while (i < s.length() && !Character.isWhitespace(s.charAt(i))) {
        i++;
      }
      int coreStart = start;
      int coreEnd = i;
      while (coreStart < coreEnd && !Character.isLetterOrDigit(s.charAt(coreStart))) {
        coreStart++;
      }
      while (coreEnd > coreStart && !Character.isLetterOrDigit(s.charAt(coreEnd - 1))) {
        coreEnd--;
      }
      Optional<String> e = coreStart == coreEnd
          ? Optional.empty()
          : expansion(s.substring(coreStart, coreEnd), endsClause(s, coreEnd, i));
      if (e.isEmpty()) {
        coreStart = i;
        coreEnd = i;
      }
      for (int k = start; k < coreStart; k++) {
        sources = append(out, sources, s.charAt(k), k);
      }
      if (e.isPresent()) {
        int last = coreEnd - coreStart - 1;
        int word = 0;
        String x = e.get();
        for (int k = 0; k < x.length(); k++) {
          char c = x.charAt(k);
          if (c == ' ') {
            word++;
          }
          sources = append(out, sources, c, coreStart + Math.min(word, last));
        }
      }
      for (int k = coreEnd; k < i; k++) {
        sources = append(out, sources, s.charAt(k), k);
      }
    }
    return new OffsetMap(out.toString(), Arrays.copyOf(sources, out.length()), s.length());
  }

  private static int[] append(StringBuilder out, int[] sources, char c, int source) {
    int[] s = sources;
    if (out.length() == s.length) {
      s = Arrays.copyOf(s, s.length * 2 + 16);
    }
    s[out.length()] = source;
    out.append(c);
    return s;
  }

  private static boolean endsClause(String s, int coreEnd, int tokenEnd) {
    for (int k = coreEnd; k < tokenEnd; k++) {
      if (CLAUSE_END.indexOf(s.charAt(k)) >= 0) {
        return true;
      }
    }
    return s.substring(tokenEnd).isBlank();
  }
}
