package org.factdesk.claims;

import java.util.regex.Pattern;
import org.factdesk.text.HandleMasking;
import org.factdesk.text.TextTokens;
import org.factdesk.text.VietnameseNormalizer;

/**
 * The form of a sentence that check-worthiness features and n-grams are computed on, so that
 * where a sentence was posted does not count as evidence: Vietnamese normalisation (NFC, one
 * tone placement, spaces), the signature of an embedded tweet at the end removed ({@code "— Jane
 * Doe (@jane) May 1, 2020"}), links (also bare {@code pic.twitter.com/…}), e-mail addresses and
 * {@code @handles} (also already masked ones, {@code @…}) blanked, a hashtag's {@code #} dropped. Case and punctuation are kept.
 *
 * <p>Example: {@code "Vaccine kills #COVID pic.twitter.com/x1 — A B (@ab) May 1, 2020"} →
 * {@code "Vaccine kills COVID"}. Stateless.
 */
public final class ClaimText {
  private static final Pattern SIGNATURE = Pattern.compile(
      "\\s*[—–]\\s*[^—–]{0,100}?\\(\\s*@[^)\\s]*\\)\\s*(?:\\p{L}+\\.?\\s+\\d{1,2},\\s+\\d{4})?\\s*$");
  private static final Pattern BARE_LINK = Pattern.compile(
      "(?i)(?<![\\p{L}\\p{N}@./])(?:pic\\.twitter\\.com|t\\.co|bit\\.ly|fb\\.me|youtu\\.be)/\\S*");
  private static final Pattern SPACES = Pattern.compile("\\s+");

  private ClaimText() {}

  /**
   * @param sentence one sentence, as split from a post
   * @return the scoring form described in the class comment, stripped, spaces collapsed
   */
  public static String forScoring(String sentence) {
    String s = VietnameseNormalizer.normalize(sentence);
    s = SIGNATURE.matcher(s).replaceFirst("");
    StringBuilder out = new StringBuilder(s.length());
    int last = 0;
    for (TextTokens.Token t : TextTokens.find(s)) {
      out.append(s, last, t.start());
      switch (t.kind()) {
        case HASHTAG -> out.append(t.text(), 1, t.text().length());
        case EMOJI -> out.append(t.text());
        default -> out.append(' ');
      }
      last = t.end();
    }
    out.append(s, last, s.length());
    int masked;
    while ((masked = out.indexOf(HandleMasking.MASK)) >= 0) {
      out.replace(masked, masked + HandleMasking.MASK.length(), " ");
    }
    return SPACES.matcher(BARE_LINK.matcher(out).replaceAll(" ")).replaceAll(" ").strip();
  }

  /**
   * Whether a sentence holds any letter or digit outside links, e-mail addresses, handles and
   * emoji; sentences without are never claims (a bare link, {@code "😂😂"}, {@code "@… @…"}).
   */
  public static boolean hasContent(String sentence) {
    String s = forScoring(sentence);
    for (int i = 0; i < s.length(); ) {
      int cp = s.codePointAt(i);
      if (Character.isLetterOrDigit(cp) && !TextTokens.isEmoji(cp)) {
        return true;
      }
      i += Character.charCount(cp);
    }
    return false;
  }
}
