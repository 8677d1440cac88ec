package org.factdesk.claims;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.factdesk.text.VietnameseNormalizer;

/**
 * Cue phrases per category (number words, causal, medical, statistical, attribution, question,
 * opinion, complaint, greeting/thanks, calls to share, first person) read from {@link #BUNDLED},
 * and the whole-word, longest-match search that finds them in a sentence. The file's header
 * documents the syntax ({@code ^} start-only, {@code $} end-only, the {@code ignore} category).
 * Immutable and thread-safe.
 */
final class CueLexicon {
  /** Classpath location of the cue list. */
  static final String BUNDLED = "/claims/cues.tsv";

  /** What a cue signals. {@link #IGNORE} entries only hide shorter cues inside them. */
  enum Category {
    NUMBER, PERCENT, CAUSAL, MEDICAL, STATISTICAL, ATTRIBUTION, QUESTION, OPINION, COMPLAINT, GREETING, SHARE,
    FIRST_PERSON, IGNORE
  }

  private record Cue(Category category, List<String> words, boolean atStart, boolean atEnd, int line) {}

  private record Hit(Cue cue, int start) {
    int end() {
      return start + cue.words().size();
    }
  }

  private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{M}\\p{N}]+(?:['’\\-][\\p{L}\\p{M}\\p{N}]+)*");

  private static final class Holder {
    static final CueLexicon INSTANCE = load();
  }

  private final Map<String, List<Cue>> byFirstWord;
  private final Set<String> firstPerson;

  private CueLexicon(Map<String, List<Cue>> byFirstWord, Set<String> firstPerson) {
    this.byFirstWord = byFirstWord;
    this.firstPerson = firstPerson;
  }

  /** The bundled list, loaded once. */
  static CueLexicon bundled() {
    return Holder.INSTANCE;
  }

  private static CueLexicon load() {
    InputStream in = CueLexicon.class.getResourceAsStream(BUNDLED);
    if (in == null) {
      throw new IllegalStateException("no resource " + BUNDLED);
    }
    try (BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
      return parse(r.lines().toList());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * Parses lines of {@code category<TAB>language<TAB>phrase}; blank and {@code #} lines skipped.
   *
   * @throws IllegalArgumentException on a line with fewer than 3 columns or an unknown category
   */
  static CueLexicon parse(List<String> lines) {
    Map<String, List<Cue>> byFirst = new HashMap<>();
    Set<String> firstPerson = new HashSet<>();
    for (int i = 0; i < lines.size(); i++) {
      String line = lines.get(i);
      if (line.isBlank() || line.startsWith("#")) {
        continue;
      }
      String[] cols = line.split("\t");
      if (cols.length < 3) {
        throw new IllegalArgumentException(BUNDLED + ":" + (i + 1) + ": expected category<TAB>language<TAB>phrase");
      }
      Category category;
      try {
        category = Category.valueOf(cols[0].strip().toUpperCase(Locale.ROOT));
      } catch (IllegalArgumentException e) {
        throw new IllegalArgumentException(BUNDLED + ":" + (i + 1) + ": unknown category " + cols[0]);
      }
      String phrase = cols[2].strip();
      boolean atStart = phrase.startsWith("^");
      boolean atEnd = phrase.endsWith("$");
      phrase = phrase.substring(atStart ? 1 : 0, phrase.length() - (atEnd ? 1 : 0));
      List<String> words = words(phrase);
      if (words.isEmpty()) {
        throw new IllegalArgumentException(BUNDLED + ":" + (i + 1) + ": empty phrase");
      }
      if (category == Category.FIRST_PERSON) {
        firstPerson.addAll(words);
        continue;
      }
      byFirst.computeIfAbsent(words.get(0), k -> new ArrayList<>()).add(new Cue(category, words, atStart, atEnd, i));
    }
    return new CueLexicon(byFirst, firstPerson);
  }

  /**
   * The words of {@code text} after Vietnamese normalisation and lower-casing: runs of letters,
   * marks and digits, joined by an inner apostrophe or hyphen ({@code i'm}, {@code covid-19},
   * {@code vắc-xin}); {@code ’} counts as {@code '}.
   */
  static List<String> words(String text) {
    String s = VietnameseNormalizer.lowercase(VietnameseNormalizer.normalize(text)).replace('’', '\'');
    List<String> out = new ArrayList<>();
    Matcher m = WORD.matcher(s);
    while (m.find()) {
      out.add(m.group());
    }
    return out;
  }

  /**
   * The categories whose cues occur in {@code text} (never {@link Category#IGNORE}).
   *
   * @param text a sentence in scoring form ({@link ClaimText#forScoring})
   */
  Set<Category> find(String text) {
    List<String> words = words(text);
    List<Hit> hits = new ArrayList<>();
    for (int i = 0; i < words.size(); i++) {
      for (Cue cue : byFirstWord.getOrDefault(words.get(i), List.of())) {
        if (matches(cue, words, i)) {
          hits.add(new Hit(cue, i));
        }
      }
    }
    hits.sort(Comparator.comparingInt((Hit h) -> -h.cue().words().size())
        .thenComparingInt(Hit::start)
        .thenComparingInt(h -> h.cue().line()));
    boolean[] taken = new boolean[words.size()];
    Set<Category> found = EnumSet.noneOf(Category.class);
    for (Hit h : hits) {
      boolean free = true;
      for (int k = h.start(); k < h.end(); k++) {
        free &= !taken[k];
      }
      if (!free) {
        continue;
      }
      for (int k = h.start(); k < h.end(); k++) {
        taken[k] = true;
      }
      if (h.cue().category() != Category.IGNORE) {
        found.add(h.cue().category());
      }
    }
    for (String w : words) {
      if (firstPerson.contains(w)) {
        found.add(Category.FIRST_PERSON);
        break;
      }
    }
    return found;
  }

  private static boolean matches(Cue cue, List<String> words, int at) {
    int n = cue.words().size();
    if (at + n > words.size() || (cue.atStart() && at != 0) || (cue.atEnd() && at + n != words.size())) {
      return false;
    }
    for (int k = 1; k < n; k++) {
      if (!cue.words().get(k).equals(words.get(at + k))) {
        return false;
      }
    }
    return true;
  }
}
