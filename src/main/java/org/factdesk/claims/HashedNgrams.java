package org.factdesk.claims;

import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.factdesk.text.DiacriticFolder;

/**
 * Hashed n-gram features of a sentence in scoring form: word unigrams and bigrams (lower-cased,
 * every run of digits replaced by {@code 0}, with start/end markers) into {@code w:<bucket>}, and
 * character trigrams of the diacritic-folded words ({@code "vắc xin"} and {@code "vac xin"}
 * share them, for Vietnamese typed without accents) into {@code c:<bucket>}. Each family's
 * values are counts ÷ √(n-grams in the family), so long sentences do not dominate. Buckets are
 * {@link Fnv} hashes mod {@link #BUCKETS}; collisions are accepted. Stateless.
 */
final class HashedNgrams {
  /** Buckets per family. */
  static final int BUCKETS = 1 << 12;

  private HashedNgrams() {}

  /**
   * @param scored a sentence in scoring form
   * @return feature name → value, sorted by name
   */
  static Map<String, Double> of(String scored) {
    List<String> words = CueLexicon.words(scored).stream().map(w -> w.replaceAll("\\p{N}+", "0")).toList();
    Map<String, Double> out = new TreeMap<>();
    int wordGrams = words.size() * 2 + 1;
    for (int i = 0; i <= words.size(); i++) {
      String prev = i == 0 ? "^" : words.get(i - 1);
      String cur = i == words.size() ? "$" : words.get(i);
      if (i < words.size()) {
        add(out, "w:", "1 " + cur, wordGrams);
      }
      add(out, "w:", "2 " + prev + " " + cur, wordGrams);
    }
    String folded = " " + DiacriticFolder.fold(String.join(" ", words)) + " ";
    int charGrams = Math.max(1, folded.length() - 2);
    for (int i = 0; i + 3 <= folded.length(); i++) {
      add(out, "c:", folded.substring(i, i + 3), charGrams);
    }
    return out;
  }

  private static void add(Map<String, Double> out, String family, String gram, int total) {
    String name = family + (Fnv.hash(family + gram) % BUCKETS);
    out.merge(name, 1 / Math.sqrt(total), Double::sum);
  }
}
