package org.factdesk.desk;

import java.text.Normalizer;
import java.util.Locale;
import org.factdesk.text.DiacriticFolder;

/** URL slugs from titles: {@code "Uống nước chanh chữa được ung thư?"} → {@code "uong-nuoc-chanh-chua-duoc-ung-thu"}. */
public final class Slugs {
  /** Longest slug produced, in characters. */
  public static final int MAX = 80;

  private Slugs() {}

  /** The slug of {@code title}: diacritics folded, lower case, runs of other characters → {@code -}; {@code fact-check} if nothing is left. */
  public static String of(String title) {
    String s = DiacriticFolder.fold(Normalizer.normalize(title == null ? "" : title, Normalizer.Form.NFC))
        .toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("^-+|-+$", "");
    if (s.length() > MAX) {
      s = s.substring(0, MAX).replaceAll("-+[^-]*$", "");
    }
    return s.isEmpty() ? "fact-check" : s;
  }

  /** Whether {@code slug} is a valid slug. */
  public static boolean valid(String slug) {
    return slug != null && slug.length() <= 200 && slug.matches("[a-z0-9]+(-[a-z0-9]+)*");
  }
}
