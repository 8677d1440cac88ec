package org.factdesk.text;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.Locale;
import java.util.Set;

/**
 * Tells Vietnamese, English and other text apart, including Vietnamese typed without diacritics.
 *
 * <p>Why not a general identifier: Lingua 1.2.2 restricted to vi+en labels unaccented Vietnamese
 * ({@code "vac xin covid gay vo sinh o phu nu"}) as English (DESIGN.md), and its models weigh tens
 * of megabytes. factdesk needs only vi / en / other, and Vietnamese has two strong, cheap signals:
 *
 * <ol>
 *   <li>letters only Vietnamese uses: {@code đ ă ơ ư ĩ ũ} and the tone-marked vowels of
 *       U+1EA0..U+1EF9 ({@code ạ ả ấ … ỹ});
 *   <li>on folded text, the share of tokens that are possible Vietnamese syllables
 *       ({@link VietnameseSyllables}): near 100% for Vietnamese, low for English, where most
 *       content words ({@code vaccine, infertility}) cannot be syllables.
 * </ol>
 *
 * English evidence is a list of about 200 frequent English words
 * ({@code src/main/resources/text/en-common-words.txt}); a word that is both (the {@code to},
 * {@code an}, {@code the} of both languages) counts for neither.
 *
 * <p>Steps: URLs, e-mails, handles and emoji are removed ({@link TextTokens#blankForAnalysis});
 * the text is normalised, lower-cased and cut into letter runs. No letters: {@link
 * Language#UNKNOWN}. More letters outside the Latin script than in it ({@code 東京都}, Cyrillic,
 * Arabic): {@link Language#OTHER}. Otherwise, over the {@code n} Latin tokens: at least 30% with
 * Vietnamese-only letters, or Vietnamese evidence (those plus syllable-only tokens) on at least
 * half of them and more than twice the English evidence: {@link Language#VI}; English evidence on
 * at least 15% and more than the Vietnamese evidence: {@link Language#EN}; else {@link
 * Language#OTHER}. Thresholds were set on the train splits (vietnamese-news-dataset-v2
 * train_data.csv with and without diacritics, CheckThat! 2020 train tweets) and checked on the
 * other splits in {@code LanguageIdentifierAccuracyTest}.
 *
 * <p>Does not handle code-switched text (one label per text) or other Latin-script languages
 * beyond calling them OTHER when neither signal fires. Immutable and thread-safe.
 */
public final class LanguageIdentifier {

  /** Classpath location of the English word list. */
  public static final String ENGLISH_WORDS = "/text/en-common-words.txt";

  /** The counts behind a decision, for tests and debugging. */
  public record Evidence(int latinTokens, int vietnameseLetters, int vietnameseSyllables,
      int english, int englishSyllables, int latinLetters, int otherScriptLetters) {

    /** English words that are also syllable-shaped ({@code to, an, the}): weak English evidence. */
    public int allEnglish() {
      return english + englishSyllables;
    }

    /** Tokens that count for Vietnamese: with Vietnamese-only letters or syllable-shaped only. */
    public int vietnamese() {
      return vietnameseLetters + vietnameseSyllables;
    }
  }

  private static final class Default {
    static final LanguageIdentifier INSTANCE = new LanguageIdentifier(loadWords(ENGLISH_WORDS));
  }

  private final Set<String> englishWords;

  private LanguageIdentifier(Set<String> englishWords) {
    this.englishWords = Set.copyOf(englishWords);
  }

  /** The identifier with the bundled English word list, loaded once. */
  public static LanguageIdentifier standard() {
    return Default.INSTANCE;
  }

  /**
   * @param text any text; null is treated as empty
   * @return {@link Language#VI}, {@link Language#EN}, {@link Language#OTHER}, or {@link
   *     Language#UNKNOWN} when the text has no letters
   */
  public Language identify(String text) {
    return decide(evidence(text));
  }

  /** The counts {@link #identify} decides on. */
  public Evidence evidence(String text) {
    String s = text == null ? "" : TextTokens.blankForAnalysis(text).text();
    s = VietnameseNormalizer.lowercase(VietnameseNormalizer.normalize(s));
    int tokens = 0;
    int viLetters = 0;
    int viSyllables = 0;
    int english = 0;
    int englishSyllables = 0;
    int latinLetters = 0;
    int otherLetters = 0;
    int i = 0;
    while (i < s.length()) {
      int cp = s.codePointAt(i);
      if (!Character.isLetter(cp)) {
        i += Character.charCount(cp);
        continue;
      }
      int start = i;
      boolean latin = true;
      boolean vietnamese = false;
      while (i < s.length()) {
        cp = s.codePointAt(i);
        if (!Character.isLetter(cp) && Character.getType(cp) != Character.NON_SPACING_MARK) {
          break;
        }
        if (Character.isLetter(cp)) {
          if (Character.UnicodeScript.of(cp) == Character.UnicodeScript.LATIN) {
            latinLetters++;
          } else {
            otherLetters++;
            latin = false;
          }
        }
        vietnamese |= isVietnameseOnly(cp);
        i += Character.charCount(cp);
      }
      if (!latin) {
        continue;
      }
      tokens++;
      String folded = DiacriticFolder.fold(s.substring(start, i));
      boolean en = englishWords.contains(folded);
      if (vietnamese) {
        viLetters++;
      } else if (VietnameseSyllables.isSyllable(folded)) {
        if (en) {
          englishSyllables++;
        } else {
          viSyllables++;
        }
      } else if (en) {
        english++;
      }
    }
    return new Evidence(tokens, viLetters, viSyllables, english, englishSyllables, latinLetters,
        otherLetters);
  }

  private static Language decide(Evidence e) {
    if (e.latinLetters() + e.otherScriptLetters() == 0) {
      return Language.UNKNOWN;
    }
    if (e.otherScriptLetters() > e.latinLetters() || e.latinTokens() == 0) {
      return Language.OTHER;
    }
    double n = e.latinTokens();
    if (e.vietnameseLetters() >= 0.3 * n
        || (e.vietnamese() >= 0.5 * n && e.vietnamese() > 2 * e.english())) {
      return Language.VI;
    }
    if (e.allEnglish() >= Math.max(1, 0.1 * n)) {
      return Language.EN;
    }
    return Language.OTHER;
  }

  /** đ ă ơ ư ĩ ũ (either case) and the Vietnamese block of Latin Extended Additional. */
  static boolean isVietnameseOnly(int cp) {
    int c = Character.toLowerCase(cp);
    return c == 'đ' || c == 'ă' || c == 'ơ' || c == 'ư' || c == 'ĩ' || c == 'ũ'
        || (cp >= 0x1EA0 && cp <= 0x1EF9);
  }

  private static Set<String> loadWords(String resource) {
    InputStream in = LanguageIdentifier.class.getResourceAsStream(resource);
    if (in == null) {
      throw new IllegalStateException("no resource " + resource);
    }
    Set<String> words = new HashSet<>();
    try (BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
      for (String line = r.readLine(); line != null; line = r.readLine()) {
        if (line.startsWith("#")) {
          continue;
        }
        for (String w : line.strip().split("\\s+")) {
          if (!w.isEmpty() && w.chars().allMatch(Character::isLetter)) {
            words.add(w.toLowerCase(Locale.ROOT));
          }
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return words;
  }
}
