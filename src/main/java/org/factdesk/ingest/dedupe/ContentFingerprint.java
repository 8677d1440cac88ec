package org.factdesk.ingest.dedupe;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Locale;
import org.factdesk.text.DiacriticFolder;
import org.factdesk.text.TextTokens;
import org.factdesk.text.VietnameseNormalizer;

/**
 * A key for "the same text": SHA-256 (first 16 bytes, hex) of the text after NFC and tone-mark
 * normalisation, lower-casing, removal of URLs, e-mails, @handles and emoji, removal of
 * punctuation and symbols (arrows such as 👉 ⬇ → included), and whitespace collapsing. So chain
 * messages that differ only by trailing "👇👇", a link or spacing share a key, while a changed word
 * does not. Diacritics are kept: {@link #foldedKey} also folds them, for texts retyped without.
 */
public final class ContentFingerprint {
  private ContentFingerprint() {}

  /** The normalised text the key is computed from (for inspection and tests). */
  public static String normalized(String text) {
    return text == null ? "" : normalizedFromNormal(VietnameseNormalizer.normalize(text));
  }

  /** {@link #normalized} of a text already passed through {@link VietnameseNormalizer#normalize}. */
  public static String normalizedFromNormal(String t) {
    StringBuilder kept = new StringBuilder(t.length());
    int last = 0;
    for (TextTokens.Token tok : TextTokens.find(t)) {
      if (tok.kind() != TextTokens.Kind.HASHTAG) {
        kept.append(t, last, tok.start()).append(' ');
        last = tok.end();
      }
    }
    kept.append(t, last, t.length());
    String lower = VietnameseNormalizer.lowercase(kept.toString());
    return lower.replaceAll("[\\p{P}\\p{S}\\p{Cf}]+", " ").replaceAll("\\s+", " ").strip();
  }

  /** Key of the text with diacritics kept; equal keys mean the same text up to decoration. */
  public static String key(String text) {
    return sha(normalized(text));
  }

  /** Key of the text with diacritics folded as well ({@code đ → d}). */
  public static String foldedKey(String text) {
    return sha(DiacriticFolder.fold(normalized(text)).toLowerCase(Locale.ROOT));
  }

  private static String sha(String s) {
    try {
      byte[] d = MessageDigest.getInstance("SHA-256").digest(s.getBytes(StandardCharsets.UTF_8));
      return HexFormat.of().formatHex(d, 0, 16);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is required by the Java platform", e);
    }
  }
}
