package org.factdesk.claims;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.factdesk.claims.CueLexicon.Category;
import org.factdesk.text.TextTokens;

/**
 * Interpretable features of one sentence for check-worthiness, Vietnamese and English: does it
 * carry what verifiable claims carry (figures, names, quotes, causal/medical/statistical wording,
 * attribution) or what opinions, questions, complaints and greetings carry?
 *
 * <p>Computed on the sentence's scoring form ({@link ClaimText}: links and handles blanked, tweet
 * signature dropped). Values, in {@link #NAMES} order (all 0/1 unless stated):
 *
 * <ul>
 *   <li>{@code digits}: a digit; {@code percent}: {@code %} or a percent word; {@code number_word}:
 *       a number word ({@code triệu}, {@code million}, …);
 *   <li>{@code entities}: named-entity-like words, min(n, 4) / 4 ∈ {0, .25, .5, .75, 1}: words
 *       with an upper-case first letter or two upper-case letters ({@code Hà}, {@code COVID-19}),
 *       except the first word, words right after an opening quote, colon, bracket or sentence
 *       end, and {@code I}/{@code I'm}…; 0 when the sentence shouts;
 *   <li>{@code quote}: a double quote mark ({@code " “ ” « » „});
 *   <li>{@code attribution}, {@code causal}, {@code medical}, {@code statistical}, {@code
 *       interrogative}, {@code opinion}, {@code complaint}, {@code greeting} (also thanks and
 *       wishes), {@code share} (calls to share/follow), {@code first_person}: a cue of that
 *       category from {@code src/main/resources/claims/cues.tsv};
 *   <li>{@code question_mark}: {@code ?} or {@code ？}; {@code exclamation}: {@code !};
 *   <li>{@code shouting}: at least 8 letters, 70% or more of them upper case;
 *   <li>{@code emoji_share}: emoji / (emoji + words), in [0, 1);
 *   <li>{@code words_log}: ln(1 + words), words as in {@link CueLexicon#words}.
 * </ul>
 *
 * <p>Example: {@code "Theo Bộ Y tế, 30% ca nhiễm COVID-19 do biến thể mới gây ra."} → digits,
 * percent, attribution, causal, medical, statistical = 1; entities 0.75 (Bộ, Y, COVID-19; Theo
 * is first); words_log = ln(15); the rest 0. Does not detect negation, sarcasm or hedging.
 * Thread-safe.
 */
public final class CheckWorthinessFeatures {
  /** Feature names, in the order of {@link #compute}'s output. */
  public static final List<String> NAMES = List.of(
      "digits", "percent", "number_word", "entities", "quote", "attribution", "causal", "medical", "statistical",
      "question_mark", "interrogative", "opinion", "complaint", "greeting", "share", "first_person", "exclamation",
      "shouting", "emoji_share", "words_log");

  private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{M}\\p{N}]+(?:['’\\-.][\\p{L}\\p{M}\\p{N}]+)*");
  private static final Set<String> PRONOUN_I = Set.of("I", "I'm", "I’m", "I've", "I’ve", "I'd", "I’d", "I'll", "I’ll");
  private static final String QUOTES = "\"“”«»„";
  private static final String CLAUSE_OPENERS = "\"“«„:.!?…(";

  private final CueLexicon cues;

  private CheckWorthinessFeatures(CueLexicon cues) {
    this.cues = cues;
  }

  /** Features with the bundled cue list. */
  public static CheckWorthinessFeatures standard() {
    return new CheckWorthinessFeatures(CueLexicon.bundled());
  }

  /**
   * @param sentence one sentence as written (it is put in scoring form here)
   * @return {@link #NAMES}.size() values
   */
  public double[] compute(String sentence) {
    return computeScored(ClaimText.forScoring(sentence));
  }

  /** {@link #compute} as name → value, in {@link #NAMES} order; for explanations and tests. */
  public Map<String, Double> describe(String sentence) {
    double[] f = compute(sentence);
    Map<String, Double> out = new LinkedHashMap<>();
    for (int i = 0; i < f.length; i++) {
      out.put(NAMES.get(i), f[i]);
    }
    return Collections.unmodifiableMap(out);
  }

  /** Features of a sentence already in scoring form. */
  double[] computeScored(String s) {
    Set<Category> found = cues.find(s);
    int words = CueLexicon.words(s).size();
    int emoji = (int) TextTokens.find(s).stream().filter(t -> t.kind() == TextTokens.Kind.EMOJI).count();
    boolean shouting = shouting(s);
    double[] f = new double[NAMES.size()];
    f[0] = bit(s.chars().anyMatch(Character::isDigit));
    f[1] = bit(s.indexOf('%') >= 0 || found.contains(Category.PERCENT));
    f[2] = bit(found.contains(Category.NUMBER));
    f[3] = shouting ? 0 : Math.min(entityWords(s), 4) / 4.0;
    f[4] = bit(s.chars().anyMatch(c -> QUOTES.indexOf(c) >= 0));
    f[5] = bit(found.contains(Category.ATTRIBUTION));
    f[6] = bit(found.contains(Category.CAUSAL));
    f[7] = bit(found.contains(Category.MEDICAL));
    f[8] = bit(found.contains(Category.STATISTICAL));
    f[9] = bit(s.indexOf('?') >= 0 || s.indexOf('？') >= 0);
    f[10] = bit(found.contains(Category.QUESTION));
    f[11] = bit(found.contains(Category.OPINION));
    f[12] = bit(found.contains(Category.COMPLAINT));
    f[13] = bit(found.contains(Category.GREETING));
    f[14] = bit(found.contains(Category.SHARE));
    f[15] = bit(found.contains(Category.FIRST_PERSON));
    f[16] = bit(s.indexOf('!') >= 0);
    f[17] = bit(shouting);
    f[18] = emoji == 0 ? 0 : emoji / (double) (emoji + words);
    f[19] = Math.log1p(words);
    return f;
  }

  private static double bit(boolean b) {
    return b ? 1 : 0;
  }

  private static int entityWords(String s) {
    Matcher m = WORD.matcher(s);
    int n = 0;
    boolean first = true;
    while (m.find()) {
      String w = m.group();
      if (first) {
        first = false;
        continue;
      }
      if (PRONOUN_I.contains(w) || startsClause(s, m.start())) {
        continue;
      }
      long upper = w.codePoints().filter(Character::isUpperCase).count();
      if (Character.isUpperCase(w.codePointAt(0)) || upper >= 2) {
        n++;
      }
    }
    return n;
  }

  /** Whether the word at {@code at} follows an opening quote, a colon or a sentence end (so its capital says nothing). */
  private static boolean startsClause(String s, int at) {
    int k = at - 1;
    while (k >= 0 && Character.isWhitespace(s.charAt(k))) {
      k--;
    }
    return k >= 0 && CLAUSE_OPENERS.indexOf(s.charAt(k)) >= 0;
  }

  private static boolean shouting(String s) {
    long letters = s.codePoints().filter(Character::isLetter).count();
    long upper = s.codePoints().filter(Character::isUpperCase).count();
    return letters >= 8 && upper >= 0.7 * letters;
  }
}
