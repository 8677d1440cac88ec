package org.factdesk.ingest.dedupe;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import org.factdesk.model.Post;
import org.factdesk.text.VietnameseNormalizer;

/**
 * The 64-bit keys under which a post is deduplicated (first 8 bytes of SHA-256 of a tagged value;
 * at 10^8 keys the chance of any collision is about 3·10^-4).
 *
 * <ul>
 *   <li>{@code url}: the canonical URL ({@link UrlCanonicalizer}) — same page, same post;
 *   <li>{@code id}: source + id — the same record of one source seen again;
 *   <li>{@code content}: the text after NFC/tone normalisation, lower-casing and whitespace
 *       collapsing — the same text, wherever it appeared;
 *   <li>{@code fingerprint}: {@link ContentFingerprint#normalized} (emoji, links, punctuation
 *       dropped) — chain copies that differ only by decoration; these are stored and linked, not
 *       dropped.
 * </ul>
 *
 * <p>Texts shorter than {@link #MIN_TEXT_CHARS} normalised characters get no content key or
 * fingerprint: "Yes", "👇" or "Đúng rồi" said by many people are not the same post.
 *
 * @param url key of the canonical URL, or null without a usable URL
 * @param id key of source + id
 * @param content key of the normalised text, or null for short texts
 * @param fingerprint decoration-robust key, or null for short texts
 */
public record DedupeKeys(Long url, long id, Long content, Long fingerprint) {
  /** Minimum normalised length for content keys (a short sentence). */
  public static final int MIN_TEXT_CHARS = 24;

  /** Keys of {@code post}, whose canonical URL is {@code canonicalUrl} (may be null). */
  public static DedupeKeys of(Post post, String canonicalUrl) {
    String scope = post.source() == null ? "" : post.source();
    String normal = VietnameseNormalizer.normalize(post.text());
    String exact = collapse(VietnameseNormalizer.lowercase(normal));
    String decorated = ContentFingerprint.normalizedFromNormal(normal);
    return new DedupeKeys(
        canonicalUrl == null ? null : hash("url", canonicalUrl),
        hash("id", scope + '\u0000' + post.id()),
        exact.length() < MIN_TEXT_CHARS ? null : hash("content", exact),
        decorated.length() < MIN_TEXT_CHARS ? null : hash("fp", decorated));
  }

  /** The text the content key is computed from. */
  public static String exactText(String text) {
    return collapse(VietnameseNormalizer.lowercase(VietnameseNormalizer.normalize(text)));
  }

  /** Runs of whitespace → one space, trimmed. */
  private static String collapse(String s) {
    StringBuilder sb = new StringBuilder(s.length());
    boolean space = false;
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (Character.isWhitespace(c)) {
        space = sb.length() > 0;
      } else {
        if (space) {
          sb.append(' ');
          space = false;
        }
        sb.append(c);
      }
    }
    return sb.toString();
  }

  /** 64-bit key of a tagged value. */
  static long hash(String tag, String value) {
    try {
      MessageDigest sha = MessageDigest.getInstance("SHA-256");
      sha.update(tag.getBytes(StandardCharsets.UTF_8));
      sha.update((byte) 0);
      byte[] d = sha.digest(value.getBytes(StandardCharsets.UTF_8));
      long h = 0;
      for (int i = 0; i < 8; i++) {
        h = (h << 8) | (d[i] & 0xFF);
      }
      return h;
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is required by the Java platform", e);
    }
  }
}
